package org.dyad.nlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.dyad.model.Dependency;
import org.dyad.model.Sentence;
import org.dyad.model.Token;

/**
 * Dyad's own inference for CoreNLP's neural dependency parser: the same model ({@link
 * ParserWeights}), features, transition system ({@link ArcStandardState}) and greedy choice of
 * the best-scoring legal transition, computed in float32 where CoreNLP computes in double. The
 * sentences of a call advance in lockstep, one transition each per step, so that the output
 * layer's weights are read once per step for all of them (a matrix–matrix product) rather than
 * once per sentence.
 *
 * <p>Thread-safe: the weights are immutable and each call has its own working arrays.
 */
final class NeuralDependencyParser implements SentenceParser {
  private static final int WORDS = 0;
  private static final int TAGS = 18;
  private static final int LABELS = 36;
  private final ParserWeights weights;

  NeuralDependencyParser(ParserWeights weights) {
    this.weights = weights;
  }

  /** Each sentence's basic UD tree, one edge per token, ordered by dependent; an empty sentence gets none. */
  @Override
  public List<List<Dependency>> parse(List<Sentence> sentences) {
    Parse[] parses = new Parse[sentences.size()];
    for (int s = 0; s < parses.length; s++) {
      parses[s] = new Parse(sentences.get(s).tokens(), weights);
    }
    Parse[] active = Arrays.stream(parses).filter(p -> !p.state.isTerminal()).toArray(Parse[]::new);
    Parse[] scored = new Parse[active.length];
    float[][] cubes = new float[active.length][weights.hidden];
    float[][] rows = new float[ParserWeights.FEATURES][];
    float[] scores = new float[active.length * weights.transitions];
    float[][] partial = weights.output.workspace(active.length);
    int[] features = new int[ParserWeights.FEATURES];
    int live = active.length;
    while (live > 0) {
      // A configuration where one transition alone is legal takes it unscored, as the argmax would.
      int ready = 0;
      for (int b = 0; b < live; b++) {
        int only = active[b].state.onlyTransition();
        if (only >= 0) {
          active[b].state.apply(only);
        } else {
          scored[ready++] = active[b];
        }
      }
      hiddenLayer(scored, ready, features, rows, cubes);
      weights.output.score(cubes, ready, scores, partial);
      for (int b = 0; b < ready; b++) {
        scored[b].state.apply(best(scored[b].state, scores, b * weights.transitions, weights.transitions));
      }
      int still = 0;
      for (int b = 0; b < live; b++) {
        if (!active[b].state.isTerminal()) {
          active[still++] = active[b];
        }
      }
      live = still;
    }
    List<List<Dependency>> trees = new ArrayList<>(parses.length);
    for (Parse parse : parses) {
      trees.add(edges(parse.state));
    }
    return trees;
  }

  /**
   * The hidden layer of each configuration: its features' rows summed in feature order, plus the
   * bias, cubed. Four rows are added in one pass over the sums, in the same order as one by one.
   */
  private void hiddenLayer(Parse[] parses, int count, int[] features, float[][] rows, float[][] cubes) {
    float[] bias = weights.bias;
    for (int b = 0; b < count; b++) {
      features(parses[b].state, parses[b].words, parses[b].tags, features);
      for (int position = 0; position < features.length; position++) {
        rows[position] = weights.featureRow(features[position], position);
      }
      float[] sums = cubes[b];
      Arrays.fill(sums, 0f);
      int position = 0;
      for (; position + 4 <= rows.length; position += 4) {
        addRows(sums, rows[position], rows[position + 1], rows[position + 2], rows[position + 3]);
      }
      for (; position < rows.length; position++) {
        addRows(sums, rows[position]);
      }
      cube(sums, bias);
    }
  }

  private static void addRows(float[] sums, float[] r0, float[] r1, float[] r2, float[] r3) {
    for (int h = 0; h < sums.length; h++) {
      sums[h] = (((sums[h] + r0[h]) + r1[h]) + r2[h]) + r3[h];
    }
  }

  private static void addRows(float[] sums, float[] row) {
    for (int h = 0; h < sums.length; h++) {
      sums[h] += row[h];
    }
  }

  private static void cube(float[] sums, float[] bias) {
    for (int h = 0; h < sums.length; h++) {
      float x = sums[h] + bias[h];
      sums[h] = x * x * x;
    }
  }

