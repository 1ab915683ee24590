package org.dyad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dyad.model.Actor;
import org.dyad.model.ActorMention;
import org.dyad.model.Article;
import org.dyad.model.Event;
import org.dyad.model.Evidence;
import org.dyad.model.Span;
import org.dyad.ontology.CameoOntology;
import org.dyad.store.DuckDbStore;
import org.dyad.store.EventStore;
import org.dyad.store.MinHash;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dyad bench-store}: fills a fresh DuckDB store with synthetic events and times the
 * analytics queries on it (dyads, a timeline, alerts) and the save of one more article (its
 * near-duplicate and fusion lookups), and reports the file size.
 *
 * <p>{@snippet : ./dyad bench-store --events 10000000 --db target/bench.duckdb }
 */
@Command(name = "bench-store", mixinStandardHelpOptions = true,
    description = "Times the store's analytics on N synthetic events (default 10 million).")
final class StoreBenchCommand implements Callable<Integer> {
  /** Articles saved in one transaction, as ingest saves a batch. */
  private static final int BATCH = 20;

  @Spec CommandSpec spec;

  @Option(names = "--events", paramLabel = "N") long events = 10_000_000;

  @Option(names = "--db", paramLabel = "FILE", description = "A new store file (deleted first).")
  Path db = Path.of("target", "bench-store.duckdb");

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    deleteStore(db);
    try (DuckDbStore store = DuckDbStore.open(db)) {
      long t0 = System.nanoTime();
      store.fillSynthetic(events, 42);
      out.printf(Locale.ROOT, "wrote %d events in %.1f s (%.0f events/s)%n", events, seconds(t0), events / seconds(t0));
      org.dyad.store.AlertQuery alertQuery = org.dyad.store.AlertQuery.asOf(store.eventDates().last());
      for (int round = 0; round < 3; round++) {
        time(out, "dyads (top 20, all time)", () -> store.dyads(null, 20).size());
        time(out, "dyads (top 20, since 2025-06-01)", () -> store.dyads(LocalDate.of(2025, 6, 1), 20).size());
        time(out, "timeline CAA→CAB by week, both", () -> store.timeline("CAA", "CAB", EventStore.Period.WEEK, true).size());
        time(out, "alerts (window 2, z >= 3)", () -> store.alerts(alertQuery).size());
      }
      CameoOntology cameo = CameoOntology.load();
      for (int round = 0; round < 3; round++) {
        int n = round;
        time(out, "save 1 article, 5 events (fusion)", () -> saveOne(store, cameo, n));
      }
      // As ingest saves a batch: its articles in one transaction (EventStore.inOneTransaction).
      for (int round = 0; round < 3; round++) {
        int first = 10 + round * BATCH;
        long started = System.nanoTime();
        store.inOneTransaction(() -> {
          for (int n = first; n < first + BATCH; n++) {
            saveOne(store, cameo, n);
          }
          return null;
        });
        out.printf(Locale.ROOT, "  %-36s %7.1f ms per article%n", "save " + BATCH + " articles in one transaction", seconds(started) * 1000 / BATCH);
        out.flush();
      }
    }
    long bytes = Files.size(db);
    out.printf(Locale.ROOT, "store: %.0f MB on disk, %.1f MB per million events%n", bytes / 1048576.0, bytes / 1048576.0 / (events / 1e6));
    out.flush();
    return 0;
  }

  /** Deletes a benchmark's store file and its write-ahead log, and makes its folder. */
  static void deleteStore(Path db) throws IOException {
    Files.deleteIfExists(db);
    Files.deleteIfExists(Path.of(db + ".wal"));
    if (db.getParent() != null) {
      Files.createDirectories(db.getParent());
    }
  }

  /**
   * Saves one article of five events on synthetic dyads, as ingest does: a near-duplicate lookup,
   * then the save with its fusion lookup; the synthetic dates are in random order, the worst case.
   */
  private static int saveOne(DuckDbStore store, CameoOntology cameo, int n) throws org.dyad.model.DyadInputException {
    List<Event> events = new ArrayList<>();
    for (String code : List.of("190", "111", "036", "057", "130")) {
      ActorMention source = new ActorMention(Actor.of("CAA", "", "CAA"), "CAA", new Span(0, 3));
      ActorMention target = new ActorMention(Actor.of("CAB", "", "CAB"), "CAB", new Span(8, 11));
      Evidence evidence = new Evidence("bench", "bench", "met", new Span(4, 7));
      events.add(new Event("bench", null, source, target, cameo.get(code), 0, "CAA met CAB", new Span(0, 11), evidence, "", false,
          List.of(), null));
    }
    String text = "Benchmark article " + n + " in which CAA met CAB, clashed with it and signed an agreement with it.";
    store.nearDuplicateOf(MinHash.of(text));
    store.save(new Article("bench-" + n, "bench", "", LocalDate.of(2024, 3, 1).plusDays(n), text), "bench-" + n + "-" + System.nanoTime(),
        events);
    return events.size();
  }

  private interface Query {
    int run() throws IOException;
  }

  private static void time(PrintWriter out, String what, Query q) throws IOException {
    long t0 = System.nanoTime();
    int rows = q.run();
    out.printf(Locale.ROOT, "  %-36s %7.0f ms (%d rows)%n", what, seconds(t0) * 1000, rows);
    out.flush();
  }

  private static double seconds(long t0) {
    return (System.nanoTime() - t0) / 1e9;
  }
}
