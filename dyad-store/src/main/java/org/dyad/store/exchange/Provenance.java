package org.dyad.store.exchange;

import java.util.Locale;

/**
 * Where a stored event comes from (the {@code provenance} column): coded by Dyad from an article,
 * or imported from another data set's file, so that the two can be kept apart and compared.
 */
public enum Provenance {
  /** Coded by Dyad from an article. */
  DYAD,
  /** Imported from a GDELT 2.0 event table. */
  GDELT,
  /** Imported from an ACLED CSV file. */
  ACLED,
  /** Imported from a POLECAT file. */
  POLECAT;

  /** The value stored in {@code events.provenance}: the lower-case name. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The provenance with this label. */
  public static Provenance ofLabel(String label) {
    for (Provenance p : values()) {
      if (p.label().equals(label)) {
        return p;
      }
    }
    throw new IllegalArgumentException("unknown provenance '" + label + "' (expected dyad, gdelt, acled or polecat)");
  }
}
