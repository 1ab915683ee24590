package org.dyad.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import org.dyad.coder.ArticleCoder;
import org.dyad.coder.ArticleResult;
import org.dyad.geo.GeoLocator;
import org.dyad.model.Article;

/**
 * Codes and locates articles on a pool of worker threads and hands back the results in input
 * order. The pool is a fork-join pool, so that a worker left idle takes sentences of another
 * worker's article ({@link ArticleCoder#code} forks them): a long article does not keep one core
 * busy while the other waits. Thread-safe: each call has its own pool, and the coder and locator
 * are.
 */
final class CodingRun {
  private final ArticleCoder coder;
  private final GeoLocator locator;
  private final int threads;

  CodingRun(ArticleCoder coder, GeoLocator locator, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, was " + threads);
    }
    this.coder = coder;
    this.locator = locator;
    this.threads = threads;
  }

  /**
   * The results of the articles that coded, in input order. An article whose coding fails (a bug,
   * not bad input) is left out and named in the failures, so one article cannot stop a run.
   */
  Pipeline.Coded code(List<Article> articles) {
    List<Pipeline.Failed> failures = new ArrayList<>();
    ForkJoinPool pool = new ForkJoinPool(threads);
    try {
      List<Future<ArticleResult>> futures = new ArrayList<>();
      for (Article a : articles) {
        futures.add(pool.submit(() -> locate(coder.code(a))));
      }
      List<ArticleResult> results = new ArrayList<>();
      for (int i = 0; i < futures.size(); i++) {
        try {
          results.add(futures.get(i).get());
        } catch (ExecutionException e) {
          failures.add(new Pipeline.Failed(articles.get(i), "internal error while coding: " + e.getCause()));
        }
      }
      return new Pipeline.Coded(results, failures);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while coding", e);
    } finally {
      pool.shutdownNow();
    }
  }

  /** The coded article with its events located, and the time that took. */
  private ArticleResult locate(ArticleResult coded) {
    long start = System.nanoTime();
    ArticleResult located = locator.locate(coded);
    return located.withTimes(coded.times().withGeo(System.nanoTime() - start));
  }
}
