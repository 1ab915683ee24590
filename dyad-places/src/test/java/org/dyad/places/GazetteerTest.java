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

  private Place byId(String name, long geonameId) {
    return gazetteer.lookup(name).stream().filter(p -> p.geonameId() == geonameId).findFirst()
        .orElseThrow(() -> new AssertionError(name + " does not find " + geonameId));
  }

  private Place best(String name, java.util.Set<String> countries) {
    return gazetteer.lookup(name).stream().max(java.util.Comparator.comparingDouble(p -> PlaceRanking.score(p, countries))).orElseThrow();
  }

  @Test
  void seatsWithoutAPopulation_areKept() {
    // GeoNames gives these district seats population 0; the gazetteer keeps every PPLA, PPLA2, PPLC and PPLG.
    Place parachinar = byId("Parachinar", 1168394);
    assertEquals("PPLA2 PAK 03 0", parachinar.feature() + " " + parachinar.country() + " " + parachinar.admin1() + " " + parachinar.population());
    assertEquals("IRQ", byId("Tal Afar", 90393).country()); // by an alternate spelling
    assertEquals("AFG", byId("Spin Boldak", 1123906).country());
    assertEquals("SYR", byId("Kamishli", 173377).country());
    // a municipality (PPLA3) of fewer than 1,000 people is still left out
    assertTrue(gazetteer.lookup("Tall Tamr").isEmpty());
  }

  @Test
  void aSeatWithoutAPopulation_neverOutranksAWellKnownPlace() {
    // Panama, Cuba and the United States have district seats named Buenos Aires, Alexandria and Bolivia.
    assertTrue(gazetteer.lookup("Buenos Aires").stream().anyMatch(p -> p.country().equals("PAN") && p.population() < 1000));
    assertEquals("ARG", best("Buenos Aires", java.util.Set.of()).country());
    assertEquals("ARG", best("Buenos Aires", java.util.Set.of("PAN")).country());
    assertEquals("EGY", best("Alexandria", java.util.Set.of()).country());
    Place bolivia = best("Bolivia", java.util.Set.of("CUB"));
    assertEquals("BOL true", bolivia.country() + " " + bolivia.isCountry());
    assertEquals("BOL", best("Bolivia", java.util.Set.of("USA")).country()); // Bolivia, North Carolina: 151 people
  }

  @Test
  void aNameOnlySeatsWithoutAPopulationBear_alsoFindsTheTownItSpellsOtherwise() {
    // "Suwayda" is an alternate of a Yemeni district seat (population 0) and another romanisation of As-Suwayda, Syria.
    List<Place> found = gazetteer.lookup("Suwayda");
    assertTrue(found.stream().anyMatch(p -> p.country().equals("YEM") && p.population() == 0), found.toString());
    assertEquals(172408, best("Suwayda", java.util.Set.of()).geonameId());
    assertEquals(172408, best("Suwayda", java.util.Set.of("SYR")).geonameId());
    // a seat's own name is left alone: Yana, Nigeria, is no Ariana, Tunisia (whose spellings hold "Aryana")
    assertEquals(List.of(2596820L), gazetteer.lookup("Yana").stream().map(Place::geonameId).toList());
  }

  @Test
  void kosovo_isXkxLikeItsTowns() {
    Place kosovo = gazetteer.lookup("Kosovo").stream().filter(Place::isCountry).findFirst().orElseThrow();
    assertEquals("XKX", kosovo.country());
    assertEquals("XKX", byId("Pristina", 786714).country());
  }

  @Test
  void key_foldsAccentsCaseAndPunctuation() {
    assertEquals("cotedivoire", Gazetteer.key("Côte d'Ivoire"));
  }

  private Place division(String name, String country) {
    return gazetteer.lookup(name).stream().filter(p -> p.isDivision() && p.country().equals(country)).findFirst()
        .orElseThrow(() -> new AssertionError(name + " in " + country));
  }

  private String cityAdmin1(long geonameId, String name) {
    return gazetteer.lookup(name).stream().filter(p -> p.geonameId() == geonameId).findFirst().orElseThrow().admin1();
  }

  @Test
  void divisionsCarryTheGeoNamesAdmin1CodeOfTheirCities_withIsoBeside() {
    // Ukraine: Kharkiv city is 07, and so is now Kharkivska oblast (ISO UA-63); Volynska (ISO UA-07) is not.
    Place kharkivska = division("Kharkivska oblast", "UKR");
    assertEquals("07 UA-63", kharkivska.admin1() + " " + kharkivska.iso3166_2());
    assertEquals(cityAdmin1(706483, "Kharkiv"), kharkivska.admin1());
    assertEquals("05 UA-14", division("Donetska oblast", "UKR").admin1() + " " + division("Donetska oblast", "UKR").iso3166_2());
    assertEquals("24", division("Volynska oblast", "UKR").admin1());
    assertEquals("13", division("Kyivska oblast", "UKR").admin1());
    // Nigeria, India, the United States, Myanmar, Austria.
    assertEquals("27 NG-BO", division("Borno", "NGA").admin1() + " " + division("Borno", "NGA").iso3166_2());
    assertEquals("23", division("Kaduna", "NGA").admin1());
    assertEquals("23 IN-PB", division("Punjab", "IND").admin1() + " " + division("Punjab", "IND").iso3166_2());
    assertEquals("40", division("Telangana", "IND").admin1());
    assertEquals("GA US-GA", division("Georgia", "USA").admin1() + " " + division("Georgia", "USA").iso3166_2());
    assertEquals("TX", division("Texas", "USA").admin1());
    assertEquals("01 MM-16", division("Rakhine State", "MMR").admin1() + " " + division("Rakhine State", "MMR").iso3166_2());
    assertEquals("10", division("Sagaing Region", "MMR").admin1());
    assertEquals("09 AT-9", division("Vienna", "AUT").admin1() + " " + division("Vienna", "AUT").iso3166_2());
    assertEquals(cityAdmin1(2761369, "Vienna"), division("Vienna", "AUT").admin1());
  }

  @Test
  void regions_inTheFormsTheNewsWrites() {
    for (String name : List.of("Kharkiv region", "Kharkivska oblast", "Kharkiv oblast", "Kharkivska")) {
      assertEquals("Kharkivska oblast", division(name, "UKR").name(), name);
    }
    assertEquals("Donetska oblast", division("Donetsk region", "UKR").name());
    assertEquals("Zaporizka oblast", division("Zaporizhzhia region", "UKR").name());
    assertEquals("Odeska oblast", division("Odesa region", "UKR").name());
    assertEquals("Kyivska oblast", division("Kyiv region", "UKR").name());
    assertEquals("PAK", division("Punjab province", "PAK").country());
    assertEquals("Borno", division("Borno state", "NGA").name());
    assertEquals("Nord-Kivu", division("North Kivu province", "COD").name());
    assertEquals("Kursk Oblast", division("Kursk region", "RUS").name());
    // A seat's bare name stays the city: "Goma" and "Kharkiv" are not divisions.
    assertTrue(gazetteer.lookup("Goma").stream().noneMatch(Place::isDivision));
    assertTrue(gazetteer.lookup("Kharkiv").stream().noneMatch(Place::isDivision));
  }

  @Test
  void features_haveTheirCountryOrNone() {
    Features features = Features.load();
    assertEquals("SEA ", features.lookup("the South China Sea".substring(4)).map(p -> p.feature() + " " + p.country()).orElseThrow());
    assertEquals("TERR PSE", features.lookup("Gaza Strip").map(p -> p.feature() + " " + p.country()).orElseThrow());
    assertEquals("Dnipro river", features.lookup("Dnieper").orElseThrow().name());
    assertEquals("SHOL", features.lookup("Scarborough Shoal").orElseThrow().feature());
    assertEquals("STRT", features.lookup("Bab al-Mandab").orElseThrow().feature());
    assertEquals("UKR", features.lookup("Donbass").orElseThrow().country());
    assertTrue(features.lookup("Scarborough").isEmpty());
  }

  /**
   * Every feature code of {@code features.tsv} is a GeoNames feature code, so that PLOVER's
   * {@code feature_code} and POLECAT's Feature Type carry the values their specification names:
   * the codes and their classes as http://www.geonames.org/export/codes.html lists them.
   */
  @Test
  void featureCodes_areGeoNamesFeatureCodes() {
    java.util.Map<String, String> geonames = java.util.Map.ofEntries(java.util.Map.entry("SEA", "H"), java.util.Map.entry("GULF", "H"),
        java.util.Map.entry("STRT", "H"), java.util.Map.entry("CNL", "H"), java.util.Map.entry("SHOL", "H"), java.util.Map.entry("RF", "H"),
        java.util.Map.entry("STM", "H"), java.util.Map.entry("ISLS", "T"), java.util.Map.entry("RGN", "L"), java.util.Map.entry("TERR", "A"),
        java.util.Map.entry("PSTB", "S"), java.util.Map.entry("ZNB", "A"));
    assertEquals(geonames.keySet(), Features.CLASSES);
    Features features = Features.load();
    assertEquals("TERR", features.lookup("West Bank").orElseThrow().feature());
    assertEquals("PSTB", features.lookup("Rafah crossing").orElseThrow().feature());
    assertEquals("ZNB", features.lookup("DMZ").orElseThrow().feature()); // a buffer zone between two states
    assertEquals("RGN", features.lookup("Kosovo border").orElseThrow().feature()); // a border area: GeoNames has no class for a boundary
    assertEquals("GULF", features.lookup("Gulf of Aden").orElseThrow().feature());
    assertEquals("RF", features.lookup("Mischief Reef").orElseThrow().feature());
  }
}
