package org.dyad.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.time.LocalDate;
import org.dyad.coder.ArticleCoder;
import org.dyad.coder.dictionary.Dictionaries;
import org.dyad.model.Article;
import org.dyad.model.Event;
import org.dyad.model.Location;
import org.dyad.nlp.CoreNlpBackend;
import org.dyad.places.Gazetteer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Location of events on sentences with ambiguous place names, with the real models. */
class GeoLocatorIT {
  private static ArticleCoder coder;
  private static GeoLocator locator;

  @BeforeAll
  static void load() throws IOException {
    coder = new ArticleCoder(new CoreNlpBackend(), Dictionaries.builtIn(), org.dyad.places.Gazetteer.load());
    locator = new GeoLocator(Gazetteer.load());
  }

  private static Location where(String text) {
    Article a = new Article("t", "t", "", LocalDate.of(2024, 11, 18), text);
    Event e = locator.locate(coder.code(a)).events().get(0);
    return e.location();
  }

  @Test
  void sumy_inAStoryAboutUkraine_isSumyUkraine() {
    Location l = where("Russian troops shelled Ukrainian positions near Sumy on Monday.");
    assertEquals("Sumy UKR CITY sentence", l.name() + " " + l.country() + " " + l.precision() + " " + l.method());
  }

  @Test
  void paris_isFranceUnlessAQualifierSaysTexas() {
    assertEquals("FRA", where("The US government criticized Mexican officials in Paris.").country());
    Location texas = where("The US government criticized Mexican officials in Paris, Texas.");
    assertEquals("USA TX", texas.country() + " " + texas.admin1());
  }

  @Test
  void tripoli_followsTheActors() {
    assertEquals("LBN", where("Israeli warplanes struck Hezbollah targets in Tripoli.").country());
    assertEquals("LBY", where("Turkish drones struck Libyan militias in Tripoli.").country());
  }

  @Test
  void georgia_withGeorgianActors_isTheCountry() {
    Location l = where("Russian forces attacked Georgian troops in Georgia.");
    assertEquals("GEO COUNTRY", l.country() + " " + l.precision());
  }

  @Test
  void noPlaceInTheText_fallsBackToTheTargetsCountryForMaterialConflict() {
    Location l = where("Russian troops attacked Ukrainian soldiers overnight.");
    assertEquals("Ukraine UKR COUNTRY actor-country", l.name() + " " + l.country() + " " + l.precision() + " " + l.method());
  }

  @Test
  void sameCountryOnBothSides_isLocatedInThatCountry() {
    Location l = where("Congolese troops attacked Congolese rebels in Goma on Sunday.");
    assertEquals("Goma COD", l.name() + " " + l.country());
  }

  @Test
  void georgia_withAmericanActors_isTheState() {
    Location l = where("US officials criticized Mexican officials in Georgia.");
    assertEquals("USA GA ADMIN1", l.country() + " " + l.admin1() + " " + l.precision());
  }

  @Test
  void dateline_locatesEventsWithoutAPlaceInTheirSentence() {
    Location l = where("KHARKIV, March 3 - Officials counted the damage.\nRussian troops attacked Ukrainian soldiers overnight.");
    assertEquals("Kharkiv UKR CITY dateline", l.name() + " " + l.country() + " " + l.precision() + " " + l.method());
  }
}
