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
      assertEquals("dyad: 127.0.0.1:" + busy.getLocalPort() + ": cannot serve: Port already in use. Make sure no other process is using port "
          + busy.getLocalPort() + " and try again.\n", run.err());
      assertFalse(Files.exists(db));
    }
  }

  @Test
  void storeOpenInAnotherProcess_isOneLineErrorNamingIt() throws Exception {
    Path db = dir.resolve("busy.duckdb");
    org.dyad.store.DuckDbStore.open(db).close();
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    // A second process holds the store, as a running 'dyad serve' would.
    Process holder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "org.dyad.cli.Dyad", "serve", "--db", db.toString(),
        "--port", "0").redirectErrorStream(true).start();
    try {
      String first = new java.io.BufferedReader(new java.io.InputStreamReader(holder.getInputStream())).readLine();
      assertTrue(first != null && first.startsWith("Serving " + db), String.valueOf(first));
      String coder = org.dyad.pipeline.CoderVersion.of(new org.dyad.pipeline.Pipeline.Settings(null, false, 1)).toString();
      assertTrue(first.endsWith("(read-only: no token; coder " + coder + ")"), first);
      int port = Integer.parseInt(first.replaceAll(".*:(\\d+)/ .*", "$1"));
      HttpURLConnection http = (HttpURLConnection) URI.create("http://127.0.0.1:" + port + "/api/stats").toURL().openConnection();
      assertEquals(coder, http.getHeaderField("X-Dyad-Coder"));
      CliRun run = CliRun.of("dyads", "--db", db.toString());
      assertEquals(2, run.exitCode());
      assertEquals("dyad: " + db + ": in use by another process (PID " + holder.pid() + "); a store has one writer at a time: stop it,"
          + " or send articles to its server's POST /api/ingest\n", run.err());
    } finally {
      holder.destroy();
      holder.waitFor();
    }
  }

  @Test
  void badPort_isUsageError() {
    CliRun run = CliRun.of("serve", "--db", dir.resolve("x.duckdb").toString(), "--port", "70000");
    assertEquals(2, run.exitCode());
    assertEquals("dyad: --port 70000: not a port number (0-65535)\n", run.err());
  }
}
