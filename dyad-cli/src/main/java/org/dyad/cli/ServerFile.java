package org.dyad.cli;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.dyad.model.DyadInputException;

/**
 * Where a running {@code dyad serve} can be asked: a one-line file beside its store ({@code
 * dyad.duckdb.server}) holding the server's process id and the base URL of its API. The server
 * writes it once it listens and deletes it when it stops; a reader that finds the store locked by
 * that process asks the API instead (a file left by a killed server names a process that is gone,
 * and is ignored).
 *
 * @param pid the server's process id
 * @param url the server's base URL, e.g. {@code http://127.0.0.1:8080/}
 */
record ServerFile(long pid, URI url) {
  /** The server file of a store. */
  static Path beside(Path db) {
    return Path.of(db + ".server");
  }

  /** The server that this process runs on {@code host:port}; a wildcard host is reached on the loopback address. */
  static ServerFile ofThisProcess(String host, int port) {
    String reachable = host.equals("0.0.0.0") || host.equals("::") || host.equals("[::]") ? "127.0.0.1" : host;
    if (reachable.contains(":") && !reachable.startsWith("[")) {
      reachable = "[" + reachable + "]";
    }
    return new ServerFile(ProcessHandle.current().pid(), URI.create("http://" + reachable + ":" + port + "/"));
  }

  void write(Path db) throws DyadInputException {
    try {
      Files.writeString(beside(db), pid + " " + url + "\n", StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new DyadInputException(beside(db) + ": cannot write: " + e.getMessage(), e);
    }
  }

  static void delete(Path db) {
    try {
      Files.deleteIfExists(beside(db));
    } catch (IOException e) {
      // A stale file names a process that is gone, and readers ignore it.
    }
  }

  /** The server that holds a store, if its file names that live process. */
  static Optional<ServerFile> of(Path db, long lockingPid) {
    try {
      String[] parts = Files.readString(beside(db), StandardCharsets.UTF_8).strip().split(" ");
      ServerFile server = new ServerFile(Long.parseLong(parts[0]), URI.create(parts[1]));
      boolean alive = ProcessHandle.of(server.pid()).map(ProcessHandle::isAlive).orElse(false);
      return server.pid() == lockingPid && alive ? Optional.of(server) : Optional.empty();
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