  /** The highest-scoring transition the state allows; the first of equal scores. */
  private static int best(ArcStandardState state, float[] scores, int from, int transitions) {
    int best = -1;
    float top = Float.NEGATIVE_INFINITY;
    for (int t = 0; t < transitions; t++) {
      if (scores[from + t] > top && state.canApply(t)) {
        top = scores[from + t];
        best = t;
      }
    }
    if (best < 0) {
      throw new IllegalStateException("no transition applies in a configuration that is not terminal");
    }
    return best;
  }

  /**
   * The 48 features of Chen and Manning (2014) as CoreNLP orders them: words of the top three of
   * the stack and the first three of the buffer, then of the two leftmost and rightmost children
   * of the stack's top two and of their leftmost child's leftmost and rightmost child's rightmost
   * child; the same words' tags; the children's labels.
   */
  private void features(ArcStandardState c, int[] wordIds, int[] tagIds, int[] into) {
    for (int j = 2; j >= 0; j--) {
      word(c.stack(j), 2 - j, wordIds, tagIds, into);
    }
    for (int j = 0; j <= 2; j++) {
      word(c.buffer(j), 3 + j, wordIds, tagIds, into);
    }
    for (int j = 0; j <= 1; j++) {
      int k = c.stack(j);
      int at = 6 + 6 * j;
      child(c, c.leftmost(k), at, wordIds, tagIds, into);
      child(c, c.rightmost(k), at + 1, wordIds, tagIds, into);
      child(c, c.secondLeftmost(k), at + 2, wordIds, tagIds, into);
      child(c, c.secondRightmost(k), at + 3, wordIds, tagIds, into);
      child(c, c.leftmost(c.leftmost(k)), at + 4, wordIds, tagIds, into);
      child(c, c.rightmost(c.rightmost(k)), at + 5, wordIds, tagIds, into);
    }
  }

  private void word(int index, int position, int[] wordIds, int[] tagIds, int[] into) {
    into[WORDS + position] = index < 0 ? weights.nullWord : wordIds[index];
    into[TAGS + position] = index < 0 ? weights.nullTag : tagIds[index];
  }

  private void child(ArcStandardState c, int index, int position, int[] wordIds, int[] tagIds, int[] into) {
    word(index, position, wordIds, tagIds, into);
    into[LABELS + position - 6] = index <= 0 ? weights.nullLabel : weights.nullLabel + 1 + c.label[index];
  }

  /**
   * The tree as CoreNLP reports it: a root relation under a word is {@code dep}, and a nominal or
   * clausal subject of a word with a passive auxiliary is {@code nsubj:pass} or {@code csubj:pass}
   * (CoreNLP's conversion to a grammatical structure corrects both).
   */
  private List<Dependency> edges(ArcStandardState state) {
    int words = state.head.length - 1;
    boolean[] passive = new boolean[words + 1];
    for (int i = 1; i <= words; i++) {
      if (state.head[i] > 0 && weights.labels.get(state.label[i]).equals("aux:pass")) {
        passive[state.head[i]] = true;
      }
    }
    List<Dependency> edges = new ArrayList<>(words);
    for (int i = 1; i <= words; i++) {
      int head = state.head[i];
      String relation = head == 0 ? "root" : weights.labels.get(state.label[i]);
      if (head > 0 && relation.equals("root")) {
        relation = "dep";
      } else if (head > 0 && passive[head] && (relation.equals("nsubj") || relation.equals("csubj"))) {
        relation += ":pass";
      }
      edges.add(new Dependency(head - 1, i - 1, relation));
    }
    return edges;
  }

  /** One sentence being parsed: its configuration and its words' and tags' ids, the root's at 0. */
  private static final class Parse {
    final ArcStandardState state;
    final int[] words;
    final int[] tags;

    Parse(List<Token> tokens, ParserWeights weights) {
      this.state = new ArcStandardState(tokens.size(), weights.labels.size());
      this.words = new int[tokens.size() + 1];
      this.tags = new int[tokens.size() + 1];
      words[0] = weights.rootWord;
      tags[0] = weights.rootTag;
      for (int i = 0; i < tokens.size(); i++) {
        words[i + 1] = weights.wordId(tokens.get(i).word());
        tags[i + 1] = weights.tagId(tokens.get(i).pos());
      }
    }
  }
}
