package org.dyad.nlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.stream.IntStream;

/**
 * The trained weights of CoreNLP's neural dependency parser (Chen and Manning 2014), from the
 * model file CoreNLP itself loads ({@link ParserModel}), in float32 and laid out for {@link
 * NeuralDependencyParser}'s forward pass: the hidden layer's input weights transposed so that one
 * feature adds contiguous rows, a table of precomputed hidden-layer contributions for every tag
 * and label feature (1,440 rows), rows for word features computed when first used (up to a
 * budget), and the output layer ({@link OutputLayer}). Every row, kept or not, is the same sum in double
 * rounded once to float, so a parse does not depend on which rows happen to be kept. Thread-safe:
 * the weights are fixed and the rows computed on use are published atomically.
 *
 * <p>Word rows are not precomputed at load, as CoreNLP does for the 100,000 features its model
 * lists: 20,000 of them took a second of CPU at every start, and one article uses a few thousand.
 */
final class ParserWeights {
  /** The model CoreNLP's {@code depparse} annotator loads for English: basic Universal Dependencies. */
  static final String ENGLISH_UD = "edu/stanford/nlp/models/parser/nndep/english_UD.gz";
  static final int FEATURES = 48;
  /** Features 0-17 are words, 18-35 their tags, 36-47 labels. */
  private static final int TAGS_FROM = 18;
  static final String UNKNOWN = "-UNKNOWN-";
  static final String NULL = "-NULL-";
  static final String ROOT = "-ROOT-";

  final int hidden;
  final int embedding;
  /** Relation labels in transition order; the first is the root relation. */
  final List<String> labels;
  final int transitions;
  private final Map<String, Integer> wordIds;
  private final Map<String, Integer> tagIds;
  final int unknownWord;
  final int nullWord;
  final int rootWord;
  final int unknownTag;
  final int nullTag;
  final int rootTag;
  /** Token id of the null label; label {@code i} of {@link #labels} is {@code nullLabel + 1 + i}. */
  final int nullLabel;
  private final float[] embeddings;
  /** Input weights, row {@code position × embedding + k} holds the {@code hidden} weights of that input. */
  private final float[] inputWeights;
  final float[] bias;
  /** The output layer: a transition's score from the cubed hidden layer. */
  final OutputLayer output;
  /** Row of {@link #table} for tag or label feature {@code (token - words) × 48 + position}, or -1. */
  private final int[] tableRow;
  /** The tag and label features' rows, each an array of its own (a loop over it then runs from 0, which the JIT vectorises). */
  private final float[][] table;
  /** Rows computed on first use for word features, while the budget lasts. */
  private final AtomicReferenceArray<float[]> wordRows;
  private final AtomicInteger wordRowBudget;
  private final int words;

  /** The model's weights, with at most {@code wordRowBudget} word-feature rows kept once computed (each {@code hidden} floats). */
  ParserWeights(ParserModel model, int wordRowBudget) {
    this.hidden = model.hidden;
    this.embedding = model.embedding;
    this.labels = List.copyOf(model.labels.subList(1, model.labels.size()));
    this.transitions = 2 * this.labels.size() + 1;
    this.wordIds = ids(model.words, 0);
    this.tagIds = ids(model.tags, model.words.size());
    this.unknownWord = wordIds.get(UNKNOWN);
    this.nullWord = wordIds.get(NULL);
    this.rootWord = wordIds.get(ROOT);
    this.unknownTag = tagIds.get(UNKNOWN);
    this.nullTag = tagIds.get(NULL);
    this.rootTag = tagIds.get(ROOT);
    this.nullLabel = model.words.size() + model.tags.size() + model.labels.indexOf(NULL);
    this.embeddings = model.embeddings;
    this.inputWeights = model.inputWeights;
    this.bias = model.bias;
    this.output = new OutputLayer(model.outputWeights, transitions, hidden);
    this.words = model.words.size();
    this.wordRows = new AtomicReferenceArray<>(words * TAGS_FROM);
    this.wordRowBudget = new AtomicInteger(wordRowBudget);
    int tags = model.tags.size();
    int others = tags + model.labels.size();
    this.tableRow = new int[others * FEATURES];
    Arrays.fill(tableRow, -1);
    // Tags and labels have few values: every one of their features gets a row.
    List<Integer> keys = new ArrayList<>();
    for (int position = TAGS_FROM; position < FEATURES; position++) {
      int from = position < 36 ? 0 : tags;
      int to = position < 36 ? tags : others;
      for (int other = from; other < to; other++) {
        keys.add(other * FEATURES + position);
      }
    }
    this.table = new float[keys.size()][hidden];
    for (int r = 0; r < keys.size(); r++) {
      tableRow[keys.get(r)] = r;
    }
    IntStream.range(0, keys.size()).parallel()
        .forEach(r -> precompute(words + keys.get(r) / FEATURES, keys.get(r) % FEATURES, table[r], 0));
  }

