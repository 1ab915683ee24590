package org.dyad.pipeline;

import java.util.List;
import java.util.Objects;
import org.dyad.store.ReportMeaning;
import org.dyad.typer.EmbeddingTyper;

/**
 * Report sentences compared by the learned typer's sentence embedding (all-MiniLM-L6-v2, cosine
 * similarity), for the store's fusion by meaning: the sentences are embedded when the store asks,
 * never stored.
 *
 * <p>{@link #THRESHOLD} was chosen on labelled pairs of report sentences with the same dyad and
 * CAMEO root ({@code src/test/resources/org/dyad/pipeline/fusion-pairs.tsv}, README "Event
 * fusion"): 276 pairs of two different events from the gold sets {@code dev.jsonl}, {@code
 * real.jsonl} and {@code fresh-dev.jsonl}, and 24 pairs of one event told in two wordings. At 0.60,
 * 23 of the 24 same-event pairs and 16 % of the different-event pairs reach it, the best trade
 * (true minus false rate 0.80) short of fitting the lowest same-event pair.
 *
 * <p>The embeddings of the last {@link #REMEMBERED} sentences are kept (by text): a stored
 * report is often a candidate of several new reports, and the reports of one article share
 * sentences. The model gives one sentence the same vector every time, so this changes no
 * similarity. Thread-safe.
 */
final class SentenceMeaning implements ReportMeaning {
  /** The cosine similarity from which two borderline reports are of one event. */
  static final double THRESHOLD = 0.60;

  /** How many sentences' embeddings are kept: 384 floats each, about 2.5 MB in all. */
  static final int REMEMBERED = 1_024;

  private final EmbeddingTyper typer;
  /** The last sentences embedded, least recently used first; guarded by itself. */
  private final java.util.Map<String, float[]> remembered = new java.util.LinkedHashMap<>(256, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(java.util.Map.Entry<String, float[]> eldest) {
      return size() > REMEMBERED;
    }
  };

  SentenceMeaning(EmbeddingTyper typer) {
    this.typer = Objects.requireNonNull(typer, "typer");
  }

  @Override
  public double[] similarities(String sentence, List<String> others) {
    float[] a = embedding(sentence);
    double[] out = new double[others.size()];
    for (int i = 0; i < out.length; i++) {
      float[] b = embedding(others.get(i));
      double dot = 0;
      for (int j = 0; j < a.length; j++) {
        dot += a[j] * b[j];
      }
      out[i] = dot;
    }
    return out;
  }

  /** The sentence's embedding, remembered or computed (outside the lock: two threads may both compute one, alike). */
  private float[] embedding(String sentence) {
    synchronized (remembered) {
      float[] known = remembered.get(sentence);
      if (known != null) {
        return known;
      }
    }
    float[] v = typer.embed(sentence);
    synchronized (remembered) {
      remembered.put(sentence, v);
    }
    return v;
  }

  @Override
  public double threshold() {
    return THRESHOLD;
  }
}
