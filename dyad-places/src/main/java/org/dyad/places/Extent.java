package org.dyad.places;

/**
 * The box of latitudes and longitudes around a country's populated places, built as the gazetteer
 * loads: how far a place lies from a country, without shapes of borders. A country across the
 * 180th meridian (Russia, Fiji) spans every longitude, so nothing counts as far from it.
 */
public record Extent(double minLatitude, double maxLatitude, double minLongitude, double maxLongitude) {
  private static final double EARTH_RADIUS_KM = 6371.0;

  /** Great-circle kilometres from a point to the nearest point of the box (0 inside it). */
  public double distanceKm(double latitude, double longitude) {
    double lat = Math.max(minLatitude, Math.min(maxLatitude, latitude));
    double lon = Math.max(minLongitude, Math.min(maxLongitude, longitude));
    double p1 = Math.toRadians(latitude);
    double p2 = Math.toRadians(lat);
    double dp = p2 - p1;
    double dl = Math.toRadians(lon - longitude);
    double a = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
    return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
  }
}
