package org.dyad.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.dyad.store.DuckDbStore;
import org.dyad.store.ExportFormat;

/**
 * Writes a Spark run's events in the field's formats ({@code --format gdelt|plover|…}) with {@code
 * dyad export}'s own writers, so that the two cannot drift apart: on the driver, the run's {@code
 * articles/} and {@code reports/} are loaded into a scratch DuckDB store ({@link
 * DuckDbStore#loadSparkRun}, as {@code dyad ingest --from-parquet} does) and exported from it. The
 * files go beside the Parquet as {@code events.<format>.<ext>}; the output may be any Hadoop path
 * (the parts are copied through the driver's local disk).
 */
final class FieldFormats {
  private FieldFormats() {}

  /** The file a format is written to under the output directory, e.g. {@code events.gdelt.tsv}. */
  static String fileName(ExportFormat format) {
    String ext = switch (format) {
      case GDELT, GDELT_MENTIONS, POLECAT -> "tsv";
      case PLOVER -> "jsonl";
      case ACLED, CSV -> "csv";
      case PARQUET -> "parquet";
    };
    return "events." + format.label() + "." + ext;
  }

  /** Writes each format's file under {@code out}; returns how many events each holds, in order. */
  static List<Long> write(Configuration hadoop, String out, List<ExportFormat> formats) throws IOException {
    List<Long> rows = new ArrayList<>();
    if (formats.isEmpty()) {
      return rows;
    }
    org.apache.hadoop.fs.Path outPath = new org.apache.hadoop.fs.Path(out);
    FileSystem fs = outPath.getFileSystem(hadoop);
    Path scratch = Files.createTempDirectory("dyad-spark-export");
    try {
      for (String part : List.of("articles", "reports")) {
        fs.copyToLocalFile(false, new org.apache.hadoop.fs.Path(outPath, part), new org.apache.hadoop.fs.Path(scratch.resolve(part).toUri()),
            true);
      }
      try (DuckDbStore store = DuckDbStore.open(scratch.resolve("run.duckdb"))) {
        store.loadSparkRun(scratch);
        for (ExportFormat format : formats) {
          Path file = scratch.resolve(fileName(format));
          rows.add(store.export(format, file, null, null));
          fs.copyFromLocalFile(true, true, new org.apache.hadoop.fs.Path(file.toUri()), new org.apache.hadoop.fs.Path(outPath, fileName(format)));
        }
      }
    } finally {
      try (Stream<Path> files = Files.walk(scratch)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
    return rows;
  }
}
