package org.dyad.serve;

import java.util.List;
import org.dyad.model.Article;
import org.dyad.model.DyadInputException;
import org.dyad.store.EventStore;

/**
 * Codes articles and stores their events, for {@code POST /api/ingest}. An extension point because
 * coding needs the NLP and coder stages, which the server does not depend on: the CLI that starts
 * the server supplies the real pipeline.
 */
@FunctionalInterface
public interface Ingestor {
  /**
   * Codes the articles not in {@code store} yet and saves them with their events; already-stored
   * ones are skipped. The server calls it holding the store (see {@code StoreLock}).
   */
  Result ingest(List<Article> articles, EventStore store) throws DyadInputException;

  /**
   * What an ingest did.
   *
   * @param articles articles received
   * @param stored articles new to the store
   * @param events events added
   * @param problems per-article problems (an article that could not be coded), one line each
   */
  record Result(int articles, int stored, int events, List<String> problems) {
    public Result {
      problems = List.copyOf(problems);
    }
  }
}
