package org.dyad.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.dyad.model.Dependency;
import org.dyad.model.Sentence;
import org.dyad.model.Span;
import org.dyad.model.Token;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A feature's hidden-layer row is the same float whether it was kept (computed once and stored)
 * or computed afresh past the budget, so parses do not depend on which rows a process happened to
 * keep.
 */
class ParserWeightsTest {
  private static ParserModel model;

  @BeforeAll
  static void load() {
    model = ParserModel.load(ParserWeights.ENGLISH_UD);
  }

  @Test
  void kept_and_computed_rows_are_the_same() {
    ParserWeights keeping = new ParserWeights(model, 1_000);
    ParserWeights computing = new ParserWeights(model, 0);
    int tokens = model.words.size() + model.tags.size() + model.labels.size();
    int[] samples = {0, 1, 2, 17, 500, 19_999, 20_000, 77_000, model.words.size(), model.words.size() + 51, tokens - 1};
    for (int token : samples) {
      for (int position = 0; position < ParserWeights.FEATURES; position++) {
        float[] kept = new float[2 * model.hidden];
        float[] computed = new float[2 * model.hidden];
        keeping.addFeature(token, position, kept, model.hidden);
        keeping.addFeature(token, position, kept, model.hidden); // the second time from the kept row
        computing.addFeature(token, position, computed, model.hidden);
        computing.addFeature(token, position, computed, model.hidden);
        assertArrayEquals(computed, kept, "token " + token + " at " + position);
      }
    }
  }

  @Test
  void rows_are_the_sums_of_the_embeddings_rows_in_order() {
    ParserWeights weights = new ParserWeights(model, 0);
    int tokens = model.words.size() + model.tags.size() + model.labels.size();
    for (int token = 0; token < tokens; token += 997) {
      for (int position = 0; position < ParserWeights.FEATURES; position++) {
        float[] byRows = new float[model.hidden];
        weights.precomputeByRows(token, position, byRows, 0);
        assertArrayEquals(byRows, weights.row(token, position), "token " + token + " at " + position);
      }
    }
  }

  @Test
  void parses_do_not_depend_on_the_row_budget() {
    Sentence sentence = sentence(
        "Russian/JJ forces/NNS shelled/VBD the/DT city/NN of/IN Kharkiv/NNP on/IN Monday/NNP ,/, officials/NNS said/VBD ./.");
    List<Dependency> kept = new NeuralDependencyParser(new ParserWeights(model, 60_000)).parse(List.of(sentence)).get(0);
    List<Dependency> computed = new NeuralDependencyParser(new ParserWeights(model, 0)).parse(List.of(sentence)).get(0);
    assertEquals(kept, computed);
    assertEquals(new Dependency(2, 1, "nsubj"), kept.get(1), "forces shelled");
    assertEquals(new Dependency(-1, 11, "root"), kept.get(11), "said is the root");
  }

  private static Sentence sentence(String tagged) {
    List<Token> tokens = new java.util.ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (String pair : tagged.split(" ")) {
      String word = pair.substring(0, pair.lastIndexOf('/'));
      if (text.length() > 0) {
        text.append(' ');
      }
      Span span = new Span(text.length(), text.length() + word.length());
      text.append(word);
      tokens.add(new Token(tokens.size(), word, word.toLowerCase(), pair.substring(pair.lastIndexOf('/') + 1), span));
    }
    return new Sentence(0, new Span(0, text.length()), text.toString(), tokens, List.of());
  }
}
