package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.store.DuckDbStore;
import org.dyad.store.EventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole pipeline on the escalation corpus ({@code bench/escalation/corpus.jsonl}, made by
 * {@code tools/make-escalation-corpus.py}): real CoreNLP, real DuckDB files. Ingest, re-ingest,
 * an ingest killed mid-run in a child JVM and resumed, near-duplicates, fusion and alerts.
 */
class EscalationPipelineIT {
  private static final String CORPUS = Path.of("..", "bench", "escalation", "corpus.jsonl").toString();
  private static final int ARTICLES = 286;
  private static final Pattern PROGRESS = Pattern.compile("\\] (\\d+)/(\\d+) articles");

  @TempDir Path dir;

  @Test
  void ingest_reingest_killAndResume_alerts() throws Exception {
    String db = dir.resolve("full.duckdb").toString();
    CliRun first = CliRun.of("ingest", "--db", db, CORPUS);
    assertEquals(0, first.exitCode(), first.err());
    assertTrue(first.out().startsWith(ARTICLES + " articles read: " + ARTICLES + " new (8 near-duplicates, not coded), 0 already stored;"),
        first.out());
    Snapshot full = Snapshot.of(db);
    assertEquals(ARTICLES, full.counts().articles());
    assertEquals(8, full.fusion().nearDuplicates());
    assertTrue(full.fusion().fusedReports() >= 10, full.toString()); // ten events are retold by a second outlet
    assertTrue(full.fusion().events() > 250, full.toString());

    CliRun again = CliRun.of("ingest", "--db", db, CORPUS);
    assertTrue(again.out().startsWith(ARTICLES + " articles read: 0 new (0 near-duplicates, not coded), " + ARTICLES + " already stored; 0 reports added"),
        again.out());
    assertEquals(full, Snapshot.of(db));

    String killed = dir.resolve("killed.duckdb").toString();
    int storedBeforeKill = ingestAndKill(killed);
    assertTrue(storedBeforeKill >= 64 && storedBeforeKill < ARTICLES, "killed after " + storedBeforeKill + " articles");
    CliRun resumed = CliRun.of("ingest", "--db", killed, CORPUS);
    assertEquals(0, resumed.exitCode(), resumed.err());
    Matcher m = Pattern.compile("(\\d+) already stored").matcher(resumed.out());
    assertTrue(m.find() && Integer.parseInt(m.group(1)) >= storedBeforeKill && Integer.parseInt(m.group(1)) < ARTICLES, resumed.out());
    assertEquals(full, Snapshot.of(killed));

    // A later run finds a reprint of a stored article through the stored signatures.
    String line = Files.readAllLines(Path.of(CORPUS)).get(100);
    String text = line.substring(line.indexOf("\"text\": \"") + 9, line.indexOf("\", \"source\""));
    Path reprint = dir.resolve("reprint.txt");
    Files.writeString(reprint, "Wire story republished\n" + text + " (Reporting by Wire)\n");
    CliRun later = CliRun.of("ingest", "--db", db, "--date", "2024-06-30", reprint.toString());
    assertTrue(later.out().startsWith("1 articles read: 1 new (1 near-duplicates, not coded), 0 already stored; 0 reports added"),
        later.out() + later.err());

    CliRun alerts = CliRun.of("alerts", "--db", db, "--as-of", "2024-06-30");
    assertEquals(0, alerts.exitCode(), alerts.err());
    List<String> dyads = alerts.out().lines().skip(1).filter(l -> !l.contains(" alert") && !l.startsWith(" "))
        .map(l -> l.substring(0, 17).strip()).toList();
    assertTrue(dyads.contains("ARM      AZE"), alerts.out());
    assertTrue(Set.of("ARM      AZE", "AZE      ARM").containsAll(dyads), alerts.out());
    assertTrue(alerts.out().contains("ARMMIL→AZE -10.0  Armenian forces attacked Azerbaijani positions"), "the events that drove it");
  }

  /**
   * Starts {@code dyad ingest --progress} in a child JVM, kills it forcibly once it reports a
   * second stored batch, and returns how many articles it had reported stored.
   */
  private int ingestAndKill(String db) throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child = new ProcessBuilder(java, "-Xmx2g", "-Xss4m", "-cp", System.getProperty("java.class.path"), Dyad.class.getName(),
        "ingest", "--progress", "--db", db, CORPUS).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    int stored = 0;
    try (BufferedReader err = new BufferedReader(new InputStreamReader(child.getErrorStream(), StandardCharsets.UTF_8))) {
      for (String line = err.readLine(); line != null; line = err.readLine()) {
        Matcher m = PROGRESS.matcher(line);
        if (m.find() && Integer.parseInt(m.group(1)) >= 64) {
          stored = Integer.parseInt(m.group(1));
          child.destroyForcibly();
          break;
        }
      }
    } finally {
      child.destroyForcibly();
      assertTrue(child.waitFor(30, TimeUnit.SECONDS), "child JVM did not end");
    }
    assertTrue(Files.exists(Path.of(db)), db);
    return stored;
  }

  /** What a store holds, in numbers and in its dyads table. */
  private record Snapshot(EventStore.Counts counts, EventStore.Fusion fusion, String dyads) {
    static Snapshot of(String db) throws IOException {
      EventStore.Counts counts;
      EventStore.Fusion fusion;
      try (DuckDbStore store = DuckDbStore.open(Path.of(db))) {
        counts = store.counts();
        fusion = store.fusion();
      }
      return new Snapshot(counts, fusion, CliRun.of("dyads", "--db", db, "--top", "100").out());
    }
  }
}
