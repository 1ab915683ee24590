package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dyad ingest} and {@code dyad dyads} on a real DuckDB file, with the real models. */
class IngestCommandIT {
  private static final String EXAMPLE = Path.of("..", "examples", "seed-article.txt").toString();

  @TempDir Path dir;

  @Test
  void ingest_twice_addsNothingTheSecondTime() {
    String db = dir.resolve("dyad.duckdb").toString();
    CliRun first = CliRun.of("ingest", "--db", db, "--date", "2024-11-18", EXAMPLE);
    assertEquals(0, first.exitCode(), first.err());
    assertTrue(first.out().startsWith("1 articles read: 1 new (0 near-duplicates, not coded), 0 already stored; 6 reports added"), first.out());
    CliRun again = CliRun.of("ingest", "--db", db, "--date", "2024-11-18", EXAMPLE);
    assertTrue(again.out().startsWith("1 articles read: 0 new (0 near-duplicates, not coded), 1 already stored; 0 reports added"), again.out());
    assertTrue(again.out().contains(db + ": 1 articles (0 near-duplicates), 6 reports of 6 events"), again.out());
    CliRun dyads = CliRun.of("dyads", "--db", db);
    assertEquals(0, dyads.exitCode(), dyads.err());
    assertTrue(dyads.out().lines().anyMatch(l -> l.startsWith("RUS            UKR                  1")), dyads.out());
  }

  @Test
  void dyads_missingStore_isOneLineError() {
    CliRun run = CliRun.of("dyads", "--db", dir.resolve("none.duckdb").toString());
    assertEquals(2, run.exitCode());
    assertEquals("dyad: " + dir.resolve("none.duckdb") + ": no such store (run 'dyad ingest' first)\n", run.err());
  }
}
