package org.dyad.store;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.dyad.model.DyadInputException;

/**
 * One store used by several threads (the server's requests, an ingest beside them). A store is
 * not thread-safe (one JDBC connection), so calls take turns; each call is short (a query of the
 * API answers in milliseconds), and slow work such as coding is done between calls, not inside
 * one, so that reads do not wait for it.
 *
 * <p>Writes may also be committed in groups ({@link #inGroup}): every transaction pays DuckDB's
 * fixed work for a commit (a save alone about 4 ms at 10 million events through the save journal,
 * against under 3 ms per article when many share one commit), so the saves that wait while another
 * commits are committed together, and each caller still returns only once its own writes are committed.
 */
public final class SharedStore {
  private final EventStore store;
  /** Writes waiting for the next group commit, in arrival order; guarded by itself, as are the fields of its writes. */
  private final ArrayDeque<Grouped<?>> waiting = new ArrayDeque<>();
  /** Whether a thread leads a group commit (waits for the store, or commits); guarded by {@link #waiting}. */
  private boolean leading;

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

  /**
   * Runs writes (a batch's saves) in a group commit: the writes of every thread that waits for the
   * store meanwhile are run in turn, in arrival order, in one transaction ({@link
   * EventStore#inOneTransaction}), so a group pays one commit. Returns once that transaction has
   * committed, with this call's own result: durability is that of a transaction of its own. When
   * any writes of a group fail, the group is rolled back and each of its writes runs again in a
   * transaction of its own, so one caller's error is that caller's alone and no other's writes are
   * lost. The writes may therefore run twice; they must only write to the store they are given.
   */
  public <T> T inGroup(Call<T> writes) throws DyadInputException {
    Grouped<T> mine = new Grouped<>(writes);
    synchronized (waiting) {
      waiting.add(mine);
      // Another thread leads: it (or the next leader) takes these writes into its group. A thread
      // whose writes are committed returns at once, without waiting for the store again.
      boolean interrupted = false;
      while (leading && !mine.done) {
        try {
          waiting.wait();
        } catch (InterruptedException e) {
          interrupted = true; // the writes may be committed still: wait for their outcome
        }
      }
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
      if (mine.done) {
        return mine.result();
      }
      leading = true;
    }
    try {
      synchronized (this) {
        commitWaiting(); // this thread leads a group: its own writes and all that came while it waited
      }
    } finally {
      synchronized (waiting) {
        leading = false;
        waiting.notifyAll();
      }
    }
    synchronized (waiting) {
      return mine.result();
    }
  }

  /** Runs the waiting writes as one group; called holding the store. */
  private void commitWaiting() {
    List<Grouped<?>> group;
    synchronized (waiting) {
      group = new ArrayList<>(waiting);
      waiting.clear();
    }
    if (group.isEmpty()) {
      return;
    }
    try {
      store.inOneTransaction(() -> {
        for (Grouped<?> g : group) {
          g.run(store);
        }
        return null;
      });
      group.forEach(g -> g.done = true);
    } catch (DyadInputException | RuntimeException e) {
      if (group.size() == 1) {
        group.get(0).failed(e);
        return;
      }
      for (Grouped<?> g : group) { // rolled back: each alone, so that an error stays its caller's
        try {
          store.inOneTransaction(() -> {
            g.run(store);
            return null;
          });
          g.done = true;
        } catch (DyadInputException | RuntimeException alone) {
          g.failed(alone);
        }
      }
    } finally {
      for (Grouped<?> g : group) {
        if (!g.done) { // an Error went by: the callers learn that their writes may not be stored
          g.failed(new IllegalStateException("the group commit stopped before these writes were committed"));
        }
      }
    }
  }

  /** One caller's writes in a group, and what they gave; set by the leader, read once it has let the waiting go. */
  private static final class Grouped<T> {
    private final Call<T> writes;
    private T value;
    private Exception error;
    private boolean done;

    Grouped(Call<T> writes) {
      this.writes = writes;
    }

    void run(EventStore store) throws DyadInputException {
      value = writes.on(store);
    }

    void failed(Exception e) {
      value = null;
      error = e;
      done = true;
    }

    T result() throws DyadInputException {
      if (error instanceof DyadInputException e) {
        throw e;
      }
      if (error instanceof RuntimeException e) {
        throw e;
      }
      return value;
    }
  }
}
