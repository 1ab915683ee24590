package org.dyad.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import org.dyad.ingest.TextFiles;
import org.dyad.ingest.WebSource;
import picocli.CommandLine.Option;

/** Options of every command that reads and codes articles: {@code --date} and {@code --threads}. */
final class ArticleOptions {
  @Option(names = "--date", paramLabel = "YYYY-MM-DD", converter = IsoDate.class,
      description = "Date of articles whose metadata has none; dated actor roles (a leader in office) use it.")
  LocalDate date;

  @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  /** A reader of the command's inputs that reports bad ones on {@code err}. */
  Inputs inputs(PrintWriter err) {
    return new Inputs(new TextFiles(TextFiles.DEFAULT_MAX_BYTES), WebSource.standard(), date, System.in, err);
  }
}
