package org.dyad.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.dyad.pipeline.Pipeline;

/**
 * One pipeline per executor JVM: the models (about 1.5 GB, seconds to load) are loaded by the
 * first task that needs them and shared by every later task of that executor, never loaded per
 * record or per task. This is the one static holder of models in Dyad, on purpose: Spark gives no
 * per-executor object to hang them on (a broadcast would ship the models over the wire), and a
 * static keyed by the settings is what "once per executor" means on the JVM. Thread-safe:
 * concurrent tasks wait for the one load.
 */
final class ExecutorPipelines {
  private static final Map<CoderSettings, Loaded> LOADED = new ConcurrentHashMap<>();

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
