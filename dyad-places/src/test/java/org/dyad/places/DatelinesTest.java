package org.dyad.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.model.Span;
import org.dyad.model.Token;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatelinesTest {
  private static Datelines datelines;

  @BeforeAll
  static void load() throws IOException {
    datelines = new Datelines(Gazetteer.load());
  }

  /** Words and punctuation as the tokenizer splits them, with their character spans. */
  private static List<Token> tokens(String text) {
    List<Token> tokens = new ArrayList<>();
    Matcher m = Pattern.compile("[\\p{L}\\p{N}.']+(?<![.])|[^\\s\\p{L}\\p{N}]").matcher(text);
    while (m.find()) {
      tokens.add(new Token(tokens.size(), m.group(), m.group(), "NNP", new Span(m.start(), m.end())));
    }
    return tokens;
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "KYIV, Ukraine (Reuters) - Russian forces shelled Sumy.|Kyiv|UKR|7",
      "CAIRO, March 3 (AP) – Egypt said on Monday it would reopen the crossing.|Cairo|EGY|8",
      "KHARTOUM — The army retook the city.|Khartoum|SDN|2",
      "lagos: police arrested 30 protesters.|Lagos|NGA|2",
      "TRIPOLI, Lebanon - Clashes broke out overnight.|Tripoli|LBN|4"})
  void dateline_isFoundWithItsPlace(String text, String place, String country, int length) {
    Datelines.Dateline d = datelines.at(tokens(text)).orElseThrow(() -> new AssertionError("no dateline in " + text));
    assertEquals(place, d.place().name());
    assertEquals(country, d.place().country());
    assertEquals(length, d.length());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "US B-2 bombers struck three sites.",
      "Germany pledged to deliver four more IRIS-T systems.",
      "Paris, the capital, was calm on Sunday.",
      "Russia and Belarus agreed to hold exercises."})
  void noDateline_inOrdinarySentences(String text) {
    assertTrue(datelines.at(tokens(text)).isEmpty(), text);
  }
}
