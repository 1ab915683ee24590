package org.dyad.model;

import java.util.Objects;

/**
 * Where an event happened, as precisely as the text supports.
 *
 * @param written the place as written in the article ("Sumy"), or empty when it came from an actor's country
 * @param name the resolved name ("Sumy")
 * @param geonameId the GeoNames id, or a negative ISO numeric code for a country centroid
 * @param feature the GeoNames feature code ("PPLA", "PPLC", "PCLI" for a country)
 * @param country the ISO 3166 alpha-3 code
 * @param admin1 the first-level division code, or empty
 * @param latitude degrees north
 * @param longitude degrees east
 * @param precision how specific the place is
 * @param method how it was chosen: "sentence", "dateline", "article" or "actor-country"
 */
public record Location(
    String written,
    String name,
    long geonameId,
    String feature,
    String country,
    String admin1,
    double latitude,
    double longitude,
    Precision precision,
    String method) {

  /** How specific a location is. */
  public enum Precision {
    CITY,
    ADMIN1,
    /** A sea, strait, shoal, river, border or disputed region ("the South China Sea", "Donbas"), with its country or none. */
    FEATURE,
    COUNTRY,
    /** No place: nothing in the text supports one (written by exports; the geolocator leaves such events unlocated). */
    NONE
  }

  public Location {
    Objects.requireNonNull(written, "written");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(feature, "feature");
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(admin1, "admin1");
    Objects.requireNonNull(precision, "precision");
    Objects.requireNonNull(method, "method");
    if (latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180) {
      throw new IllegalArgumentException("bad coordinates: " + latitude + ", " + longitude + " for " + name);
    }
  }
}
