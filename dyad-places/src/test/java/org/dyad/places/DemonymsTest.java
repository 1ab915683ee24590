package org.dyad.places;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DemonymsTest {
  private static Gazetteer gazetteer;
  private static Demonyms demonyms;

  @BeforeAll
  static void load() throws IOException {
    gazetteer = Gazetteer.load();
    demonyms = new Demonyms(gazetteer);
  }

  private static String country(String adjective) {
    return demonyms.country(adjective).map(Place::country).orElse("none");
  }

  @Test
  void regularEndings_areUndone() {
    assertEquals("UGA", country("Ugandan"));
    assertEquals("SDN", country("Sudanese"));
    assertEquals("UKR", country("Ukrainian"));
    assertEquals("IRQ", country("Iraqi"));
    assertEquals("GEO", country("Georgian"));
    assertEquals("MEX", country("Mexican"));
    assertEquals("HUN", country("Hungarian"));
  }

  @Test
  void irregularAdjectivesAndShortNames_areListed() {
    assertEquals("FRA", country("French"));
    assertEquals("LBN", country("Lebanese"));
    assertEquals("TUR", country("Turkish"));
    assertEquals("USA", country("US"));
    assertEquals("GBR", country("British"));
  }

  @Test
  void aWordThatNamesNoCountry_isNone() {
    assertEquals("none", country("Regional"));
    assertEquals("none", country("Tuesday"));
  }

  @Test
  void capitals_areTheNationalOnes() {
    assertEquals(232422, gazetteer.capital("UGA").geonameId()); // Kampala
    assertEquals(4140963, gazetteer.capital("USA").geonameId()); // Washington
    assertEquals(611717, gazetteer.capital("GEO").geonameId()); // Tbilisi
  }
}
