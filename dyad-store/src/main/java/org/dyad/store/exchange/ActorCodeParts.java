package org.dyad.store.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A CAMEO actor code split into the fields of GDELT's actor block (GDELT 2.0 Event Codebook,
 * "Actor attributes": CountryCode, KnownGroupCode, EthnicCode, Religion1Code, Religion2Code,
 * Type1Code–Type3Code).
 *
 * <p>CAMEO codes are runs of three-letter groups, general to specific (CAMEO manual 1.1b3, chapter
 * 3.1): a country or region, then role types, and religion, ethnic or organization groups. The
 * split reads them that way: the first group is the country when it is a country or one of the
 * manual's transnational regions (table 3.3, {@code WST}, {@code AFR}…); role codes (tables 3.1
 * and 3.2: {@code GOV}, {@code MIL}, {@code IGO}…) fill Type1–3 in order; a religion code (table
 * 4.1: {@code MOS}, {@code CHR}…) is Religion1 and the group after it, if not a role, Religion2;
 * a lower-case group is an ethnic code (chapter 5.3.2); any other group is the known group (the
 * first one only: {@code IGOUNO} gives Type1 IGO, KnownGroup UNO). An empty code gives empty parts.
 *
 * @param country the country or region group, or empty
 */
public record ActorCodeParts(String country, String knownGroup, String ethnic, String religion1, String religion2, String type1,
    String type2, String type3) {
  /** CAMEO role codes: domestic (table 3.1), party, and international generic codes (table 3.2). */
  static final Set<String> TYPES = Set.of("COP", "GOV", "INS", "JUD", "MIL", "OPP", "REB", "SEP", "SPY", "UAF", "AGR", "BUS", "CRM",
      "CVL", "DEV", "EDU", "ELI", "ENV", "HLH", "HRI", "LAB", "LEG", "MED", "REF", "MOD", "RAD", "PTY", "IGO", "IMG", "INT", "MNC", "NGM",
      "NGO", "UIS", "SET");
  /** CAMEO transnational regions (table 3.3), which take a country's place. */
  static final Set<String> REGIONS = Set.of("AFR", "ASA", "BLK", "CRB", "CAU", "CFR", "CAS", "CEU", "EIN", "EAF", "EEU", "EUR", "LAM",
      "MEA", "MDT", "NAF", "NMR", "PGS", "SCN", "SAM", "SAS", "SEA", "SAF", "WAF", "WST");
  /** CAMEO religion codes, first trio (table 4.1). */
  static final Set<String> RELIGIONS = Set.of("ABR", "ADR", "ATH", "BAH", "BUD", "CHR", "CON", "HIN", "INR", "IRR", "ITR", "JAN", "JEW",
      "MOS", "SHN", "SIK", "TAO", "ZRO");

  /** Splits a CAMEO actor code; {@code isCountry} tells country codes (ISO alpha-3) from other groups. */
  public static ActorCodeParts split(String code, Predicate<String> isCountry) {
    List<String> groups = new ArrayList<>();
    for (int i = 0; i + 3 <= code.length(); i += 3) {
      groups.add(code.substring(i, i + 3));
    }
    String country = "";
    if (!groups.isEmpty() && (isCountry.test(groups.get(0)) || REGIONS.contains(groups.get(0)))) {
      country = groups.remove(0);
    }
    String known = "";
    String ethnic = "";
    String religion1 = "";
    String religion2 = "";
    List<String> types = new ArrayList<>();
    for (int i = 0; i < groups.size(); i++) {
      String g = groups.get(i);
      if (TYPES.contains(g)) {
        types.add(g);
      } else if (RELIGIONS.contains(g) && religion1.isEmpty()) {
        religion1 = g;
        if (i + 1 < groups.size() && !TYPES.contains(groups.get(i + 1))) {
          religion2 = groups.get(++i);
        }
      } else if (g.equals(g.toLowerCase(java.util.Locale.ROOT)) && ethnic.isEmpty()) {
        ethnic = g;
      } else if (known.isEmpty() && !REGIONS.contains(g) && !isCountry.test(g)) {
        known = g;
      }
    }
    return new ActorCodeParts(country, known, ethnic, religion1, religion2, type(types, 0), type(types, 1), type(types, 2));
  }

  private static String type(List<String> types, int n) {
    return n < types.size() ? types.get(n) : "";
  }
}
