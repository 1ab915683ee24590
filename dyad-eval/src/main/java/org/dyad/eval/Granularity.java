package org.dyad.eval;

import java.util.Locale;

/** How much of an actor code must agree for two actors to match. */
public enum Granularity {
  /** The country or organization only: RUSMIL = RUSGOV = RUS. */
  COUNTRY,
  /** Country and first sector: RUSMIL ≠ RUSGOV, RUSGOVMIL = RUSGOV. */
  SECTOR,
  /** The whole code. */
  FULL;

  /** The part of a code compared at this granularity. IGO/NGO/IMG/MNC codes count as countries. */
  public String reduce(String code) {
    if (this == FULL || code.equals("---")) {
      return code;
    }
    boolean international = code.startsWith("IGO") || code.startsWith("NGO") || code.startsWith("IMG") || code.startsWith("MNC");
    int country = international ? Math.min(code.length(), 9) : Math.min(code.length(), 3);
    int end = this == COUNTRY ? country : Math.min(code.length(), country + 3);
    return code.substring(0, end);
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
