package org.dyad.spark;

import java.io.Serializable;
import java.nio.file.Path;
import org.dyad.pipeline.Pipeline;

/**
 * The pipeline an executor builds, in a form Spark can ship to executors ({@link Pipeline.Settings}
 * holds a {@code Path}, which is not serializable). Each task codes on its own thread; an executor
 * runs as many tasks at once as it has cores, all on one shared pipeline.
 *
 * @param dictionaries a directory of dictionaries every executor can read, or {@code null} for the built-in set
 * @param hybrid whether the learned event typer is on
 * @param articleLimitSeconds the longest one article may take to code ({@link Pipeline.Settings#articleLimit}), at least 1
 */
record CoderSettings(String dictionaries, boolean hybrid, long articleLimitSeconds) implements Serializable {
  CoderSettings {
    if (articleLimitSeconds < 1) {
      throw new IllegalArgumentException("articleLimitSeconds must be >= 1, was " + articleLimitSeconds);
    }
  }

  /** Settings with the default article limit. */
  CoderSettings(String dictionaries, boolean hybrid) {
    this(dictionaries, hybrid, Pipeline.Settings.ARTICLE_LIMIT.toSeconds());
  }

  Pipeline.Settings pipeline() {
    return new Pipeline.Settings(dictionaries == null ? null : Path.of(dictionaries), hybrid, 1,
        java.time.Duration.ofSeconds(articleLimitSeconds));
  }
}
