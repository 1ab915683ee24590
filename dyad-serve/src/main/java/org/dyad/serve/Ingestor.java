package org.dyad.serve;

import java.util.List;
import org.dyad.model.Article;
import org.dyad.model.DyadInputException;
import org.dyad.store.SharedStore;

/**
 * Codes articles and stores their events, for {@code POST /api/ingest}. An extension point because
 * coding needs the NLP and coder stages, which the server does not depend on: the CLI that starts
 * the server supplies the real pipeline.
 */
@FunctionalInterface
public interface Ingestor {
  /**
   * Codes the articles not in {@code store} yet and saves them with their events; already-stored
   * ones are skipped. The store is shared with the server's reads: take it only around store
   * calls, not while coding.
   */
  Result ingest(List<Article> articles, SharedStore store) throws DyadInputException;

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
