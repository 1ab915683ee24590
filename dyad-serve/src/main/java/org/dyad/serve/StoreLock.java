package org.dyad.serve;

import org.dyad.model.DyadInputException;
import org.dyad.store.EventStore;

/**
 * One store shared by the server's request threads. The store is not thread-safe (one JDBC
 * connection), so calls take turns; a DuckDB query of the API answers in milliseconds, so this
 * costs little next to HTTP. An ingest holds the store while it codes (a few hundred milliseconds
 * per article), so reads wait for it.
 */
final class StoreLock {
  private final EventStore store;

  StoreLock(EventStore store) {
    this.store = store;
  }

  /** A call to the store. */
  @FunctionalInterface
  interface Call<T> {
    T on(EventStore store) throws DyadInputException;
  }

  synchronized <T> T read(Call<T> call) throws DyadInputException {
    return call.on(store);
  }
}
