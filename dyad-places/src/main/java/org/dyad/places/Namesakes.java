package org.dyad.places;

import java.util.Set;

/**
 * Whether a place is only a far namesake of the place a story means: "near Kuru" with Nigerian
 * troops is Kuru, Nigeria (a town the gazetteer lacks), not Kourou, French Guiana (whose alternate
 * spellings hold "Kuru"). A town or village, no capital, more than {@value #FAR_KM} km from every
 * country the actors are known to be of, of fewer than 100,000 people, or of any size when named here
 * only by one of its alternate spellings ("Boni" is also Bonn; "in Samar" with Philippine soldiers is the
 * island of Samar, not Samara, Russia, a city of a million whose spellings hold "Samar"), is taken for a
 * namesake and left out; so is a national capital of fewer than 500,000 people named only by an alternate
 * spelling ("at Malaba" with Kenyan police is Malaba, Kenya, not Malabo, whose spellings hold "Malaba").
 * An exonym of a city near the actors ("Kharkov" with Ukrainian troops) stays. A country, division or
 * feature, a capital named by its own name and a name a qualifier narrowed ("Kuru, Finland") are
 * always kept; with no actor country known, nothing is judged. A town found only by the
 * romanisation fold ({@link RomanisationFold}: "Hawara" for Huwwarah) is a namesake unless it lies
 * within {@value #DATELINE_KM} km of the dateline's country or, with no dateline, an actor's,
 * whatever its size, and when no country is known.
 */
public final class Namesakes {
  /** How far from every actor's country a place must lie to be a namesake. */
  static final double FAR_KM = 1500;
  /** How near the dateline's or an actor's country a small town of a datelined story must lie. */
  static final double DATELINE_KM = 300;
  /** Towns below this many people are judged by distance alone. */
  private static final long SMALL = 100_000;
  /** National capitals below this many people are judged when named by an alternate spelling ("Malaba" is also Malabo). */
  private static final long MIDDLING = 500_000;

  private final Gazetteer gazetteer;

  public Namesakes(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /**
   * Whether {@code p}, found for the words {@code written}, is a far namesake given the actors'
   * countries (ISO alpha-3).
   */
  public boolean far(Place p, String written, Set<String> countries) {
    return far(p, written, countries, "");
  }

  /**
   * Whether {@code p} is a far namesake given the actors' countries and the country of the story's
   * dateline ("BAMAKO, Mali —"; empty for none). With a dateline, a town of fewer than 100,000 people
   * must also lie within {@value #DATELINE_KM} km of the dateline's country or an actor's: "BAMAKO … near
   * Lere" is a Malian village, not Lere, Nigeria; "KYIV … an airfield near Morozovsk" stays in Russia.
   */
  public boolean far(Place p, String written, Set<String> countries, String dateline) {
    if (gazetteer.foldedOnly(p, written)) {
      return !near(p, dateline.isEmpty() ? countries : Set.of(dateline));
    }
    if (dateline.isEmpty() || p.isCountry() || p.isDivision() || Features.isFeature(p) || p.feature().equals("PPLC")
        || p.population() >= SMALL || p.country().equals(dateline) || countries.contains(p.country())) {
      return farFromActors(p, written, countries);
    }
    java.util.Set<String> near = new java.util.HashSet<>(countries);
    near.add(dateline);
    for (String c : near) {
      Extent e = gazetteer.extent(c);
      if (e != null && e.distanceKm(p.latitude(), p.longitude()) <= DATELINE_KM) {
        return farFromActors(p, written, countries);
      }
    }
    return gazetteer.extent(dateline) != null || farFromActors(p, written, countries);
  }

  /**
   * Whether a town lies within {@value #DATELINE_KM} km of one of the countries: a town found only
   * by the romanisation fold ("Hawara" for Huwwarah) must lie so near the dateline's country, or
   * in a story without one near an actor's, whatever its size; with no country known it is a
   * namesake ("Bandits killed 12 villagers in Kanoma" is no Kunnumma, India; "PESHAWAR, Pakistan —
   * … in the Khyber district" no Khobar, Saudi Arabia).
   */
  private boolean near(Place p, Set<String> countries) {
    for (String c : countries) {
      Extent e = gazetteer.extent(c);
      if (c.equals(p.country()) || e != null && e.distanceKm(p.latitude(), p.longitude()) <= DATELINE_KM) {
        return true;
      }
    }
    return false;
  }

  private boolean farFromActors(Place p, String written, Set<String> countries) {
    if (p.isCountry() || p.isDivision() || Features.isFeature(p) || countries.contains(p.country())) {
      return false;
    }
    boolean byAlternate = !Gazetteer.key(written).equals(Gazetteer.key(p.name()));
    if (p.feature().equals("PPLC") && !byAlternate) {
      return false;
    }
    if (byAlternate ? p.feature().equals("PPLC") && p.population() >= MIDDLING : p.population() >= SMALL) {
      return false;
    }
    boolean judged = false;
    for (String c : countries) {
      Extent e = gazetteer.extent(c);
      if (e == null) {
        continue;
      }
      judged = true;
      if (e.distanceKm(p.latitude(), p.longitude()) <= FAR_KM) {
        return false;
      }
    }
    return judged;
  }
}
