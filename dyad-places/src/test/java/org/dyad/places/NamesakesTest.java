package org.dyad.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class NamesakesTest {
  private static Gazetteer gazetteer;
  private static Namesakes namesakes;

  @BeforeAll
  static void load() throws IOException {
    gazetteer = Gazetteer.load();
    namesakes = new Namesakes(gazetteer);
  }

  private static Place named(String name, String country) {
    return gazetteer.lookup(name).stream().filter(p -> p.country().equals(country) && !p.isDivision()).findFirst().orElseThrow();
  }

  @Test
  void aSmallTownFarFromEveryActorsCountry_isANamesake() {
    assertTrue(namesakes.far(named("Kuru", "GUF"), "Kuru", Set.of("NGA"))); // Kourou, French Guiana, spelt "Kuru"
    assertTrue(namesakes.far(named("Kuru", "FIN"), "Kuru", Set.of("NGA")));
    assertTrue(namesakes.far(named("Boni", "DEU"), "Boni", Set.of("MLI"))); // Bonn, spelt "Boni", is middling and far
  }

  @Test
  void aSeatGeoNamesGivesNoPopulation_isJudgedAsASmallTown() {
    // Demirci, Turkey, a seat of population 0 in GeoNames; Nasir is also a town of South Sudan the gazetteer lacks
    Place demirci = gazetteer.lookup("Demirci").stream().filter(p -> p.country().equals("TUR") && p.population() == 0).findFirst().orElseThrow();
    assertTrue(namesakes.far(demirci, "Demirci", Set.of("SSD")));
    assertFalse(namesakes.far(demirci, "Demirci", Set.of("TUR")));
    assertTrue(namesakes.far(named("Parachinar", "PAK"), "Parachinar", Set.of("MEX")));
    assertFalse(namesakes.far(named("Parachinar", "PAK"), "Parachinar", Set.of("AFG"))); // a neighbour
  }

  @Test
  void placesNearOrInTheActorsCountries_capitalsAndCitiesByTheirOwnName_stay() {
    assertFalse(namesakes.far(named("Kuru", "FIN"), "Kuru", Set.of("FIN")));
    assertFalse(namesakes.far(named("Kuru", "FIN"), "Kuru", Set.of("SWE"))); // a neighbour
    assertFalse(namesakes.far(named("Kampala", "UGA"), "Kampala", Set.of("USA"))); // a capital
    assertFalse(namesakes.far(named("Kharkiv", "UKR"), "Kharkov", Set.of("RUS"))); // a city by its exonym, near the actors
    assertFalse(namesakes.far(named("Kuru", "FIN"), "Kuru", Set.of())); // no actor country: nothing judged
  }

  @Test
  void extents_coverACountrysPlaces_andMeasureKilometres() {
    Extent nigeria = gazetteer.extent("NGA");
    assertEquals(0, nigeria.distanceKm(9.06, 7.49), 1e-9); // Abuja
    double kourou = nigeria.distanceKm(5.16, -52.65);
    assertTrue(kourou > 5_000 && kourou < 7_000, "Kourou from Nigeria: " + kourou);
  }

  @Test
  void aSmallCapitalNamedOnlyByAnAlternateSpelling_farFromTheActors_isANamesake() {
    // "at Malaba" with Kenyan police: Malabo's spellings hold "Malaba"; Malaba, Kenya, is the town meant
    assertTrue(namesakes.far(named("Malabo", "GNQ"), "Malaba", Set.of("KEN")));
    assertFalse(namesakes.far(named("Malaba", "KEN"), "Malaba", Set.of("KEN")));
    assertFalse(namesakes.far(named("Malabo", "GNQ"), "Malabo", Set.of("KEN"))); // by its own name a capital stays
    assertFalse(namesakes.far(named("Malabo", "GNQ"), "Malaba", Set.of("CMR"))); // near the actors' country
  }

  @Test
  void aCityOfAnySizeNamedOnlyByAnAlternateSpelling_farFromTheActors_isANamesake() {
    // "in the mountains of Samar" with Philippine soldiers: Samara (1.2 million) holds "Samar" among its spellings
    assertTrue(namesakes.far(named("Samara", "RUS"), "Samar", Set.of("PHL")));
    assertFalse(namesakes.far(named("Samara", "RUS"), "Samara", Set.of("PHL"))); // by its own name a city that large stays
    assertFalse(namesakes.far(named("Samara", "RUS"), "Samar", Set.of("KAZ"))); // near the actors' country
    assertTrue(namesakes.far(named("Kharkiv", "UKR"), "Kharkov", Set.of("USA"))); // an exonym far from every actor
  }

  @Test
  void withADateline_aSmallTownMustLieNearTheDatelinesCountryOrAnActors() {
    // "BAMAKO, Mali — … near Lere": Lere, Nigeria (93,000 people) is some 500 km from Mali
    assertTrue(namesakes.far(named("Lere", "NGA"), "Lere", Set.of("MLI"), "MLI"));
    assertFalse(namesakes.far(named("Lere", "NGA"), "Lere", Set.of("MLI"))); // without the dateline, 1,500 km is the bound
    assertFalse(namesakes.far(named("Lere", "NGA"), "Lere", Set.of("NGA"), "MLI")); // an actor's country
    assertFalse(namesakes.far(named("Morozovsk", "RUS"), "Morozovsk", Set.of("UKR"), "UKR")); // "KYIV — … near Morozovsk": near
    assertFalse(namesakes.far(named("Lere", "NGA"), "Lere", Set.of(), "")); // no dateline, no actor: nothing judged
  }

  @Test
  void aTownFoundOnlyByTheFold_mustLieNearTheStorysCountries() {
    Place huwwarah = gazetteer.variantsOf("Hawara").get(0);
    assertFalse(namesakes.far(huwwarah, "Hawara", Set.of("ISR")));
    assertTrue(namesakes.far(huwwarah, "Hawara", Set.of())); // no country known: a fold is no evidence
    assertTrue(namesakes.far(huwwarah, "Hawara", Set.of("EGY", "JOR"), "NGA")); // the dateline's country decides
    Place kunnumma = gazetteer.variantsOf("Kanoma").get(0); // Kanoma, a Zamfara village, folds like Kunnumma, India
    assertEquals("IND", kunnumma.country());
    assertTrue(namesakes.far(kunnumma, "Kanoma", Set.of("NGA")));
    Place khobar = gazetteer.variantsOf("Khyber").get(0); // "the Khyber district" folds like Khobar, Saudi Arabia
    assertTrue(namesakes.far(khobar, "Khyber", Set.of("PAK"))); // about 1,000 km from Pakistan
    assertTrue(namesakes.far(khobar, "Khyber", Set.of("PAK"), "PAK"));
  }
}
