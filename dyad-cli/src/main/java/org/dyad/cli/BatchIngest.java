package org.dyad.cli;

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
import org.dyad.store.SharedStore;

/**
 * One batch of new articles into the store, as both {@code dyad ingest} and the server's
 * {@code POST /api/ingest} do it: near-duplicates are stored as copies, the rest are coded and
 * saved with their events, each in its own transaction.
 */
final class BatchIngest {
  private BatchIngest() {}

  /**
   * The articles of a run that are new: not in the store and not repeating an earlier text of the
   * run (the first is kept), each with its content hash, computed once; in input order.
   */
  record Fresh(List<Article> articles, Map<Article, String> hashes) {}

  static Fresh fresh(List<Article> articles, SharedStore store) throws DyadInputException {
    Map<Article, String> hashes = new IdentityHashMap<>();
    Set<String> seen = new HashSet<>();
    List<Article> fresh = new ArrayList<>();
    for (Article a : articles) {
      String hash = IngestCommand.hash(a.text());
      if (seen.add(hash) && !store.use(s -> s.contains(hash))) {
        fresh.add(a);
        hashes.put(a, hash);
      }
    }
    return new Fresh(fresh, hashes);
  }

  /**
   * What a batch stored.
   *
   * @param coded articles coded and stored
   * @param copies near-duplicates stored without coding
   * @param reports asserted event reports stored (those that count)
   * @param others negated, hypothetical, announced… event reports stored (kept, not counted)
   */
  record Saved(int coded, int copies, int reports, int others) {}

  /**
   * Stores a batch of articles not in the store yet. The store is taken only to sort out
   * near-duplicates and to save; coding runs between, so a server's reads go on meanwhile.
   *
   * @param hashes each article's content hash
   * @param problems receives a line per article that could not be coded or stored
   */
  static Saved save(List<Article> batch, Map<Article, String> hashes, CodingRun run, SharedStore store, List<String> problems)
      throws DyadInputException {
    BatchDuplicates copies = store.use(s -> BatchDuplicates.sort(batch, hashes, s));
    List<ArticleResult> results = run.code(copies.originals());
    problems.addAll(run.failures());
    return store.use(s -> {
      int coded = 0;
      int reports = 0;
      int others = 0;
      for (ArticleResult r : results) {
        // Every event is stored with its modality; the store counts and aggregates the asserted ones.
        if (s.save(r.article(), hashes.get(r.article()), r.events())) {
          coded++;
          int asserted = (int) r.events().stream().filter(Event::asserted).count();
          reports += asserted;
          others += r.events().size() - asserted;
        }
      }
      return new Saved(coded, copies.saveCopies(s, problems), reports, others);
    });
  }
}
