package org.dyad.store;

import java.nio.file.Path;
import java.util.OptionalLong;
import org.dyad.model.DyadInputException;

/**
 * A store file another process holds: DuckDB lets several processes read a file only while none
 * writes, and a process that has it open for writing (a running {@code dyad serve} or {@code
 * ingest}) holds its lock. Carries that process's id, when DuckDB names it, so that a reader can
 * find out whether it is a Dyad server it could ask instead.
 */
public final class StoreInUseException extends DyadInputException {
  private static final long serialVersionUID = 1L;

  private final Path file;
  private final long pid;

  StoreInUseException(Path file, long pid, Throwable cause) {
    super(file + ": in use by another process" + (pid > 0 ? " (PID " + pid + ")" : "")
        + "; a store has one writer at a time: stop it, or send articles to its server's POST /api/ingest", cause);
    this.file = file;
    this.pid = pid;
  }

  /** The store file. */
  public Path file() {
    return file;
  }

  /** The id of the process holding the store, when DuckDB names it. */
  public OptionalLong pid() {
    return pid > 0 ? OptionalLong.of(pid) : OptionalLong.empty();
  }
}
