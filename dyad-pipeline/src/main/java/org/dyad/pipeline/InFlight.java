package org.dyad.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.dyad.model.Article;
import org.dyad.store.MinHash;

/**
 * The originals of ingest batches that are sorted ({@link BatchDuplicates}) but not saved yet, while
 * several threads ingest at once (the server's requests): a batch sorted meanwhile takes a
 * near-duplicate of one of them for its copy, as it would once that original is stored, and stores
 * the copy only after the original's batch has saved. A batch sorts and registers its originals
 * holding this object's lock, so that each batch sees every batch sorted before it.
 */
final class InFlight {
  /**
   * An original of a batch being coded and saved.
   *
   * @param hash its content hash
   * @param signature its {@link MinHash}
   * @param saved done when its batch's save has committed or failed
   */
  record Original(Article article, String hash, MinHash signature, CompletableFuture<Void> saved) {}

  private final List<Original> originals = new ArrayList<>();

  /** The originals of the batches sorted and not yet saved. */
  synchronized List<Original> originals() {
    return List.copyOf(originals);
  }

  synchronized void add(List<Original> batch) {
    originals.addAll(batch);
  }

  /** A batch's originals are saved (or failed to be): copies of them may be stored, or be told their original is missing. */
  void done(List<Original> batch) {
    synchronized (this) {
      originals.removeIf(o -> batch.stream().anyMatch(b -> b == o));
    }
    batch.forEach(o -> o.saved().complete(null));
  }
}
