package org.dyad.coder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dyad.model.Casualties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TollFinderTest {
  private static String counts(Casualties c) {
    return c.fatalities() + "/" + c.injured() + "/" + c.arrested();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Police opened fire on protesters, killing four civilians.|4/null/null",
      "Over 50 were detained after the march.|null/null/50",
      "The blast left 12 dead and 30 wounded.|12/30/null",
      "At least 1,200 people were killed in the offensive.|1200/null/null",
      "Police arrested 20 people after riots on Friday.|null/null/20",
      "Two soldiers were killed and three injured.|2/3/null",
      "A landmine killed a farmer and injured his son.|1/null/null",
      "Unknown gunmen shot dead a clan elder in Beledweyne.|1/null/null",
      "Villagers lynched two suspected kidnappers.|2/null/null"})
  void readsTheToll(String sentence, String expected) {
    assertEquals(expected, counts(new TollFinder().find(TokensForTests.of(sentence))), sentence);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Dozens were killed in the attack.",
      "Russia annexed Crimea in 2014.",
      "The ministers met on March 3 in Geneva.",
      "Two delegations held talks for three hours.",
      // CoreNLP splits "17-year-old" at its hyphens, as written here
      "Police shot dead a 17 - year - old in Nanterre.",
      "Doctors called off a 56 - day strike after talks."})
  void statesNoToll(String sentence) {
    assertTrue(new TollFinder().find(TokensForTests.of(sentence)).isEmpty(), sentence);
  }
}
