package org.dyad.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --db} option of the commands that use the event store. */
final class StoreOption {
  @Option(names = "--db", paramLabel = "FILE", description = "The DuckDB store (default: ./dyad.duckdb).")
  Path db = Path.of("dyad.duckdb");
}
