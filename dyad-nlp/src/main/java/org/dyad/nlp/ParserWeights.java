package org.dyad.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.stream.IntStream;
import java.util.zip.GZIPInputStream;

/**
 * The trained weights of CoreNLP's neural dependency parser (Chen and Manning 2014), read from the
 * model file CoreNLP itself loads, in float32 and laid out for {@link NeuralDependencyParser}'s
 * forward pass: the hidden layer's input weights transposed so that one feature adds contiguous
 * rows, a table of precomputed hidden-layer contributions for every tag and label feature and for
 * the frequent word features the model lists (more word features keep theirs once first
 * computed, up to a budget), and the output weights by transition. Thread-safe: the weights are
 * fixed and the rows computed on use are published atomically.
 *
 * <p>The model file is text: seven header lines ({@code dict=}, {@code pos=}, {@code label=},
 * {@code embeddingSize=}, {@code hiddenSize=}, {@code numTokens=}, {@code preComputed=}), one
 * embedding per word, tag and label, the hidden weights column by column, the hidden biases, the
 * output weights column by column, and the feature ids (token id × 48 + position) worth
 * precomputing.
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
  private final int tokens;
  private final float[] embeddings;
  /** Input weights, row {@code position × embedding + k} holds the {@code hidden} weights of that input. */
  private final float[] inputWeights;
  final float[] bias;
  /** Output weights, row {@code t} holds transition t's weight of every hidden unit. */
  final float[] outputWeights;
  /** Row of {@link #table} for feature {@code token × 48 + position}, or -1. */
  private final int[] tableRow;
  private final float[] table;
  /** Rows computed on first use for the word features outside {@link #table}, while the budget lasts. */
  private final AtomicReferenceArray<float[]> wordRows;
  private final AtomicInteger wordRowBudget;
  private final int words;

  private ParserWeights(Header header, List<String> words, List<String> tags, List<String> labels, float[] embeddings,
      float[] inputWeights, float[] bias, float[] outputWeights, int[] listed, int tableRows, int lazyRows) {
    this.hidden = header.hidden;
    this.embedding = header.embedding;
    this.labels = List.copyOf(labels.subList(1, labels.size()));
    this.transitions = 2 * this.labels.size() + 1;
    this.wordIds = ids(words, 0);
    this.tagIds = ids(tags, words.size());
    this.unknownWord = wordIds.get(UNKNOWN);
    this.nullWord = wordIds.get(NULL);
    this.rootWord = wordIds.get(ROOT);
    this.unknownTag = tagIds.get(UNKNOWN);
    this.nullTag = tagIds.get(NULL);
    this.rootTag = tagIds.get(ROOT);
    this.nullLabel = words.size() + tags.size() + labels.indexOf(NULL);
    this.tokens = words.size() + tags.size() + labels.size();
    this.embeddings = embeddings;
    this.inputWeights = inputWeights;
    this.bias = bias;
    this.outputWeights = outputWeights;
    this.words = words.size();
    this.wordRows = new AtomicReferenceArray<>(words.size() * TAGS_FROM);
    this.wordRowBudget = new AtomicInteger(lazyRows);
    this.tableRow = new int[tokens * FEATURES];
    Arrays.fill(tableRow, -1);
    List<Integer> keys = new ArrayList<>();
    for (int i = 0; i < Math.min(tableRows, listed.length); i++) {
      keys.add(listed[i]);
    }
    // Tags and labels have few values: every one of their features gets a row.
    for (int position = 18; position < FEATURES; position++) {
      int from = position < 36 ? words.size() : words.size() + tags.size();
      int to = position < 36 ? words.size() + tags.size() : tokens;
      for (int token = from; token < to; token++) {
        keys.add(token * FEATURES + position);
      }
    }
    int[] rows = keys.stream().mapToInt(Integer::intValue).distinct().toArray();
    this.table = new float[rows.length * hidden];
    for (int r = 0; r < rows.length; r++) {
      tableRow[rows[r]] = r;
    }
    IntStream.range(0, rows.length).parallel().forEach(r -> precompute(rows[r] / FEATURES, rows[r] % FEATURES, table, r * hidden));
  }

  /**
   * Loads a model file from the classpath, precomputing the first {@code tableRows} features the
   * model lists and at most {@code lazyRows} other word features when first used (each costs
   * {@code hidden} floats).
   */
  static ParserWeights load(String resource, int tableRows, int lazyRows) {
    try (InputStream in = ParserWeights.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("parser model not on the classpath: " + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(new GZIPInputStream(in, 1 << 16), StandardCharsets.UTF_8), 1 << 16);
      Header header = Header.read(reader);
      float[] embeddings = new float[(header.words + header.tags + header.labels) * header.embedding];
      List<String> words = readEmbeddings(reader, header.words, header.embedding, embeddings, 0);
      List<String> tags = readEmbeddings(reader, header.tags, header.embedding, embeddings, header.words);
      List<String> labels = readEmbeddings(reader, header.labels, header.embedding, embeddings, header.words + header.tags);
      int inputs = header.embedding * header.positions;
      // Each line is one input's weights to every hidden unit: already the transposed layout.
      float[] inputWeights = new float[inputs * header.hidden];
      for (int i = 0; i < inputs; i++) {
        readFloats(reader.readLine(), inputWeights, i * header.hidden, header.hidden, 0);
      }
      float[] bias = new float[header.hidden];
      readFloats(reader.readLine(), bias, 0, header.hidden, 0);
      int transitions = 2 * header.labels - 1;
      // Each line is one hidden unit's weights to every transition; stored by transition.
      float[] column = new float[transitions];
      float[] outputWeights = new float[header.hidden * transitions];
      for (int h = 0; h < header.hidden; h++) {
        readFloats(reader.readLine(), column, 0, transitions, 0);
        for (int t = 0; t < transitions; t++) {
          outputWeights[t * header.hidden + h] = column[t];
        }
      }
      int[] listed = new int[header.preComputed];
      int n = 0;
      for (String line; n < listed.length && (line = reader.readLine()) != null; ) {
        for (String id : line.split(" ")) {
          listed[n++] = Integer.parseInt(id);
        }
      }
      if (header.positions != FEATURES || n != listed.length) {
        throw new IllegalStateException("parser model " + resource + ": expected " + FEATURES + " features and "
            + listed.length + " precomputed ids, found " + header.positions + " and " + n);
      }
      return new ParserWeights(header, words, tags, labels, embeddings, inputWeights, bias, outputWeights, listed, tableRows, lazyRows);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read parser model " + resource, e);
    }
  }

  int wordId(String word) {
    return wordIds.getOrDefault(word, unknownWord);
  }

  int tagId(String tag) {
    return tagIds.getOrDefault(tag, unknownTag);
  }

  /** Adds feature {@code token} at {@code position} to a hidden layer's sums at {@code offset}. */
  void addFeature(int token, int position, float[] sums, int offset) {
    int row = tableRow[token * FEATURES + position];
    if (row >= 0) {
      int from = row * hidden;
      for (int h = 0; h < hidden; h++) {
        sums[offset + h] += table[from + h];
      }
      return;
    }
    float[] lazy = token < words ? wordRow(token, position) : null;
    if (lazy != null) {
      for (int h = 0; h < hidden; h++) {
        sums[offset + h] += lazy[h];
      }
    } else {
      contribution(token, position, sums, offset);
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

  /** A table row: summed in double, as CoreNLP precomputes, and rounded once. */
  private void precompute(int token, int position, float[] into, int offset) {
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

  /** Adds the product of the input weights of {@code position} and the token's embedding. */
  private void contribution(int token, int position, float[] sums, int offset) {
    int e = token * embedding;
    for (int k = 0; k < embedding; k++) {
      float x = embeddings[e + k];
      int w = (position * embedding + k) * hidden;
      for (int h = 0; h < hidden; h++) {
        sums[offset + h] += x * inputWeights[w + h];
      }
    }
  }

  private static Map<String, Integer> ids(List<String> names, int first) {
    Map<String, Integer> ids = new HashMap<>(names.size() * 2);
    for (int i = 0; i < names.size(); i++) {
      ids.put(names.get(i), first + i);
    }
    return Map.copyOf(ids);
  }

  private static List<String> readEmbeddings(BufferedReader reader, int count, int size, float[] into, int first) throws IOException {
    List<String> names = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      String line = reader.readLine();
      int space = line.indexOf(' ');
      names.add(line.substring(0, space));
      readFloats(line, into, (first + i) * size, size, space + 1);
    }
    return names;
  }

  /** Reads {@code count} space-separated numbers of a line from character {@code from}. */
  private static void readFloats(String line, float[] into, int offset, int count, int from) {
    int at = from;
    for (int i = 0; i < count; i++) {
      int end = line.indexOf(' ', at);
      if (end < 0) {
        end = line.length();
      }
      into[offset + i] = Float.parseFloat(line.substring(at, end));
      at = end + 1;
    }
  }

  private record Header(int words, int tags, int labels, int embedding, int hidden, int positions, int preComputed) {
    static Header read(BufferedReader reader) throws IOException {
      int[] values = new int[7];
      for (int i = 0; i < values.length; i++) {
        String line = reader.readLine();
        values[i] = Integer.parseInt(line.substring(line.indexOf('=') + 1));
      }
      return new Header(values[0], values[1], values[2], values[3], values[4], values[5], values[6]);
    }
  }
}
