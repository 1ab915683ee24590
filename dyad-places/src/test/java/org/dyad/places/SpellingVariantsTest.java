package org.dyad.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SpellingVariantsTest {
  private static Gazetteer gazetteer;

  @BeforeAll
  static void load() throws IOException {
    gazetteer = Gazetteer.load();
  }

  private static List<Long> ids(List<Place> places) {
    return places.stream().map(Place::geonameId).toList();
  }

  @Test
  void variantKey_dropsTheArticleTheFinalHAndDoubledLetters() {
    assertEquals("hodeida", SpellingVariants.variantKey("Hodeidah"));
    assertEquals("hudayda", SpellingVariants.variantKey("Al Ḩudaydah"));
    assertEquals("suwayda", SpellingVariants.variantKey("As-Suwayda"));
    assertEquals("nasiriya", SpellingVariants.variantKey("Nassiriyah"));
    assertEquals("al", SpellingVariants.variantKey("Al")); // a one-word name keeps its every letter
  }

  @Test
  void aRomanisationTheGazetteerLacks_findsTheTown() {
    assertTrue(gazetteer.lookup("Hodeidah").isEmpty());
    assertEquals(List.of(79415L), ids(gazetteer.variantsOf("Hodeidah"))); // GeoNames: Hodeida, Hodaidah
    assertEquals(List.of(282457L), ids(gazetteer.variantsOf("Qalqilya"))); // Qalqilyah
    assertEquals(List.of(172408L), ids(gazetteer.variantsOf("Suwayda"))); // As-Suwayda
    assertEquals(List.of(173811L), ids(gazetteer.variantsOf("Hasakah"))); // Al Hasakah
  }

  @Test
  void aProvinceNamedByItsSeatsRomanisation_isTheDivision() {
    List<Place> found = gazetteer.variantsOf("Hodeidah province");
    assertEquals(1, found.size());
    assertTrue(found.get(0).isDivision());
    assertEquals("YEM 08", found.get(0).country() + " " + found.get(0).admin1());
  }

  @Test
  void wordsNoTownIsSpelledLike_findNothing() {
    assertTrue(gazetteer.variantsOf("Xqzvbl").isEmpty());
    assertTrue(gazetteer.variantsOf("Ah").isEmpty());
    assertTrue(gazetteer.variantsOf("Kuru region").isEmpty()); // no seat of that name
  }
}
