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
 */
record CoderSettings(String dictionaries, boolean hybrid) implements Serializable {
  Pipeline.Settings pipeline() {
    return new Pipeline.Settings(dictionaries == null ? null : Path.of(dictionaries), hybrid, 1);
  }
}
