package org.dyad.cli;

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
