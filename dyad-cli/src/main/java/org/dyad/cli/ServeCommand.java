package org.dyad.cli;

import io.javalin.Javalin;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.dyad.model.DyadInputException;
import org.dyad.pipeline.CoderVersion;
import org.dyad.pipeline.Pipeline;
import org.dyad.serve.DyadServer;
import org.dyad.store.DuckDbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dyad serve}: the HTTP API and dashboard over a store, until stopped (Ctrl-C). Bound to
 * 127.0.0.1 unless told otherwise; read-only unless a write token is given.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Serves the store: JSON API under /api, OpenAPI at /openapi.json, dashboard at /.")
final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin StoreOption store;

  @Option(names = "--port", defaultValue = "8080", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to bind (default: ${DEFAULT-VALUE}).")
  String host;

  @Option(names = "--token", defaultValue = "${env:DYAD_TOKEN}",
      description = "Token that POST /api/ingest must send as 'Authorization: Bearer TOKEN' (default: $DYAD_TOKEN); without one the server is read-only.")
  String token;

  @Option(names = "--threads", defaultValue = "2", description = "Threads for coding posted articles (default: ${DEFAULT-VALUE}).")
  int threads;

  @Option(names = "--typer", paramLabel = "rules|hybrid", description = "How posted articles are coded: hybrid (default) or rules, as for ingest.")
  ArticleOptions.Typer typer = ArticleOptions.Typer.hybrid;

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    if (port < 0 || port > 65535) {
      throw new DyadInputException("--port " + port + ": not a port number (0-65535)");
    }
    if (token != null && token.isBlank()) {
      token = null;
    }
    boolean created = !Files.exists(store.db);
    DuckDbStore events = DuckDbStore.open(store.db);
    DyadServer.Settings settings = new DyadServer.Settings(events, new Pipeline.Settings(null, typer == ArticleOptions.Typer.hybrid, threads), token, DyadServer.MAX_BODY_BYTES);
    Javalin app = DyadServer.create(settings);
    try {
      app.start(host, port);
    } catch (RuntimeException e) {
      events.close();
      if (created) {
        // Leave no empty store behind from a server that never ran.
        Files.deleteIfExists(store.db);
        Files.deleteIfExists(Path.of(store.db + ".wal"));
      }
      throw new DyadInputException(DyadServer.whyNotStarted(e, host, port), e);
    }
    // Read commands run meanwhile find the store locked by this process, and ask this server instead.
    ServerFile.ofThisProcess(host, app.port()).write(store.db);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      ServerFile.delete(store.db);
      app.stop();
      try {
        events.close();
      } catch (DyadInputException e) {
        // Exiting anyway; DuckDB replays its write-ahead log on the next open.
      }
      stopped.countDown();
    }));
    out.printf("Serving %s%s at http://%s:%d/ (%s; coder %s)%n", store.db, created ? " (new, empty)" : "", host, app.port(),
        token == null ? "read-only: no token" : "writes need the token", CoderVersion.of(settings.pipeline()));
    out.flush();
    stopped.await();
    return 0;
  }
}
