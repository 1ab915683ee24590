package org.dyad.cli;

import java.util.ArrayList;
import java.util.List;
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
    BatchIngest.Fresh fresh = BatchIngest.fresh(articles, store);
    List<String> problems = new ArrayList<>();
    BatchIngest.Saved saved = fresh.articles().isEmpty()
        ? new BatchIngest.Saved(0, 0, 0, 0)
        : BatchIngest.save(fresh.articles(), fresh.hashes(), run(), store, problems);
    return new Result(articles.size(), saved.coded() + saved.copies(), saved.reports(), problems);
  }

  private CodingRun run() throws DyadInputException {
    if (run == null) {
      try {
        var gazetteer = Engine.gazetteerLoading();
        run = new CodingRun(Engine.coder(null, gazetteer), Engine.locator(gazetteer), threads);
      } catch (DyadInputException e) {
        throw e;
      } catch (java.io.IOException e) {
        throw new DyadInputException("cannot load the coding pipeline: " + e.getMessage(), e);
      }
    }
    return run;
  }
}
