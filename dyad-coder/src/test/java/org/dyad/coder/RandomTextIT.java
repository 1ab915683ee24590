package org.dyad.coder;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.dyad.model.Event;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Invariants on random text built from the words the coder reacts to (actors, event words,
 * negations, modals, punctuation), seeded so a failure reproduces: coding never throws, and every
 * event's spans stay inside its sentence.
 */
class RandomTextIT {
  /** Events seen across all seeds: the invariants must have been exercised. */
  private static int events;

  private static final List<String> WORDS =
      List.of("Russia", "Ukraine", "NATO", "Putin", "Biden", "Trump", "'s", "troops", "government", "the", "Kremlin",
          "attacked", "warned", "did", "not", "would", "may", "have", "shelled", "met", "talks", "between", "and",
          "by", "was", "on", "assault", "missile", "strikes", "to", "mediate", "according", "officials", "said",
          "that", "if", "reportedly", "such", "concessions", "critics", "argue", ",", ".", "\"", "(", ")", "-", "—",
          "Hamas", "Israeli", "of", "yet", "has", "Washington", "held", "with", "Ukrainian", "Russian");

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 5, 8, 13, 21, 34, 55, 89})
  void randomText_codesWithoutErrorAndSpansStayInTheirSentence(long seed) {
    Random random = new Random(seed);
    StringBuilder text = new StringBuilder();
    for (int sentence = 0; sentence < 20; sentence++) {
      int length = 3 + random.nextInt(25);
      for (int w = 0; w < length; w++) {
        text.append(WORDS.get(random.nextInt(WORDS.size()))).append(random.nextInt(10) == 0 ? "" : " ");
      }
      text.append(random.nextInt(4) == 0 ? "\n" : ". ");
    }
    String article = text.toString();
    ArticleResult result = CodingFixture.code(article, "2024-11-18");
    events += result.events().size();
    for (Event e : result.events()) {
      String sentence = e.sentenceText();
      assertTrue(sentence.contains(e.span().of(article)), "event span outside its sentence, seed " + seed + ": " + e);
      assertTrue(sentence.contains(e.source().span().of(article)), "source span outside, seed " + seed);
      assertTrue(sentence.contains(e.target().span().of(article)), "target span outside, seed " + seed);
      assertTrue(e.span().contains(e.evidence().triggerSpan()), "trigger outside the event span, seed " + seed);
    }
  }

  @AfterAll
  static void invariants_wereExercised() {
    assertTrue(events > 10, "random text yielded only " + events + " events");
  }
}
