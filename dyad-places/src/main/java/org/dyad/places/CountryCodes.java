package org.dyad.places;

import java.util.Map;

/**
 * CAMEO country codes against ISO 3166 alpha-3, the gazetteer's: the same but for Kosovo (KSV,
 * XKX) and Timor-Leste (TMP, TLS). One table, for the coder (a place's country as an actor) and
 * the geolocator (an actor's country as a place).
 */
public final class CountryCodes {
  private static final Map<String, String> CAMEO_TO_ISO = Map.of("KSV", "XKX", "TMP", "TLS");
  private static final Map<String, String> ISO_TO_CAMEO = Map.of("XKX", "KSV", "TLS", "TMP");

  private CountryCodes() {}

  /** The CAMEO code of an ISO alpha-3 country code. */
  public static String cameo(String iso3) {
    return ISO_TO_CAMEO.getOrDefault(iso3, iso3);
  }

  /** The ISO alpha-3 country of a CAMEO actor's country part (its first three letters). */
  public static String iso3(String cameo) {
    String country = cameo.length() >= 3 ? cameo.substring(0, 3) : cameo;
    return CAMEO_TO_ISO.getOrDefault(cameo, country);
  }
}
