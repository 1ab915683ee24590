package org.dyad.cli;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dyad.coder.ArticleResult;
import org.dyad.model.Article;
import org.dyad.model.DyadInputException;
import org.dyad.serve.Ingestor;
import org.dyad.store.EventStore;

/**
 * The server's {@link Ingestor}: the same pipeline as {@code dyad ingest} (coder, locator, content
 * hash), built on first use so that a read-only server starts without loading the models.
 */
final class StoreIngestor implements Ingestor {
  private final int threads;
  private CodingRun run;

  StoreIngestor(int threads) {
    this.threads = threads;
  }

  @Override
  public synchronized Result ingest(List<Article> articles, EventStore store) throws DyadInputException {
    List<Article> fresh = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Article a : articles) {
      String hash = IngestCommand.hash(a.text());
      if (seen.add(hash) && !store.contains(hash)) {
        fresh.add(a);
      }
    }
    int stored = 0;
    int events = 0;
    List<String> problems = new ArrayList<>();
    if (!fresh.isEmpty()) {
      CodingRun coding = run();
      for (ArticleResult r : coding.code(fresh)) {
        if (store.save(r.article(), IngestCommand.hash(r.article().text()), r.events())) {
          stored++;
          events += r.events().size();
        }
      }
      problems.addAll(coding.failures());
    }
    return new Result(articles.size(), stored, events, problems);
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
