package org.dyad.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dyad.model.Article;
import org.dyad.model.DyadInputException;
import org.dyad.store.EventStore;
import org.dyad.store.MinHash;

/**
 * One ingest batch split into the articles to code and the near-duplicates not to code. A
 * near-duplicate of a stored article is stored as its copy at once; one of an earlier article of
 * the same batch (not stored yet) waits for {@link #saveCopies}, after the batch's originals are
 * saved. Either way it is the same test ({@link MinHash#nearDuplicates}), so a rerun after an
 * interruption decides alike. Not thread-safe.
 */
final class BatchDuplicates {
  private final List<Article> originals;
  private final Map<Article, Article> copyOf;
  private final Map<Article, String> hashes;
  private final int storedCopies;

  private BatchDuplicates(List<Article> originals, Map<Article, Article> copyOf, Map<Article, String> hashes, int storedCopies) {
    this.originals = originals;
    this.copyOf = copyOf;
    this.hashes = hashes;
    this.storedCopies = storedCopies;
  }

  /** Sorts a batch, storing the copies of stored articles; {@code hashes} gives each article's content hash. */
  static BatchDuplicates sort(List<Article> batch, Map<Article, String> hashes, EventStore store) throws DyadInputException {
    List<Article> originals = new ArrayList<>();
    List<MinHash> signatures = new ArrayList<>();
    Map<Article, Article> copyOf = new LinkedHashMap<>(); // input order; articles of a run differ by content
    for (Article a : batch) {
      MinHash signature = MinHash.of(a.text());
      Optional<String> stored = store.nearDuplicateOf(signature);
      if (stored.isPresent()) {
        store.saveDuplicate(a, hashes.get(a), stored.get());
        continue;
      }
      Article earlier = mostSimilar(signature, originals, signatures);
      if (earlier != null) {
        copyOf.put(a, earlier);
      } else {
        originals.add(a);
        signatures.add(signature);
      }
    }
    int storedCopies = batch.size() - originals.size() - copyOf.size();
    return new BatchDuplicates(originals, copyOf, hashes, storedCopies);
  }

  private static Article mostSimilar(MinHash signature, List<Article> originals, List<MinHash> signatures) {
    Article best = null;
    double bestSimilarity = -1;
    for (int i = 0; i < originals.size(); i++) {
      double s = signature.similarity(signatures.get(i));
      if (s > bestSimilarity && signature.nearDuplicates(signatures.get(i))) {
        best = originals.get(i);
        bestSimilarity = s;
      }
    }
    return best;
  }

  /** The articles to code, in input order. */
  List<Article> originals() {
    return originals;
  }

  /**
   * Stores the copies of this batch's originals (an original that failed to code leaves its copy
   * for a rerun, with a line in {@code problems}); returns how many near-duplicates the batch stored.
   */
  int saveCopies(EventStore store, List<String> problems) throws DyadInputException {
    int saved = storedCopies;
    for (Map.Entry<Article, Article> e : copyOf.entrySet()) {
      String original = hashes.get(e.getValue());
      if (store.contains(original)) {
        store.saveDuplicate(e.getKey(), hashes.get(e.getKey()), original);
        saved++;
      } else {
        problems.add(e.getKey().id() + ": not stored: it copies " + e.getValue().id() + ", which was not coded");
      }
    }
    return saved;
  }
}
