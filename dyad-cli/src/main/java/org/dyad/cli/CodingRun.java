package org.dyad.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dyad.coder.ArticleCoder;
import org.dyad.coder.ArticleResult;
import org.dyad.geo.GeoLocator;
import org.dyad.model.Article;

/** Codes and locates articles on a pool of worker threads and hands back the results in input order. */
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

  List<ArticleResult> code(List<Article> articles) {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<ArticleResult>> futures = new ArrayList<>();
      for (Article a : articles) {
        futures.add(pool.submit(() -> locator.locate(coder.code(a))));
      }
      List<ArticleResult> results = new ArrayList<>();
      for (Future<ArticleResult> f : futures) {
        results.add(f.get());
      }
      return results;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while coding", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("coding failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }
}
