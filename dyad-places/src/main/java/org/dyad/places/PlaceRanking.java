package org.dyad.places;

import java.util.Set;

/** How likely a place is meant by its name, when a name stands for several places. */
public final class PlaceRanking {
  /** The population a country or division counts as, since the gazetteer gives them none. */
  private static final long UNCOUNTED = 100_000;

  private PlaceRanking() {}

  /**
   * Population on a log scale (a country or division counts as at least 100,000 people, which the
   * gazetteer does not give them, so "across Lebanon" is the country and not Lebanon, Tennessee,
   * and Georgia with American actors the state), plus 3 for a place
   * in one of the given (actors') countries, 2 for a national capital, 1 for a provincial capital,
   * a division or a country: "Sumy" with
   * Ukrainian actors is Sumy, Ukraine; "Tripoli" with Hezbollah is Tripoli, Lebanon, and with
   * Libyan actors Tripoli, Libya; "Paris" with US officials is still Paris, France.
   */
  public static double score(Place p, Set<String> countries) {
    double s = Math.log10(1 + (p.isCountry() || p.isDivision() ? Math.max(UNCOUNTED, p.population()) : p.population()));
    if (countries.contains(p.country())) {
      s += 3;
    }
    if (p.feature().equals("PPLC")) {
      s += 2;
    } else if (p.feature().equals("PPLA") || p.isCountry() || p.isDivision()) {
      s += 1;
    }
    return s;
  }
}
