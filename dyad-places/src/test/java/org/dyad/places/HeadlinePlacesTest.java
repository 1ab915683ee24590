package org.dyad.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.model.Span;
import org.dyad.model.Token;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class HeadlinePlacesTest {
  private static Gazetteer gazetteer;

  @BeforeAll
  static void load() throws IOException {
    gazetteer = Gazetteer.load();
  }

  private static List<int[]> words(String text) {
    List<int[]> words = new ArrayList<>();
    Matcher m = Pattern.compile("\\p{L}+").matcher(text);
    while (m.find()) {
      words.add(new int[] {m.start(), m.end()});
    }
    return words;
  }

  private static Place named(String name, String country) {
    return gazetteer.lookup(name).stream().filter(p -> p.country().equals(country)).findFirst().orElseThrow();
  }

  @Test
  void eachHeadline_hasItsLastLocativesObject() {
    String text = "Gunmen Kill Seven In Attack On Village Near Dikwa\nBandits Abduct 20 Villagers In Zurmi. Police Fire Tear Gas";
    List<int[]> words = words(text);
    Set<Integer> found = HeadlinePlaces.lastLocativeObjects(text, words);
    assertEquals(Set.of(8, 13), found); // Dikwa (not Attack), Zurmi; the third headline has none
    assertEquals("Dikwa", text.substring(words.get(8)[0], words.get(8)[1]));
  }

  @Test
  void aSeatADivisionOrATownOf20000_mayBeTheHeadlinesPlace_byItsOwnName() {
    assertTrue(HeadlinePlaces.mayBe(named("Tessalit", "MLI"), "Tessalit")); // a seat GeoNames gives no population
    assertTrue(HeadlinePlaces.mayBe(named("Zamfara", "NGA"), "Zamfara")); // a division
    assertFalse(HeadlinePlaces.mayBe(named("Market", "USA"), "Market")); // Marquette, Michigan, spelled "Market" among its alternates
    assertFalse(HeadlinePlaces.mayBe(named("Home", "USA"), "Home")); // a village of 1,377
    assertFalse(HeadlinePlaces.mayBe(named("North", "CMR"), "North")); // a part of a place, whatever division bears the name
  }

  @Test
  void atEnd_isTheObjectOfTheSentencesLastLocative() {
    List<Token> tokens = new ArrayList<>();
    String[] w = {"Soldiers", "kill", "militants", "in", "Kidal", "near", "Tessalit"};
    for (int i = 0; i < w.length; i++) {
      tokens.add(new Token(i, w[i], w[i], "NNP", new Span(i * 10, i * 10 + w[i].length())));
    }
    assertTrue(HeadlinePlaces.atEnd(tokens, 6));
    assertFalse(HeadlinePlaces.atEnd(tokens, 4)); // another locative follows
    assertFalse(HeadlinePlaces.atEnd(tokens, 2)); // no locative before it
  }
}
