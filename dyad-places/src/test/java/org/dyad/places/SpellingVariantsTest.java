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
  void spellings_dropOrAddAFinalH_singleDoubledLetters_andPutAnArticleBefore() {
    assertTrue(SpellingVariants.spellings("hodeidah").contains("hodeida"));
    assertTrue(SpellingVariants.spellings("qalqilya").contains("qalqilyah"));
    assertTrue(SpellingVariants.spellings("suwayda").contains("assuwayda"));
    assertTrue(SpellingVariants.spellings("amara").contains("alamarah"));
    assertTrue(SpellingVariants.spellings("nassiriya").contains("nasiriya"));
    assertTrue(!SpellingVariants.spellings("hodeidah").contains("hodeidah"));
  }

  @Test
  void aRomanisationTheGazetteerLacks_findsTheTown() {
    assertTrue(gazetteer.lookup("Hodeidah").isEmpty());
    assertEquals(List.of(79415L), ids(gazetteer.variantsOf("Hodeidah"))); // GeoNames: Hodeida, Hodaidah
    assertEquals(List.of(282457L), ids(gazetteer.variantsOf("Qalqilya"))); // Qalqilyah
    assertEquals(172408L, ids(gazetteer.variantsOf("Suwayda")).get(0)); // As-Suwayda (after it, a Yemeni seat of no population)
    assertEquals(List.of(173811L), ids(gazetteer.variantsOf("Hasakah"))); // Al Hasakah
  }

  @Test
  void aSeatOfNoPopulation_isFoundByAnotherRomanisation() {
    // GeoNames: Al Qamishli and Al Hawijah, seats it gives population 0
    assertTrue(ids(gazetteer.variantsOf("Qamishli")).contains(173377L));
    assertTrue(ids(gazetteer.variantsOf("Hawija")).contains(390188L));
  }

  @Test
  void anArticleInsideTheName_isTriedWithItsOtherVowel() {
    assertEquals(List.of("deiralzour", "deirazzour", "deirezzour"), SpellingVariants.otherArticles(new String[] {"deir", "el", "zour"}));
    assertEquals(List.of("raselain"), SpellingVariants.otherArticles(new String[] {"ras", "al", "ain"}));
    assertEquals(List.of("sharmalsheikh", "sharmashsheikh", "sharmeshsheikh"), SpellingVariants.otherArticles(new String[] {"sharm", "el", "sheikh"}));
    // the article assimilated to a sun letter and back: "Jisr al-Shughur" is GeoNames' "Jisr ash Shughur", "an-Numan" also "al-Numan"
    assertEquals(List.of("jisrelshughur", "jisrashshughur", "jisreshshughur"), SpellingVariants.otherArticles(new String[] {"jisr", "al", "shughur"}));
    assertEquals(List.of("maarratennuman", "maarratalnuman", "maarratelnuman"), SpellingVariants.otherArticles(new String[] {"maarrat", "an", "numan"}));
    assertTrue(SpellingVariants.otherArticles(new String[] {"el", "fasher"}).isEmpty()); // an article before the name is another rule's
    assertTrue(SpellingVariants.otherArticles(new String[] {"new", "york"}).isEmpty());
    assertEquals(List.of(170794L), ids(gazetteer.variantsOf("Deir el-Zour"))); // GeoNames: Deir al-Zour
  }

  @Test
  void aProvinceNamedByItsSeatsRomanisation_isTheDivision() {
    List<Place> found = gazetteer.variantsOf("Hodeidah province");
    assertEquals(1, found.size());
    assertTrue(found.get(0).isDivision());
    assertEquals("YEM 08", found.get(0).country() + " " + found.get(0).admin1());
    List<Place> state = gazetteer.variantsOf("Khartoum state"); // a seat spelled as the gazetteer does
    assertEquals("SDN 29 true", state.get(0).country() + " " + state.get(0).admin1() + " " + state.get(0).isDivision());
  }

  @Test
  void wordsNoTownIsSpelledLike_findNothing() {
    assertTrue(gazetteer.variantsOf("Xqzvbl").isEmpty());
    assertTrue(gazetteer.variantsOf("Ah").isEmpty());
    assertTrue(gazetteer.variantsOf("Malaba").isEmpty()); // Malaba, Kenya, is found by its name, and too small for a variant
    assertTrue(gazetteer.variantsOf("Kuru region").isEmpty()); // no seat of that name
  }

  @Test
  void lookupOrVariants_triesOtherRomanisationsOnlyWhenTheNameIsUnknown() {
    assertTrue(gazetteer.lookup("Jisr al-Shughur").isEmpty());
    assertEquals(List.of(169023L), gazetteer.lookupOrVariants("Jisr al-Shughur").stream().map(Place::geonameId).toList());
    assertEquals(gazetteer.lookup("Hays"), gazetteer.lookupOrVariants("Hays")); // a name the gazetteer holds is its places alone
  }

  @Test
  void aRomanisationNoSpellingRuleReaches_isFoundByTheFold_nearestSpellingOnly() {
    // "Hawara" folds like Huwwarah (PSE), Haveri (IND) and Chavari (GRC); it is two letters from "Huwarah", three from the others
    assertEquals(List.of(283636L), ids(gazetteer.variantsOf("Hawara")));
    assertEquals(List.of(168325L), ids(gazetteer.variantsOf("Khan Sheikhoun"))); // Khan Shaykhun
    assertEquals(List.of(167611L), ids(gazetteer.variantsOf("Maarat al-Noman"))); // Ma'arrat an Nu'man
    assertEquals(List.of(1256414L), ids(gazetteer.variantsOf("Shopian"))); // Shupiyan
    assertEquals(List.of(90026L), ids(gazetteer.variantsOf("Tuz Khormato"))); // Tuz Khurmatu
  }

  @Test
  void theFold_neverAnswersForANameTheGazetteerHolds_norForTheCoder() {
    assertTrue(ids(gazetteer.lookup("Samar")).contains(499099L)); // Samara's own spelling "Samar": the fold is not asked
    assertTrue(gazetteer.lookupOrVariants("Hawara").isEmpty()); // the coder's places acted upon take no fold
    assertTrue(gazetteer.variantsOf("Tilbourg").isEmpty()); // Tilburg, NLD: a Latin-script country's towns are not folded
    assertTrue(gazetteer.variantsOf("Robotyne").isEmpty()); // a village GeoNames' cities500 lacks
  }
}
