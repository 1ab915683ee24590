package org.dyad.nlp;

import java.io.BufferedReader;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * The numbers of CoreNLP's neural dependency parser model, as float32 and in the layout {@link
 * ParserWeights} computes with: vocabularies, embeddings, the input weights by input, the hidden
 * biases and the output weights by transition. Read from the text model CoreNLP loads (6.5
 * million numbers written in decimal, about 1.5 s to parse), or from Dyad's binary copy of it
 * ({@link #writeBinary}), which the build writes beside the classes ({@link BuildParserModel}) and
 * which reads in a tenth of that: the same floats, bit for bit, since both are the text's numbers
 * rounded once to float.
 *
 * <p>The text model: seven header lines ({@code dict=}, {@code pos=}, {@code label=}, {@code
 * embeddingSize=}, {@code hiddenSize=}, {@code numTokens=}, {@code preComputed=}), one embedding
 * per word, tag and label, the hidden weights column by column, the hidden biases, the output
 * weights column by column, then feature ids CoreNLP precomputes (not read: Dyad computes a word
 * feature's row when first used).
 *
 * <p>Not a record: its arrays are large and shared, not values to compare. Immutable once read.
 */
final class ParserModel {
  private static final String MAGIC = "dyad-nndep-f32 1";

  /** The word vocabulary, in the model's order (token ids from 0). */
  final List<String> words;
  /** The tag vocabulary (token ids follow the words). */
  final List<String> tags;
  /** The label vocabulary with the null label (token ids follow the tags). */
  final List<String> labels;
  final int embedding;
  final int hidden;
  /** Features of a configuration. */
  final int positions;
  /** Every token's embedding, one after another. */
  final float[] embeddings;
  /** Row {@code position × embedding + k} holds the {@code hidden} weights of that input. */
  final float[] inputWeights;
  final float[] bias;
  /** Row {@code t} holds transition t's weight of every hidden unit. */
  final float[] outputWeights;

  ParserModel(List<String> words, List<String> tags, List<String> labels, int embedding, int hidden, int positions,
      float[] embeddings, float[] inputWeights, float[] bias, float[] outputWeights) {
    this.words = List.copyOf(words);
    this.tags = List.copyOf(tags);
    this.labels = List.copyOf(labels);
    this.embedding = embedding;
    this.hidden = hidden;
    this.positions = positions;
    this.embeddings = embeddings;
    this.inputWeights = inputWeights;
    this.bias = bias;
    this.outputWeights = outputWeights;
    int tokens = words.size() + tags.size() + labels.size();
    if (embeddings.length != tokens * embedding || inputWeights.length != positions * embedding * hidden || bias.length != hidden
        || outputWeights.length != transitions(labels.size()) * hidden) {
      throw new IllegalArgumentException("parser model arrays do not fit its sizes: " + tokens + " tokens, embedding " + embedding
          + ", hidden " + hidden + ", positions " + positions);
    }
  }

  /** Left and right arcs for every label but the null one, and shift. */
  static int transitions(int labelsWithNull) {
    return 2 * (labelsWithNull - 1) + 1;
  }

  /** Loads a model from the classpath: Dyad's binary copy when the build made one, else CoreNLP's text. */
  static ParserModel load(String resource) {
    ClassLoader loader = ParserModel.class.getClassLoader();
    try (InputStream binary = loader.getResourceAsStream(binaryResource(resource))) {
      if (binary != null) {
        return readBinary(binary);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read parser model " + binaryResource(resource), e);
    }
    return loadText(resource);
  }

  /** Loads CoreNLP's text model from the classpath. */
  static ParserModel loadText(String resource) {
    try (InputStream in = ParserModel.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("parser model not on the classpath: " + resource);
      }
      return readText(new BufferedReader(new InputStreamReader(new GZIPInputStream(in, 1 << 16), StandardCharsets.UTF_8), 1 << 16),
          resource);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read parser model " + resource, e);
    }
  }

  /** Where the build puts the binary copy of a model: {@code org/dyad/nlp/} and the model's file name, {@code .f32} for {@code .gz}. */
  static String binaryResource(String resource) {
    String name = resource.substring(resource.lastIndexOf('/') + 1).replaceFirst("\\.gz$", "");
    return "org/dyad/nlp/" + name + ".f32";
  }

  static ParserModel readText(BufferedReader reader, String source) throws IOException {
    int[] header = new int[7];
    for (int i = 0; i < header.length; i++) {
      String line = reader.readLine();
      header[i] = Integer.parseInt(line.substring(line.indexOf('=') + 1));
    }
    int wordCount = header[0];
    int tagCount = header[1];
    int labelCount = header[2];
    int embedding = header[3];
    int hidden = header[4];
    int positions = header[5];
    if (positions != ParserWeights.FEATURES) {
      throw new IllegalStateException("parser model " + source + ": expected " + ParserWeights.FEATURES + " features, found " + positions);
    }
    float[] embeddings = new float[(wordCount + tagCount + labelCount) * embedding];
    List<String> words = readEmbeddings(reader, wordCount, embedding, embeddings, 0);
    List<String> tags = readEmbeddings(reader, tagCount, embedding, embeddings, wordCount);
    List<String> labels = readEmbeddings(reader, labelCount, embedding, embeddings, wordCount + tagCount);
    int inputs = embedding * positions;
    // Each line is one input's weights to every hidden unit: already the transposed layout.
    float[] inputWeights = new float[inputs * hidden];
    for (int i = 0; i < inputs; i++) {
      readFloats(reader.readLine(), inputWeights, i * hidden, hidden, 0);
    }
    float[] bias = new float[hidden];
    readFloats(reader.readLine(), bias, 0, hidden, 0);
    int transitions = transitions(labelCount);
    // Each line is one hidden unit's weights to every transition; stored by transition.
    float[] column = new float[transitions];
    float[] outputWeights = new float[hidden * transitions];
    for (int h = 0; h < hidden; h++) {
      readFloats(reader.readLine(), column, 0, transitions, 0);
      for (int t = 0; t < transitions; t++) {
        outputWeights[t * hidden + h] = column[t];
      }
    }
    return new ParserModel(words, tags, labels, embedding, hidden, positions, embeddings, inputWeights, bias, outputWeights);
  }

  /** Writes the binary copy: a magic line, the sizes, the vocabularies and the arrays as big-endian floats. */
  void writeBinary(OutputStream out) throws IOException {
    DataOutputStream data = new DataOutputStream(out);
    data.writeUTF(MAGIC);
    data.writeInt(embedding);
    data.writeInt(hidden);
    data.writeInt(positions);
    for (List<String> names : List.of(words, tags, labels)) {
      data.writeInt(names.size());
      for (String name : names) {
        data.writeUTF(name);
      }
    }
    for (float[] values : List.of(embeddings, inputWeights, bias, outputWeights)) {
      ByteBuffer bytes = ByteBuffer.allocate(values.length * Float.BYTES);
      bytes.asFloatBuffer().put(values);
      data.write(bytes.array());
    }
    data.flush();
  }

  static ParserModel readBinary(InputStream in) throws IOException {
    DataInputStream data = new DataInputStream(new java.io.BufferedInputStream(in, 1 << 16));
    String magic = data.readUTF();
    if (!magic.equals(MAGIC)) {
      throw new IOException("not a Dyad parser model: starts with " + magic);
    }
    int embedding = data.readInt();
    int hidden = data.readInt();
    int positions = data.readInt();
    List<List<String>> vocabularies = new ArrayList<>(3);
    for (int v = 0; v < 3; v++) {
      int size = data.readInt();
      List<String> names = new ArrayList<>(size);
      for (int i = 0; i < size; i++) {
        names.add(data.readUTF());
      }
      vocabularies.add(names);
    }
    int tokens = vocabularies.get(0).size() + vocabularies.get(1).size() + vocabularies.get(2).size();
    float[] embeddings = readFloats(data, tokens * embedding);
    float[] inputWeights = readFloats(data, positions * embedding * hidden);
    float[] bias = readFloats(data, hidden);
    float[] outputWeights = readFloats(data, transitions(vocabularies.get(2).size()) * hidden);
    return new ParserModel(vocabularies.get(0), vocabularies.get(1), vocabularies.get(2), embedding, hidden, positions, embeddings,
        inputWeights, bias, outputWeights);
  }

  private static float[] readFloats(DataInputStream data, int count) throws IOException {
    byte[] bytes = new byte[count * Float.BYTES];
    data.readFully(bytes);
    float[] values = new float[count];
    ByteBuffer.wrap(bytes).asFloatBuffer().get(values);
    return values;
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
}
