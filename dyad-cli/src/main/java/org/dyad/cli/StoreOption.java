package org.dyad.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.dyad.model.DyadInputException;
import org.dyad.store.DuckDbStore;
import picocli.CommandLine.Option;

/** The {@code --db} option of the commands that use the event store. */
final class StoreOption {
  @Option(names = "--db", paramLabel = "FILE", description = "The DuckDB store (default: ./dyad.duckdb).")
  Path db = Path.of("dyad.duckdb");

  /** Opens the store for the commands that read it; a missing file is an input error, not a new store. */
  DuckDbStore openExisting() throws DyadInputException {
    if (!Files.exists(db)) {
      throw new DyadInputException(db + ": no such store (run 'dyad ingest' first)");
    }
    return DuckDbStore.open(db);
  }
}
