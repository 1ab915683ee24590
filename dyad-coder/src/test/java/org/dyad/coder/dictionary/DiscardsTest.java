package org.dyad.coder.dictionary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DiscardsTest {
  private final Discards discards = Dictionaries.builtIn().discards();

  DiscardsTest() throws IOException {}

  private static List<String> words(String s) {
    return List.of(s.toLowerCase(Locale.ROOT).split(" "));
  }

  @Test
  void sportsResult_isDiscarded() {
    assertEquals("football", discards.inSentence(words("Brazil beat Argentina 2-0 in a football qualifier")).orElseThrow().phrase());
    assertEquals("soccer", discards.inSentence(words("the soccer team crushed its rivals")).orElseThrow().phrase());
  }

  @Test
  void sportWordBeforePeople_isNews_notDiscarded() {
    assertTrue(discards.inSentence(words("Croatian police detained 12 football fans after clashes in Split")).isEmpty());
    assertTrue(discards.inSentence(words("Turkish police detained 40 soccer hooligans in Istanbul")).isEmpty());
    assertTrue(discards.inSentence(words("rival rugby supporters clashed with riot police")).isEmpty());
  }

  @Test
  void cancelledPhrase_doesNotHideAnotherDiscard() {
    assertEquals("football", discards.inSentence(words("football fans watched the football final")).orElseThrow().phrase());
  }
}
