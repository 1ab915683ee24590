package org.dyad.places;

import java.util.Set;

/** How likely a place is meant by its name, when a name stands for several places. */
public final class PlaceRanking {
  private static final long COUNTRY_POPULATION = 100_000;

  private PlaceRanking() {}

  /**
   * Population on a log scale (a country counts as 100,000 people, which the gazetteer does not
   * give it, so "across Lebanon" is the country and not Lebanon, Tennessee), plus 3 for a place
   * in one of the given (actors') countries, 2 for a national capital, 1 for a provincial capital,
   * a division or a country: "Sumy" with
   * Ukrainian actors is Sumy, Ukraine; "Tripoli" with Hezbollah is Tripoli, Lebanon, and with
   * Libyan actors Tripoli, Libya; "Paris" with US officials is still Paris, France.
   */
  public static double score(Place p, Set<String> countries) {
    double s = Math.log10(1 + (p.isCountry() ? COUNTRY_POPULATION : p.population()));
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
