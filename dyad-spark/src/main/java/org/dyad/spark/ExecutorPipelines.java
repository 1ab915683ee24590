package org.dyad.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.dyad.pipeline.Pipeline;
import org.dyad.store.ReportMeaning;

/**
 * One pipeline per executor JVM: the models (about 1.5 GB, seconds to load) are loaded by the
 * first task that needs them and shared by every later task of that executor, never loaded per
 * record or per task. This is the one static holder of models in Dyad, on purpose: Spark gives no
 * per-executor object to hang them on (a broadcast would ship the models over the wire), and a
 * static keyed by the settings is what "once per executor" means on the JVM. Fusion by meaning
 * ({@link #meaning}) uses the pipeline's sentence embedding when this executor loaded the
 * pipeline, else the embedding alone, loaded once. Thread-safe: concurrent tasks wait for the one load.
 */
final class ExecutorPipelines {
  private static final Map<CoderSettings, Loaded> LOADED = new ConcurrentHashMap<>();
  /** The sentence embedding alone, for fusion on an executor that coded nothing; loaded on first use. */
  private static volatile ReportMeaning meaningAlone;

  /**
   * A loaded pipeline and how long its load took, in milliseconds (the executor's start-up cost);
   * {@link #firstReport()} is true once per JVM, so the cost is counted once per executor.
   */
  record Loaded(Pipeline pipeline, long loadMillis, java.util.concurrent.atomic.AtomicBoolean reported) {
    boolean firstReport() {
      return reported.compareAndSet(false, true);
    }
  }

  private ExecutorPipelines() {}

  /**
   * This JVM's judge of the fusion rule's borderline cases for hybrid settings: the loaded
   * pipeline's ({@link Pipeline#meaning}), or the embedding alone (half a second, not the 1.5 GB
   * of models) when no task of this executor coded.
   */
  static ReportMeaning meaning(CoderSettings settings) {
    Loaded loaded = LOADED.get(settings);
    if (loaded != null && loaded.pipeline().meaning().isPresent()) {
      return loaded.pipeline().meaning().get();
    }
    ReportMeaning alone = meaningAlone;
    if (alone == null) {
      synchronized (ExecutorPipelines.class) {
        alone = meaningAlone;
        if (alone == null) {
          alone = Pipeline.loadMeaning();
          meaningAlone = alone;
        }
      }
    }
    return alone;
  }

  /** This JVM's pipeline for the settings, loading it on first use. */
  static Loaded get(CoderSettings settings) {
    return LOADED.computeIfAbsent(settings, s -> {
      long start = System.nanoTime();
      try {
        Pipeline p = Pipeline.load(s.pipeline());
        return new Loaded(p, (System.nanoTime() - start) / 1_000_000, new java.util.concurrent.atomic.AtomicBoolean());
      } catch (IOException e) {
        throw new UncheckedIOException("cannot load the coding pipeline: " + e.getMessage(), e);
      }
    });
  }
}
