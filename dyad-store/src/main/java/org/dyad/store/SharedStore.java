package org.dyad.store;

import org.dyad.model.DyadInputException;

/**
 * One store used by several threads (the server's requests, an ingest beside them). A store is
 * not thread-safe (one JDBC connection), so calls take turns; each call is short (a query of the
 * API answers in milliseconds), and slow work such as coding is done between calls, not inside
 * one, so that reads do not wait for it.
 */
public final class SharedStore {
  private final EventStore store;

  public SharedStore(EventStore store) {
    this.store = store;
  }

  /** A call to the store. */
  @FunctionalInterface
  public interface Call<T> {
    T on(EventStore store) throws DyadInputException;
  }

  /** Runs a call while no other thread uses the store. */
  public synchronized <T> T use(Call<T> call) throws DyadInputException {
    return call.on(store);
  }
}
