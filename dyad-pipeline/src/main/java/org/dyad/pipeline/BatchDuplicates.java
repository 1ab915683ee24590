package org.dyad.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.dyad.model.Article;
import org.dyad.model.DyadInputException;
import org.dyad.store.EventStore;
import org.dyad.store.MinHash;

/**
 * One ingest batch split into the articles to code and the near-duplicates not to code. A
 * near-duplicate of a stored article is stored as its copy at once; one of an earlier article of
 * the same batch (not stored yet) waits for {@link #saveCopies}, after the batch's originals are
 * saved; one of an original that another thread's batch is still coding ({@link InFlight}) waits
 * for that batch's save. Either way it is the same test ({@link MinHash#nearDuplicates}), so a rerun
 * after an interruption decides alike. Not thread-safe.
 */
final class BatchDuplicates {
  private final List<Article> originals;
  private final List<InFlight.Original> inFlight;
  private final Map<Article, InFlight.Original> copyOf;
  private final Map<Article, String> hashes;
  private final CompletableFuture<Void> saved;
  private final int storedCopies;

  private BatchDuplicates(List<Article> originals, List<InFlight.Original> inFlight, Map<Article, InFlight.Original> copyOf,
      Map<Article, String> hashes, CompletableFuture<Void> saved, int storedCopies) {
    this.originals = originals;
    this.inFlight = inFlight;
    this.copyOf = copyOf;
    this.hashes = hashes;
    this.saved = saved;
    this.storedCopies = storedCopies;
  }

  /** Sorts a batch, storing the copies of stored articles; {@code hashes} gives each article's content hash. */
  static BatchDuplicates sort(List<Article> batch, Map<Article, String> hashes, EventStore store) throws DyadInputException {
    return sort(batch, hashes, store, List.of());
  }

  /**
   * Sorts a batch as {@link #sort(List, Map, EventStore)}, a near-duplicate of an original of
   * another batch not saved yet ({@code others}, see {@link InFlight}) becoming its copy.
   */
  static BatchDuplicates sort(List<Article> batch, Map<Article, String> hashes, EventStore store, List<InFlight.Original> others)
      throws DyadInputException {
    CompletableFuture<Void> saved = new CompletableFuture<>();
    List<Article> originals = new ArrayList<>();
    List<InFlight.Original> candidates = new ArrayList<>(others);
    List<InFlight.Original> mine = new ArrayList<>();
    Map<Article, InFlight.Original> copyOf = new LinkedHashMap<>(); // input order; articles of a run differ by content
    int storedCopies = 0;
    for (Article a : batch) {
      MinHash signature = MinHash.of(a.text());
      Optional<String> stored = store.nearDuplicateOf(signature);
      if (stored.isPresent()) {
        // Not new when another thread stored the same text since this one was found fresh.
        storedCopies += store.saveDuplicate(a, hashes.get(a), stored.get()) ? 1 : 0;
        continue;
      }
      InFlight.Original earlier = mostSimilar(signature, candidates);
      if (earlier != null) {
        copyOf.put(a, earlier);
      } else {
        InFlight.Original original = new InFlight.Original(a, hashes.get(a), signature, saved);
        originals.add(a);
        candidates.add(original);
        mine.add(original);
      }
    }
    return new BatchDuplicates(originals, List.copyOf(mine), copyOf, hashes, saved, storedCopies);
  }

  private static InFlight.Original mostSimilar(MinHash signature, List<InFlight.Original> candidates) {
    InFlight.Original best = null;
    double bestSimilarity = -1;
    for (InFlight.Original c : candidates) {
      double s = signature.similarity(c.signature());
      if (s > bestSimilarity && signature.nearDuplicates(c.signature())) {
        best = c;
        bestSimilarity = s;
      }
    }
    return best;
  }

  /** The articles to code, in input order. */
  List<Article> originals() {
    return originals;
  }

  /** The originals with their signatures, for other batches sorted before this one is saved ({@link InFlight}). */
  List<InFlight.Original> inFlight() {
    return inFlight;
  }

  /**
   * Waits, holding no store, until the originals of other batches that this batch copies are saved
   * (or failed), so that {@link #saveCopies} finds them stored; call it after this batch's own save.
   */
  void awaitOriginals() {
    for (InFlight.Original o : copyOf.values()) {
      if (o.saved() != saved) {
        o.saved().join();
      }
    }
  }

  /**
   * Stores the copies of this batch's originals and of other batches' ({@link #awaitOriginals} first);
   * an original that failed to code leaves its copy for a rerun, with a line in {@code problems}.
   * Returns how many near-duplicates the batch stored.
   */
  int saveCopies(EventStore store, List<String> problems) throws DyadInputException {
    int stored = storedCopies;
    for (Map.Entry<Article, InFlight.Original> e : copyOf.entrySet()) {
      String original = e.getValue().hash();
      if (store.contains(original)) {
        if (store.saveDuplicate(e.getKey(), hashes.get(e.getKey()), original)) {
          stored++;
        }
      } else {
        problems.add(e.getKey().id() + ": not stored: it copies " + e.getValue().article().id() + ", which was not coded");
      }
    }
    return stored;
  }
}
