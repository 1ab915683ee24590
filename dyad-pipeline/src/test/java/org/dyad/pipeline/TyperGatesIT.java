package org.dyad.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.dyad.coder.ArticleCoder;
import org.dyad.coder.ArticleResult;
import org.dyad.coder.dictionary.Dictionaries;
import org.dyad.coder.typing.EventTyper;
import org.dyad.coder.typing.Typing;
import org.dyad.model.Article;
import org.dyad.model.Event;
import org.dyad.nlp.CoreNlpBackend;
import org.dyad.places.Gazetteer;
import org.dyad.typer.EmbeddingTyper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Which sentences the hybrid coder embeds, with the real CoreNLP models and the real sentence
 * embedding: a sentence with no event word is parsed when it names two actors, or one and a place,
 * and embedded when the rules find a source and a target at its main verb, and not otherwise; a
 * rule-made event is reviewed only when the typer may refine its conflict type. The typer is the shipped one, wrapped to record what it was asked.
 */
class TyperGatesIT {
  private static ArticleCoder coder;
  private static final ConcurrentLinkedQueue<String> ASKED = new ConcurrentLinkedQueue<>();

  /** The shipped typer, recording each sentence it embeds. */
  private record Recording(EventTyper typer) implements EventTyper {
    @Override
    public Typing type(String sentence) {
      ASKED.add(sentence);
      return typer.type(sentence);
    }

    @Override
    public String describe() {
      return typer.describe();
    }
  }

  @BeforeAll
  static void load() throws IOException {
    coder = new ArticleCoder(new CoreNlpBackend(), Dictionaries.builtIn(), Gazetteer.load(), new Recording(EmbeddingTyper.load()));
  }

  private static ArticleResult code(String text) {
    ASKED.clear();
    return coder.code(new Article("t", "test", "", LocalDate.of(2024, 3, 10), text));
  }

  @Test
  void a_sentence_with_no_event_word_is_embedded_when_the_rules_find_both_sides() {
    ArticleResult r = code("Kenyan riot police chased demonstrators through Nairobi with tear gas.");
    assertEquals(List.of("Kenyan riot police chased demonstrators through Nairobi with tear gas."), List.copyOf(ASKED));
    assertEquals(List.of("KENCOP 17 KENCVL"), r.events().stream()
        .map(e -> e.source().actor().code() + " " + e.code().root() + " " + e.target().actor().code()).toList());
    assertTrue(r.events().get(0).evidence().rule().startsWith("model "), r.events().toString());
  }

  @Test
  void a_sentence_whose_main_verb_has_no_target_is_not_embedded() {
    ArticleResult r = code("The White House declined to comment on Tuesday.");
    assertEquals(List.of(), List.copyOf(ASKED));
    assertEquals(List.of(), r.events());
    assertTrue(r.traces().get(0).decisions().stream().anyMatch(d -> d.verdict().startsWith("not typed: the rules find no source and target")),
        r.traces().toString());
  }

  @Test
  void a_sentence_with_no_event_word_naming_one_actor_and_no_place_is_not_parsed_for_the_typer() {
    ArticleResult r = code("Dozens of supporters gathered outside the courthouse, holding signs and shouting slogans.");
    assertEquals(List.of(), List.copyOf(ASKED));
    assertEquals(List.of(), r.events());
    // stopped before tagging (TaggingFilter), or after it (HybridTyping#mayNameBothSides): never parsed
    assertTrue(r.traces().get(0).parse().isEmpty(), r.traces().toString());
    assertTrue(r.traces().get(0).skipped().startsWith("no event word"), r.traces().toString());
  }

  @Test
  void an_event_without_a_conflict_type_to_refine_is_not_reviewed() {
    ArticleResult r = code("French President Emmanuel Macron met German Chancellor Friedrich Merz in Berlin on Monday.");
    assertEquals(List.of(), List.copyOf(ASKED));
    assertTrue(!r.events().isEmpty(), "the rules code the meeting");
    for (Event e : r.events()) {
      assertEquals(1.0, e.evidence().confidence());
      assertEquals("", e.evidence().typing());
    }
  }

  @Test
  void an_attack_is_reviewed_for_its_conflict_type() {
    ArticleResult r = code("Russian troops attacked Ukrainian soldiers near Bakhmut on Monday.");
    assertEquals(1, ASKED.size(), List.copyOf(ASKED).toString());
    assertTrue(!r.events().isEmpty(), "the rules code the attack");
    assertTrue(r.events().stream().allMatch(e -> e.evidence().typing().contains("nearest: ")), r.events().toString());
  }
}
