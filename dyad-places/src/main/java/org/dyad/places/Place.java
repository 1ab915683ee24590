package org.dyad.places;

import java.util.List;

/**
 * A gazetteer entry: a populated place or a country centroid.
 *
 * @param geonameId GeoNames id; a country centroid has minus its ISO numeric code, a division
 *     (from country-state-city) minus one million and its index
 * @param name the GeoNames name
 * @param alternates other spellings kept in the gazetteer (exonyms such as Kiev for Kyiv)
 * @param feature GeoNames feature code (PPL, PPLA, PPLC…; PCLI for a country, ADM1 for a division)
 * @param country ISO 3166 alpha-3
 * @param admin1 GeoNames admin1 code (the first-level division's, for cities and divisions alike), or empty
 * @param population inhabitants, 0 when unknown
 * @param latitude degrees north
 * @param longitude degrees east
 * @param iso3166_2 a division's ISO 3166-2 code ("UA-63"), empty for other places
 */
public record Place(
    long geonameId, String name, List<String> alternates, String feature, String country, String admin1,
    long population, double latitude, double longitude, String iso3166_2) {
  public Place {
    alternates = List.copyOf(alternates);
  }

  public Place(long geonameId, String name, List<String> alternates, String feature, String country, String admin1,
      long population, double latitude, double longitude) {
    this(geonameId, name, alternates, feature, country, admin1, population, latitude, longitude, "");
  }

  public boolean isCountry() {
    return feature.equals("PCLI");
  }

  /** A first-level division: a state, province or oblast. */
  public boolean isDivision() {
    return feature.equals("ADM1");
  }

  /** This place as an event's location: its precision from its kind, with the words and method that chose it. */
  public org.dyad.model.Location toLocation(String written, String method) {
    org.dyad.model.Location.Precision precision = isCountry() ? org.dyad.model.Location.Precision.COUNTRY
        : isDivision() ? org.dyad.model.Location.Precision.ADMIN1
        : Features.isFeature(this) ? org.dyad.model.Location.Precision.FEATURE : org.dyad.model.Location.Precision.CITY;
    return new org.dyad.model.Location(written, name, geonameId, feature, country, admin1, latitude, longitude, precision, method);
  }
}