  /** Loads a model from the classpath ({@link ParserModel#load}), keeping at most {@code wordRowBudget} word-feature rows. */
  static ParserWeights load(String resource, int wordRowBudget) {
    return new ParserWeights(ParserModel.load(resource), wordRowBudget);
  }

  int wordId(String word) {
    return wordIds.getOrDefault(word, unknownWord);
  }

  int tagId(String tag) {
    return tagIds.getOrDefault(tag, unknownTag);
  }

  /**
   * The hidden-layer row of feature {@code token} at {@code position}: the kept one, else one
   * computed afresh (the same floats). Callers must not change it.
   */
  float[] featureRow(int token, int position) {
    float[] row = null;
    if (token >= words) {
      int r = tableRow[(token - words) * FEATURES + position];
      row = r >= 0 ? table[r] : null;
    } else if (position < TAGS_FROM) {
      row = wordRow(token, position);
    }
    if (row == null) {
      row = new float[hidden];
      precompute(token, position, row, 0);
    }
    return row;
  }

  /** Adds feature {@code token} at {@code position} to a hidden layer's sums at {@code offset}. */
  void addFeature(int token, int position, float[] sums, int offset) {
    float[] row = featureRow(token, position);
    for (int h = 0; h < hidden; h++) {
      sums[offset + h] += row[h];
    }
  }

  /** The row of a word feature, computed on first use while the budget lasts; null past it. */
  private float[] wordRow(int word, int position) {
    int index = word * TAGS_FROM + position;
    float[] row = wordRows.get(index);
    if (row == null && wordRowBudget.get() > 0 && wordRowBudget.getAndDecrement() > 0) {
      row = new float[hidden];
      precompute(word, position, row, 0);
      wordRows.set(index, row); // two threads may both compute it: the same values
    }
    return row;
  }

  /**
   * A feature's row: summed in double, as CoreNLP precomputes, and rounded once. Each unit's sum
   * runs over the embedding in order, eight units at a time in registers: the same sums, bit for
   * bit, as adding the embedding's rows one after another into an array ({@link #precomputeByRows}),
   * but about 1.5 times as fast under C1, which a short run compiles with alone (a cold {@code code
   * bench/news} spent a quarter of its CPU here).
   */
  private void precompute(int token, int position, float[] into, int offset) {
    int e = token * embedding;
    int first = position * embedding * hidden;
    int h = 0;
    for (; h + 8 <= hidden; h += 8) {
      double s0 = 0;
      double s1 = 0;
      double s2 = 0;
      double s3 = 0;
      double s4 = 0;
      double s5 = 0;
      double s6 = 0;
      double s7 = 0;
      for (int k = 0, w = first + h; k < embedding; k++, w += hidden) {
        float x = embeddings[e + k];
        s0 += x * inputWeights[w];
        s1 += x * inputWeights[w + 1];
        s2 += x * inputWeights[w + 2];
        s3 += x * inputWeights[w + 3];
        s4 += x * inputWeights[w + 4];
        s5 += x * inputWeights[w + 5];
        s6 += x * inputWeights[w + 6];
        s7 += x * inputWeights[w + 7];
      }
      into[offset + h] = (float) s0;
      into[offset + h + 1] = (float) s1;
      into[offset + h + 2] = (float) s2;
      into[offset + h + 3] = (float) s3;
      into[offset + h + 4] = (float) s4;
      into[offset + h + 5] = (float) s5;
      into[offset + h + 6] = (float) s6;
      into[offset + h + 7] = (float) s7;
    }
    for (; h < hidden; h++) {
      double sum = 0;
      for (int k = 0, w = first + h; k < embedding; k++, w += hidden) {
        sum += embeddings[e + k] * inputWeights[w];
      }
      into[offset + h] = (float) sum;
    }
  }

  /** {@link #precompute} as a plain loop over the embedding's rows: the reference it must equal, for tests. */
  void precomputeByRows(int token, int position, float[] into, int offset) {
    double[] sums = new double[hidden];
    int e = token * embedding;
    for (int k = 0; k < embedding; k++) {
      float x = embeddings[e + k];
      int w = (position * embedding + k) * hidden;
      for (int h = 0; h < hidden; h++) {
        sums[h] += x * inputWeights[w + h];
      }
    }
    for (int h = 0; h < hidden; h++) {
      into[offset + h] = (float) sums[h];
    }
  }

  /** The row {@link #addFeature} adds for a feature, computed afresh. */
  float[] row(int token, int position) {
    float[] row = new float[hidden];
    precompute(token, position, row, 0);
    return row;
  }

  private static Map<String, Integer> ids(List<String> names, int first) {
    Map<String, Integer> ids = new HashMap<>(names.size() * 2);
    for (int i = 0; i < names.size(); i++) {
      ids.put(names.get(i), first + i);
    }
    return Map.copyOf(ids);
  }
}
