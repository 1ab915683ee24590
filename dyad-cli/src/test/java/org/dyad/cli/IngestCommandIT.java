package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
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
  void ingest_withoutADate_saysSoOnStderr_andDyadDateDatesItLater() {
    String db = dir.resolve("undated.duckdb").toString();
    CliRun run = CliRun.of("ingest", "--db", db, EXAMPLE);
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.err().startsWith("dyad: 1 article stored without a date (" + EXAMPLE + "): its events count in dyads and exports but in no"
        + " timeline, alert or --since"), run.err());
    assertEquals("period\tevents\tgoldstein\tconflict\tcooperation\tfatalities\n", CliRun.of("timeline", "RUS", "UKR", "--db", db).out());
    assertTrue(CliRun.of("date", "--db", db).out().contains("  " + EXAMPLE), "listed as undated");
    CliRun date = CliRun.of("date", "--db", db, EXAMPLE, "--date", "2024-11-18");
    assertEquals("1 article dated 2024-11-18\n", date.out(), date.err());
    assertTrue(CliRun.of("timeline", "RUS", "UKR", "--db", db).out().contains("\n2024-11-18\t1\t-10.0\t1\t0\t0\n"), "now in the timeline");
  }

  @Test
  void ingest_feedUrl_fromALocalServer_andA404IsOneLine() throws Exception {
    String rss = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"><channel><title>Wire</title><link>https://wire.example/</link><description>News</description>
        <item><title>Russia warns NATO</title><link>https://wire.example/1</link><pubDate>Mon, 18 Nov 2024 10:00:00 GMT</pubDate>
        <description>Putin warned NATO on Monday about the missiles.</description></item>
        <item><title>Turkey hosts talks</title><link>https://wire.example/2</link><pubDate>Tue, 19 Nov 2024 10:00:00 GMT</pubDate>
        <description>Turkey hosted Ukrainian officials for talks on grain exports.</description></item>
        </channel></rss>
        """;
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/feed.xml", exchange -> {
      byte[] bytes = rss.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/rss+xml");
      exchange.sendResponseHeaders(exchange.getRequestURI().getPath().equals("/feed.xml") ? 200 : 404, bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    });
    server.start();
    try {
      String base = "http://127.0.0.1:" + server.getAddress().getPort();
      String db = dir.resolve("web.duckdb").toString();
      CliRun run = CliRun.of("ingest", "--db", db, base + "/feed.xml", base + "/feed.xml/old");
      assertEquals(2, run.exitCode(), run.err());
      assertEquals("dyad: " + base + "/feed.xml/old: HTTP 404\n", run.err());
      assertTrue(run.out().startsWith("2 articles read: 2 new"), run.out());
      assertTrue(CliRun.of("dyads", "--db", db).out().contains("RUSGOV         IGOWSTNAT"), run.out());
    } finally {
      server.stop(0);
    }
  }

  @Test
  void dyads_missingStore_isOneLineError() {
    CliRun run = CliRun.of("dyads", "--db", dir.resolve("none.duckdb").toString());
    assertEquals(2, run.exitCode());
    assertEquals("dyad: " + dir.resolve("none.duckdb") + ": no such store (run 'dyad ingest' first)\n", run.err());
  }
}
