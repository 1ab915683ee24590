package org.dyad.cli;

import io.javalin.Javalin;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.dyad.model.DyadInputException;
import org.dyad.serve.DyadServer;
import org.dyad.store.DuckDbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dyad bench-serve}: a bounded load test of the events endpoint over loopback. Fills a fresh
 * store with synthetic events, serves it on 127.0.0.1, and has {@code --clients} clients request
 * a rotation of filtered event pages for {@code --seconds}; prints requests/s and latency
 * percentiles (after a warm-up that is not counted).
 */
@Command(name = "bench-serve", mixinStandardHelpOptions = true,
    description = "Load-tests GET /api/events on loopback over N synthetic events (default 1 million).")
final class ServeBenchCommand implements Callable<Integer> {
  /** The requests each client cycles through: typical dashboard queries. */
  static final List<String> REQUESTS = List.of(
      "/api/events?size=50",
      "/api/events?source=CAA&size=50",
      "/api/events?actor=CAB&code=19&since=2024-06-01&size=50",
      "/api/events?quad=4&sort=most-hostile&page=3&size=50",
      "/api/events?target=CAC&until=2024-12-31&sort=oldest&size=20",
      "/api/events?source=CAD&target=CAA&size=50");

  @Spec CommandSpec spec;

  @Option(names = "--events", paramLabel = "N") long events = 1_000_000;

  @Option(names = "--clients", paramLabel = "N", description = "Concurrent clients (default: ${DEFAULT-VALUE}).") int clients = 4;

  @Option(names = "--seconds", paramLabel = "S", description = "Measured duration, at most 300 (default: ${DEFAULT-VALUE}).")
  int seconds = 20;

  @Option(names = "--db", paramLabel = "FILE", description = "A new store file (deleted first).")
  Path db = Path.of("target", "bench-serve.duckdb");

  @Override
  public Integer call() throws Exception {
    if (seconds < 1 || seconds > 300 || clients < 1 || clients > 64) {
      throw new DyadInputException("--seconds must be 1-300 and --clients 1-64");
    }
    PrintWriter out = spec.commandLine().getOut();
    StoreBenchCommand.deleteStore(db);
    try (DuckDbStore store = DuckDbStore.open(db)) {
      store.fillSynthetic(events, 42);
      Javalin server = DyadServer.create(new DyadServer.Settings(store, null, null, DyadServer.MAX_BODY_BYTES)).start("127.0.0.1", 0);
      try {
        String base = "http://127.0.0.1:" + server.port();
        run(base, Math.min(5, seconds)); // warm-up: JIT and DuckDB caches
        long[] latencies = run(base, seconds);
        report(out, latencies);
      } finally {
        server.stop();
      }
    }
    return 0;
  }

  private long[] run(String base, int forSeconds) throws Exception {
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    long deadline = System.nanoTime() + forSeconds * 1_000_000_000L;
    AtomicLong failures = new AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    try {
      List<Future<long[]>> results = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        int offset = c;
        results.add(pool.submit(() -> {
          long[] samples = new long[1024];
          int n = 0;
          for (int i = offset; System.nanoTime() < deadline; i++) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + REQUESTS.get(i % REQUESTS.size()))).build();
            long t0 = System.nanoTime();
            HttpResponse<byte[]> r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() != 200) {
              failures.incrementAndGet();
            }
            if (n == samples.length) {
              samples = Arrays.copyOf(samples, n * 2);
            }
            // Latency in the high bits, the request's index in the low four, for a per-request breakdown.
            samples[n++] = ((System.nanoTime() - t0) << 4) | (i % REQUESTS.size());
          }
          return Arrays.copyOf(samples, n);
        }));
      }
      List<long[]> all = new ArrayList<>();
      for (Future<long[]> f : results) {
        all.add(f.get());
      }
      if (failures.get() > 0) {
        throw new DyadInputException(failures.get() + " requests did not answer 200");
      }
      long[] merged = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
      this.measuredSeconds = forSeconds;
      return merged;
    } finally {
      pool.shutdownNow();
    }
  }

  private int measuredSeconds;

  private void report(PrintWriter out, long[] sorted) {
    Runtime rt = Runtime.getRuntime();
    out.printf(Locale.ROOT, "GET /api/events over %,d events, %d clients, %d s on loopback:%n", events, clients, measuredSeconds);
    out.printf(Locale.ROOT, "  %,d requests, %.0f requests/s%n", sorted.length, sorted.length / (double) measuredSeconds);
    out.printf(Locale.ROOT, "  latency ms: p50 %.1f, p90 %.1f, p99 %.1f, max %.1f%n",
        percentile(sorted, 50), percentile(sorted, 90), percentile(sorted, 99), (sorted[sorted.length - 1] >>> 4) / 1e6);
    for (int r = 0; r < REQUESTS.size(); r++) {
      int request = r;
      long[] mine = Arrays.stream(sorted).filter(x -> (x & 15) == request).toArray();
      if (mine.length > 0) {
        out.printf(Locale.ROOT, "    p50 %6.1f ms  p99 %6.1f ms  %s%n", percentile(mine, 50), percentile(mine, 99), REQUESTS.get(r));
      }
    }
    out.printf(Locale.ROOT, "  JVM heap used %.0f MB of %.0f MB%n", (rt.totalMemory() - rt.freeMemory()) / 1048576.0, rt.maxMemory() / 1048576.0);
    out.flush();
  }

  private static double percentile(long[] sorted, int p) {
    int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return (sorted[Math.max(0, Math.min(sorted.length - 1, i))] >>> 4) / 1e6;
  }
}
