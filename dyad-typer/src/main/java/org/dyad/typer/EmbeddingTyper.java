package org.dyad.typer;

import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.ArrayList;
import java.util.List;
import org.dyad.coder.typing.EventTyper;
import org.dyad.coder.typing.Exemplar;
import org.dyad.coder.typing.Typing;

/**
 * Types a sentence by the exemplars nearest to it under the quantized all-MiniLM-L6-v2 sentence
 * embedding (384 dimensions, unit length, run in-process by ONNX Runtime; model and tokenizer
 * come inside the langchain4j jar, nothing is downloaded). The exemplars' vectors are precomputed
 * ({@code exemplars.f32}); a sentence is embedded once and compared with every exemplar by dot
 * product (= cosine similarity). One model (one ONNX session) serves every thread and every
 * filtered bank ({@link #withBank}). Immutable and thread-safe.
 */
public final class EmbeddingTyper implements EventTyper {
  /** How many nearest CAMEO (and "none") exemplars {@link #type} returns. */
  public static final int CAMEO_K = 10;
  /** How many nearest sub-event type exemplars {@link #type} returns. */
  public static final int SUB_EVENT_K = 3;

  static {
    // DJL (the tokenizer's runtime) would otherwise try to download missing native libraries and,
    // on some hosts, "call home" with telemetry. Dyad downloads nothing at run time.
    setIfAbsent("ai.djl.offline", "true");
    setIfAbsent("OPT_OUT_TRACKING", "true");
  }

  private static void setIfAbsent(String key, String value) {
    if (System.getProperty(key) == null) {
      System.setProperty(key, value);
    }
  }

  private final EmbeddingModel model;
  private final ExemplarBank bank;
  private final float[] vectors;
  private final int[] cameo;
  private final int[] subEvents;

  private EmbeddingTyper(EmbeddingModel model, ExemplarBank bank, float[] vectors) {
    this.model = model;
    this.bank = bank;
    this.vectors = vectors;
    List<Exemplar> all = bank.exemplars();
    int[] c = new int[all.size()];
    int[] s = new int[all.size()];
    int nc = 0;
    int ns = 0;
    for (int i = 0; i < all.size(); i++) {
      if (all.get(i).kind().equals("subevent")) {
        s[ns++] = i;
      } else {
        c[nc++] = i;
      }
    }
    this.cameo = java.util.Arrays.copyOf(c, nc);
    this.subEvents = java.util.Arrays.copyOf(s, ns);
  }

  /**
   * The typer over the shipped exemplar bank and its precomputed vectors, with the model loaded.
   *
   * @throws IllegalStateException when exemplars.f32 was not computed from the shipped exemplars.tsv
   */
  public static EmbeddingTyper load() {
    ExemplarBank bank = ExemplarBank.load();
    return new EmbeddingTyper(MiniLm.load(), bank, ExemplarVectors.load(bank));
  }

  /** A typer over a filtered bank ({@link ExemplarBank#excluding}), reusing the vectors. */
  public EmbeddingTyper withBank(ExemplarBank filtered) {
    if (!filtered.sha256().equals(bank.sha256()) || filtered.shippedSize() != bank.shippedSize()) {
      throw new IllegalArgumentException("the bank " + filtered + " was not filtered from this typer's " + bank);
    }
    return new EmbeddingTyper(model, filtered, vectors);
  }

  public ExemplarBank bank() {
    return bank;
  }

  @Override
  public Typing type(String sentence) {
    return type(embed(sentence));
  }

  /** Types an embedding from {@link #embed} (to compare one sentence with several banks). */
  public Typing type(float[] embedding) {
    if (embedding.length != ExemplarVectors.DIMENSION) {
      throw new IllegalArgumentException("embedding of dimension " + embedding.length);
    }
    return new Typing(nearest(embedding, cameo, CAMEO_K), nearest(embedding, subEvents, SUB_EVENT_K));
  }

  /** The sentence's unit-length embedding. */
  public float[] embed(String sentence) {
    return embedding(model, sentence);
  }

  /** The unit-length embedding of a text under a model (what {@link BuildExemplarVectors} stores too). */
  static float[] embedding(EmbeddingModel model, String sentence) {
    float[] v = model.embed(sentence.isBlank() ? "." : sentence).content().vector();
    double norm = 0;
    for (float x : v) {
      norm += x * x;
    }
    norm = Math.sqrt(norm);
    if (norm > 0 && Math.abs(norm - 1) > 1e-4) {
      for (int i = 0; i < v.length; i++) {
        v[i] /= norm;
      }
    }
    return v;
  }

  /**
   * The k exemplars among {@code candidates} (indexes into the bank) most similar to q, best first.
   * Four exemplars are compared at a time, each dot product summed in its own accumulator in the
   * same order as one at a time (Java does not reorder float sums, so the similarities are the same
   * to the bit): the four sums do not wait on each other, which makes the search about three times
   * faster than one running sum.
   */
  private List<Typing.Neighbour> nearest(float[] q, int[] candidates, int k) {
    TopK top = new TopK(k);
    int i = 0;
    for (; i + 4 <= candidates.length; i += 4) {
      int o0 = bank.row(candidates[i]) * DIM;
      int o1 = bank.row(candidates[i + 1]) * DIM;
      int o2 = bank.row(candidates[i + 2]) * DIM;
      int o3 = bank.row(candidates[i + 3]) * DIM;
      float d0 = 0;
      float d1 = 0;
      float d2 = 0;
      float d3 = 0;
      for (int j = 0; j < DIM; j++) {
        float x = q[j];
        d0 += x * vectors[o0 + j];
        d1 += x * vectors[o1 + j];
        d2 += x * vectors[o2 + j];
        d3 += x * vectors[o3 + j];
      }
      top.offer(candidates[i], d0);
      top.offer(candidates[i + 1], d1);
      top.offer(candidates[i + 2], d2);
      top.offer(candidates[i + 3], d3);
    }
    for (; i < candidates.length; i++) {
      int off = bank.row(candidates[i]) * DIM;
      float dot = 0;
      for (int j = 0; j < DIM; j++) {
        dot += q[j] * vectors[off + j];
      }
      top.offer(candidates[i], dot);
    }
    List<Typing.Neighbour> out = new ArrayList<>(top.n);
    for (int j = 0; j < top.n; j++) {
      out.add(new Typing.Neighbour(bank.exemplars().get(top.best[j]), top.sim[j]));
    }
    return out;
  }

  private static final int DIM = ExemplarVectors.DIMENSION;

  /** The k best (exemplar, similarity) offered so far, best first; of equal similarities the first offered ranks first. */
  private static final class TopK {
    final int[] best;
    final float[] sim;
    int n;

    TopK(int k) {
      best = new int[k];
      sim = new float[k];
    }

    void offer(int candidate, float dot) {
      int k = best.length;
      if (n < k || dot > sim[n - 1]) {
        int pos = n < k ? n++ : k - 1;
        while (pos > 0 && sim[pos - 1] < dot) {
          sim[pos] = sim[pos - 1];
          best[pos] = best[pos - 1];
          pos--;
        }
        sim[pos] = dot;
        best[pos] = candidate;
      }
    }
  }

  @Override
  public String describe() {
    return String.format(java.util.Locale.ROOT, "all-MiniLM-L6-v2-q, %,d exemplars", bank.size());
  }
}
