package org.dyad.cli;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyad.model.Article;
import org.dyad.model.DyadInputException;
import org.dyad.serve.Ingestor;
import org.dyad.store.SharedStore;

/**
 * The server's {@link Ingestor}: the same pipeline as {@code dyad ingest} (content hash,
 * near-duplicates, coder, locator, fusion; {@link BatchIngest}), built on first use so that a read-only server starts without loading the models.
 */
final class StoreIngestor implements Ingestor {
  private final int threads;
  private CodingRun run;

  StoreIngestor(int threads) {
    this.threads = threads;
  }

  @Override
  public synchronized Result ingest(List<Article> articles, SharedStore store) throws DyadInputException {
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
    List<String> problems = new ArrayList<>();
    BatchIngest.Saved saved = fresh.isEmpty() ? new BatchIngest.Saved(0, 0, 0) : BatchIngest.save(fresh, hashes, run(), store, problems);
    return new Result(articles.size(), saved.coded() + saved.copies(), saved.reports(), problems);
  }

  private CodingRun run() throws DyadInputException {
    if (run == null) {
      try {
        run = new CodingRun(Engine.coder(null), Engine.locator(Engine.gazetteerLoading()), threads);
      } catch (DyadInputException e) {
        throw e;
      } catch (java.io.IOException e) {
        throw new DyadInputException("cannot load the coding pipeline: " + e.getMessage(), e);
      }
    }
    return run;
  }
}
