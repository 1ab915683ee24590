package org.dyad.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.dyad.model.DyadInputException;
import org.dyad.store.DuckDbStore;
import org.dyad.store.StoreInUseException;
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

  /**
   * The store for a read command: the file itself, or, when a running {@code dyad serve} holds it
   * (DuckDB then lets no other process open it), that server's API, said in one line on {@code err}.
   */
  StoreReads openForReading(PrintWriter err) throws DyadInputException {
    try {
      return new LocalReads(openExisting());
    } catch (StoreInUseException e) {
      Optional<ServerFile> server = e.pid().isPresent() ? ServerFile.of(db, e.pid().getAsLong()) : Optional.empty();
      if (server.isEmpty()) {
        throw e;
      }
      err.printf("dyad: %s is held by its running server (PID %d): asking %s instead%n", db, server.get().pid(), server.get().url());
      err.flush();
      return new ServerReads(server.get().url());
    }
  }
}
