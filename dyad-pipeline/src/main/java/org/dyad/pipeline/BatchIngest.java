package org.dyad.pipeline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyad.coder.ArticleResult;
import org.dyad.model.Article;
import org.dyad.model.Event;
import org.dyad.model.DyadInputException;
import org.dyad.store.ReportMeaning;
import org.dyad.store.SharedStore;

/**
 * One batch of new articles into the store, as both {@code dyad ingest} and the server's
 * {@code POST /api/ingest} do it: near-duplicates are stored as copies, the rest are coded and
 * saved with their events, the batch's in one transaction.
 */
final class BatchIngest {
  private BatchIngest() {}

  static Pipeline.Fresh fresh(List<Article> articles, SharedStore store) throws DyadInputException {
    Map<Article, String> hashes = new IdentityHashMap<>();
    Set<String> seen = new HashSet<>();
    List<Article> fresh = new ArrayList<>();
    for (Article a : articles) {
      String hash = Pipeline.contentHash(a.text());
      if (seen.add(hash) && !store.use(s -> s.contains(hash))) {
        fresh.add(a);
        hashes.put(a, hash);
      }
    }
    return new Pipeline.Fresh(fresh, hashes);
  }

  /**
   * Stores a batch of articles not in the store yet. The store is taken only to sort out
   * near-duplicates and to save; coding runs between, so a server's reads go on meanwhile.
   *
   * @param hashes each article's content hash
   * @param coderVersion the coder's version, stored with each event
   * @param meaning how the store decides the fusion rule's borderline cases ({@code null}: by the rule alone)
   * @param inFlight the batches of other threads sorted and not saved yet (see {@link InFlight})
   * @param problems receives a line per article that could not be coded or stored
   */
  static Pipeline.Saved save(List<Article> batch, Map<Article, String> hashes, CodingRun run, String coderVersion,
      ReportMeaning meaning, SharedStore store, InFlight inFlight, List<String> problems) throws DyadInputException {
    BatchDuplicates copies;
    synchronized (inFlight) { // sorted against every batch sorted before it, stored or still in flight
      List<InFlight.Original> others = inFlight.originals();
      copies = store.use(s -> BatchDuplicates.sort(batch, hashes, s, others));
      inFlight.add(copies.inFlight());
    }
    int[] counts;
    try {
      counts = codeAndSave(copies, hashes, run, coderVersion, meaning, store, problems);
    } finally {
      inFlight.done(copies.inFlight());
    }
    copies.awaitOriginals();
    return store.use(s -> new Pipeline.Saved(counts[0], copies.saveCopies(s, problems), counts[1], counts[2]));
  }

  /** Codes a sorted batch's originals and saves them with their events; returns articles, asserted and other reports saved. */
  private static int[] codeAndSave(BatchDuplicates copies, Map<Article, String> hashes, CodingRun run, String coderVersion,
      ReportMeaning meaning, SharedStore store, List<String> problems) throws DyadInputException {
    Pipeline.Coded coded = run.code(copies.originals());
    List<ArticleResult> results = coded.results();
    problems.addAll(coded.failures());
    // The batch's articles are saved in one transaction: one commit, not one per article; a group commit
    // (SharedStore.inGroup), so that batches of other threads waiting meanwhile share it.
    return store.inGroup(s -> {
      int[] n = new int[3];
      for (Pipeline.Failed f : coded.failed()) {
        s.saveFailed(f.article(), hashes.get(f.article()), f.reason(), coderVersion); // kept with its reason, never lost
      }
      for (ArticleResult r : results) {
        // Every event is stored with its modality; the store counts and aggregates the asserted ones.
        if (s.save(r.article(), hashes.get(r.article()), r.events(), coderVersion, meaning)) {
          int asserted = (int) r.events().stream().filter(Event::asserted).count();
          n[0]++;
          n[1] += asserted;
          n[2] += r.events().size() - asserted;
        }
      }
      return n;
    });
  }
}
