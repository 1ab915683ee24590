package org.dyad.cli;

import java.net.HttpURLConnection;
import java.net.URI;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dyad serve}'s failures: one line each, and no store file left behind. */
class ServeCommandTest {
  @TempDir Path dir;

  @Test
  void portInUse_isOneLineError_andLeavesNoNewStore() throws Exception {
    try (ServerSocket busy = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      Path db = dir.resolve("new.duckdb");
      CliRun run = CliRun.of("serve", "--db", db.toString(), "--port", String.valueOf(busy.getLocalPort()));
      assertEquals(2, run.exitCode());
      assertEquals("dyad: --port " + busy.getLocalPort() + ": already in use by another process on 127.0.0.1\n", run.err());
      assertFalse(Files.exists(db));
    }
  }

  @Test
  void hostTheMachineLacks_saysSo_notPortInUse() {
    // 192.0.2.1 is TEST-NET-1 (RFC 5737): documentation only, assigned to no machine.
    Path db = dir.resolve("new.duckdb");
    CliRun run = CliRun.of("serve", "--db", db.toString(), "--host", "192.0.2.1", "--port", "0");
    assertEquals(2, run.exitCode());
    assertEquals("dyad: --host 192.0.2.1: this machine has no such address to listen on (give one of its own, e.g. 127.0.0.1 or 0.0.0.0)\n",
        run.err());
    assertFalse(Files.exists(db));
  }

  @Test
  void readCommands_whileAServerHoldsTheStore_askItsApi_andSaySo() throws Exception {
    Path db = dir.resolve("busy.duckdb");
    try (org.dyad.store.DuckDbStore store = org.dyad.store.DuckDbStore.open(db)) {
      StoreCommandsTest.plant(store);
    }
    CliRun dyadsAlone = CliRun.of("dyads", "--db", db.toString());
    CliRun timelineAlone = CliRun.of("timeline", "RUS", "UKR", "--db", db.toString(), "--by", "month");
    CliRun alertsAlone = CliRun.of("alerts", "--db", db.toString(), "--as-of", "2025-03-30");
    Path alone = dir.resolve("alone.csv");
    CliRun exportAlone = CliRun.of("export", "--db", db.toString(), "--format", "csv", "--out", alone.toString(), "--since", "2025-03-17");
    assertEquals(0, exportAlone.exitCode(), exportAlone.err());
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    // A second process serves the store, as a running 'dyad serve' would, and holds its write lock.
    Process holder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "org.dyad.cli.Dyad", "serve", "--db", db.toString(),
        "--port", "0").redirectErrorStream(true).start();
    try {
      String first = new java.io.BufferedReader(new java.io.InputStreamReader(holder.getInputStream())).readLine();
      assertTrue(first != null && first.startsWith("Serving " + db), String.valueOf(first));
      String coder = org.dyad.pipeline.CoderVersion.of(new org.dyad.pipeline.Pipeline.Settings(null, true, 1)).toString(); // the default, hybrid
      assertTrue(first.endsWith("(read-only: no token; coder " + coder + ")"), first);
      int port = Integer.parseInt(first.replaceAll(".*:(\\d+)/ .*", "$1"));
      HttpURLConnection http = (HttpURLConnection) URI.create("http://127.0.0.1:" + port + "/api/stats").toURL().openConnection();
      assertEquals(coder, http.getHeaderField("X-Dyad-Coder"));
      String url = first.replaceAll(".* at (http://\\S+) .*", "$1");
      String said = "dyad: " + db + " is held by its running server (PID " + holder.pid() + "): asking " + url + " instead\n";
      CliRun dyads = CliRun.of("dyads", "--db", db.toString());
      assertEquals(0, dyads.exitCode(), dyads.err());
      assertEquals(said, dyads.err());
      assertEquals(dyadsAlone.out(), dyads.out());
      CliRun timeline = CliRun.of("timeline", "RUS", "UKR", "--db", db.toString(), "--by", "month");
      assertEquals(timelineAlone.out(), timeline.out());
      CliRun alerts = CliRun.of("alerts", "--db", db.toString(), "--as-of", "2025-03-30");
      assertEquals(alertsAlone.out(), alerts.out());
      assertTrue(alerts.out().contains("1 alert"), alerts.out());
      Path served = dir.resolve("served.csv");
      CliRun export = CliRun.of("export", "--db", db.toString(), "--format", "csv", "--out", served.toString(), "--since", "2025-03-17");
      assertEquals(0, export.exitCode(), export.err());
      assertEquals("12 events written to " + served + "\n", export.out());
      assertEquals(Files.readString(alone), Files.readString(served));
    } finally {
      holder.destroy();
      holder.waitFor();
    }
  }

  @Test
  void storeHeldByAProcessThatIsNoServer_isOneLineErrorNamingIt() throws Exception {
    Path db = dir.resolve("held.duckdb");
    org.dyad.store.DuckDbStore.open(db).close();
    // A stale server file (a killed server) names a process that is gone: ignored.
    Files.writeString(Path.of(db + ".server"), "999999999 http://127.0.0.1:1/\n");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process holder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "org.dyad.cli.Dyad", "serve", "--db", db.toString(),
        "--port", "0").redirectErrorStream(true).start();
    try {
      String first = new java.io.BufferedReader(new java.io.InputStreamReader(holder.getInputStream())).readLine();
      assertTrue(first != null && first.startsWith("Serving " + db), String.valueOf(first));
      Files.writeString(Path.of(db + ".server"), "999999999 http://127.0.0.1:1/\n");
      CliRun run = CliRun.of("dyads", "--db", db.toString());
      assertEquals(2, run.exitCode());
      assertEquals("dyad: " + db + ": in use by another process (PID " + holder.pid() + "); a store has one writer at a time: stop it,"
          + " or send articles to its server's POST /api/ingest\n", run.err());
      assertEquals("", run.out());
    } finally {
      holder.destroy();
      holder.waitFor();
    }
    assertFalse(Files.exists(Path.of(db + ".server")), "the server removes its file when it stops");
  }

  @Test
  void badPort_isUsageError() {
    CliRun run = CliRun.of("serve", "--db", dir.resolve("x.duckdb").toString(), "--port", "70000");
    assertEquals(2, run.exitCode());
    assertEquals("dyad: --port 70000: not a port number (0-65535)\n", run.err());
  }
}
