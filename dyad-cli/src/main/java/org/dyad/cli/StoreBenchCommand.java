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

  @Option(names = "--db", paramLabel = "FILE", description = "A new store file (deleted first, unless --reuse).")
  Path db = Path.of("target", "bench-store.duckdb");

  @Option(names = "--reuse", description = "Keep the store at --db when it exists (filled by an earlier run) instead of filling a new one.")
  boolean reuse;

  @Option(names = "--saves", paramLabel = "N", description = "Single saves and batches timed (default 3 each); medians are printed.")
  int saves = 3;

  @Option(names = "--clients", paramLabel = "K", description = "Also K threads saving single articles at once through the group commit"
      + " (SharedStore.inGroup), as concurrent server requests save; 0: not timed (default 4).")
  int clients = 4;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    boolean filled = reuse && Files.exists(db);
    if (!filled) {
      deleteStore(db);
    }
    try (DuckDbStore store = DuckDbStore.open(db)) {
      if (filled) {
        events = store.counts().events();
        out.printf(Locale.ROOT, "reusing %s: %d events, %.0f MB%n", db, events, Files.size(db) / 1048576.0);
      } else {
        long t0 = System.nanoTime();
        store.fillSynthetic(events, 42);
        out.printf(Locale.ROOT, "wrote %d events in %.1f s (%.0f events/s)%n", events, seconds(t0), events / seconds(t0));
      }
      org.dyad.store.AlertQuery alertQuery = org.dyad.store.AlertQuery.asOf(store.eventDates().last());
      for (int round = 0; round < 3; round++) {
        time(out, "dyads (top 20, all time)", () -> store.dyads(null, 20).size());
        time(out, "dyads (top 20, since 2025-06-01)", () -> store.dyads(LocalDate.of(2025, 6, 1), 20).size());
        time(out, "timeline CAA→CAB by week, both", () -> store.timeline("CAA", "CAB", EventStore.Period.WEEK, true).size());
        time(out, "alerts (window 2, z >= 3)", () -> store.alerts(alertQuery).size());
      }
      CameoOntology cameo = CameoOntology.load();
      // Article numbers (and so dates) differ from run to run, so a reused store saves new articles.
      int base = (int) (System.currentTimeMillis() / 1000 % 100_000) * 10;
      List<Double> single = new ArrayList<>();
      long singleCpu = processCpuNanos();
      for (int round = 0; round < saves; round++) {
        int n = base + round;
        single.add(time(out, "save 1 article, 5 events (fusion)", () -> saveOne(store, cameo, n)));
      }
      // The process's CPU is counted in clock ticks (10 ms): over all the single saves, not each.
      double singleCpuMs = saves == 0 ? 0 : (processCpuNanos() - singleCpu) / 1e6 / saves;
      // As ingest saves a batch: its articles in one transaction (EventStore.inOneTransaction).
      List<Double> batched = new ArrayList<>();
      List<Double> batchedCpu = new ArrayList<>();
      for (int round = 0; round < saves; round++) {
        int first = base + saves + round * BATCH;
        long started = System.nanoTime();
        long cpu = processCpuNanos();
        store.inOneTransaction(() -> {
          for (int n = first; n < first + BATCH; n++) {
            saveOne(store, cameo, n);
          }
          return null;
        });
        batched.add(seconds(started) * 1000 / BATCH);
        batchedCpu.add((processCpuNanos() - cpu) / 1e6 / BATCH);
        out.printf(Locale.ROOT, "  %-36s %7.1f ms per article (%.1f ms of CPU)%n", "save " + BATCH + " articles in one transaction",
            batched.get(round), batchedCpu.get(round));
        out.flush();
      }
      if (saves > 0 && clients > 0) {
        grouped(out, store, cameo, base + saves + saves * BATCH);
      }
      if (saves > 0) {
        // The mean of the single saves counts the ones that write the journal's rows to their tables (EventWriter).
        out.printf(Locale.ROOT, "saving, median ms per article: %.1f alone (mean %.1f; %.1f ms of the process's CPU, mean), %.1f in batches"
            + " of %d (%.1f ms of the process's CPU)%n", median(single), single.stream().mapToDouble(Double::doubleValue).average().orElse(0),
            singleCpuMs, median(batched), BATCH, median(batchedCpu));
      }
    }
    long bytes = Files.size(db);
    out.printf(Locale.ROOT, "store: %.0f MB on disk, %.1f MB per million events%n", bytes / 1048576.0, bytes / 1048576.0 / (events / 1e6));
    out.flush();
    return 0;
  }

  /**
   * {@code clients} threads each saving {@code saves} single articles (near-duplicate lookup, then the
   * save, in a group commit), as that many server requests at once: prints the wall and the process's
   * CPU per article over all of them, and the median wait of a save (its group's commit included).
   */
  private void grouped(PrintWriter out, DuckDbStore store, CameoOntology cameo, int first) throws IOException {
    org.dyad.store.SharedStore shared = new org.dyad.store.SharedStore(store);
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(clients);
    List<java.util.concurrent.Future<List<Double>>> waits = new ArrayList<>();
    long started = System.nanoTime();
    long cpu = processCpuNanos();
    for (int c = 0; c < clients; c++) {
      int client = c;
      waits.add(pool.submit(() -> {
        List<Double> mine = new ArrayList<>();
        for (int i = 0; i < saves; i++) {
          int n = first + client * saves + i;
          long t0 = System.nanoTime();
          Article article = benchArticle(n);
          shared.inGroup(s -> {
            s.nearDuplicateOf(MinHash.of(article.text())); // inside the group, as a batch of 20 looks up each article
            return s.save(article, "bench-" + n + "-" + t0, benchEvents(cameo));
          });
          mine.add(seconds(t0) * 1000);
        }
        return mine;
      }));
    }
    List<Double> all = new ArrayList<>();
    try {
      for (var w : waits) {
        all.addAll(w.get());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IOException("a grouped save failed: " + e.getCause().getMessage(), e.getCause());
    } finally {
      pool.shutdown();
    }
    int n = clients * saves;
    out.printf(Locale.ROOT, "saving single articles from %d threads at once (group commit): %.1f ms per article (%.1f ms of the process's CPU),"
        + " median wait of a save %.1f ms%n", clients, seconds(started) * 1000 / n, (processCpuNanos() - cpu) / 1e6 / n, median(all));
    out.flush();
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
   * then the save with its fusion lookup; its date is a pseudo-random day of the synthetic three years
   * (out of order, the worst case) on the busiest synthetic dyad.
   */
  private static int saveOne(DuckDbStore store, CameoOntology cameo, int n) throws org.dyad.model.DyadInputException {
    List<Event> events = benchEvents(cameo);
    Article article = benchArticle(n);
    store.nearDuplicateOf(MinHash.of(article.text()));
    store.save(article, "bench-" + n + "-" + System.nanoTime(), events);
    return events.size();
  }

  /** Five events on the busiest synthetic dyad. */
  private static List<Event> benchEvents(CameoOntology cameo) {
    List<Event> events = new ArrayList<>();
    for (String code : List.of("190", "111", "036", "057", "130")) {
      ActorMention source = new ActorMention(Actor.of("CAA", "", "CAA"), "CAA", new Span(0, 3));
      ActorMention target = new ActorMention(Actor.of("CAB", "", "CAB"), "CAB", new Span(8, 11));
      Evidence evidence = new Evidence("bench", "bench", "met", new Span(4, 7));
      events.add(new Event("bench", null, source, target, cameo.get(code), 0, "CAA met CAB", new Span(0, 11), evidence, "", false,
          List.of(), null));
    }
    return events;
  }

  /** A bench article: its own words and a pseudo-random day of the synthetic three years. */
  private static Article benchArticle(int n) {
    // Words drawn per article, so that no two bench articles are near-duplicates of each other (as distinct news is not).
    java.util.Random words = new java.util.Random(n);
    StringBuilder text = new StringBuilder("Benchmark article " + n + " in which CAA met CAB");
    for (int w = 0; w < 40; w++) {
      text.append(' ').append(Integer.toString(words.nextInt(50_000), 36));
    }
    return new Article("bench-" + n, "bench", "", LocalDate.of(2023, 1, 1).plusDays(n * 379L % 1095), text.toString());
  }

  private interface Query {
    int run() throws IOException;
  }

  /** Runs and prints one timed query or save; returns its milliseconds. */
  private static double time(PrintWriter out, String what, Query q) throws IOException {
    long t0 = System.nanoTime();
    int rows = q.run();
    double ms = seconds(t0) * 1000;
    out.printf(Locale.ROOT, "  %-36s %7.1f ms (%d rows)%n", what, ms, rows);
    out.flush();
    return ms;
  }

  /** CPU time of the whole process (the JVM's and DuckDB's threads): on a shared machine it says more than the wall clock. */
  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  private static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  private static double seconds(long t0) {
    return (System.nanoTime() - t0) / 1e9;
  }
}
