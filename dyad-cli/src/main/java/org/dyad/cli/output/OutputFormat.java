package org.dyad.cli.output;

import java.io.PrintWriter;
import java.util.function.Function;

/** The output formats of {@code dyad code}, each with its writer. */
public enum OutputFormat {
  /** One JSON object per event, snake_case keys. */
  JSONL(JsonlWriter::new),
  /** Tab-separated values with a header line. */
  TSV(TsvWriter::new),
  /** A table for people to read. */
  TABLE(TableWriter::new);

  private final Function<PrintWriter, EventWriter> factory;

  OutputFormat(Function<PrintWriter, EventWriter> factory) {
    this.factory = factory;
  }

  public EventWriter writer(PrintWriter out) {
    return factory.apply(out);
  }
}
