package org.dyad.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class GazetteerTest {
  private static Gazetteer gazetteer;

  @BeforeAll
  static void load() throws IOException {
    long t0 = System.nanoTime();
    gazetteer = Gazetteer.load();
    System.out.printf("gazetteer: %d places loaded in %d ms%n", gazetteer.size(), (System.nanoTime() - t0) / 1_000_000);
  }

  @Test
  void load_hasCountriesAndPlacesOfAThousand() {
    assertTrue(gazetteer.size() > 123_000, "places: " + gazetteer.size());
    assertTrue(gazetteer.lookup("Texas").stream().anyMatch(Place::isDivision));
    assertEquals("Ukraine", gazetteer.country("UKR").name());
    assertTrue(gazetteer.country("UKR").isCountry());
  }

  @Test
  void exonymsAndFoldedNames_findTheSamePlace() {
    long kyiv = 703448;
    for (String name : List.of("Kyiv", "Kiev", "KYIV", "Kyïv")) {
      assertTrue(gazetteer.lookup(name).stream().anyMatch(p -> p.geonameId() == kyiv), name);
    }
    for (String name : List.of("Kharkiv", "Kharkov")) {
      assertTrue(gazetteer.lookup(name).stream().anyMatch(p -> p.geonameId() == 706483), name);
    }
  }

  @Test
  void ambiguousNames_haveAllTheirPlaces() {
    List<String> parisCountries = gazetteer.lookup("Paris").stream().map(Place::country).distinct().toList();
    assertTrue(parisCountries.containsAll(List.of("FRA", "USA")), parisCountries.toString());
    List<String> tripoli = gazetteer.lookup("Tripoli").stream().map(Place::country).toList();
    assertTrue(tripoli.containsAll(List.of("LBY", "LBN")), tripoli.toString());
  }

  @Test
  void key_foldsAccentsCaseAndPunctuation() {
    assertEquals("cotedivoire", Gazetteer.key("Côte d'Ivoire"));
  }
}
