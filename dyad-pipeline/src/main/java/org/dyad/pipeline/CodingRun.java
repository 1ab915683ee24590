package org.dyad.pipeline;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLongArray;
import org.dyad.coder.ArticleCoder;
import org.dyad.coder.ArticleResult;
import org.dyad.geo.GeoLocator;
import org.dyad.model.Article;

/**
 * Codes and locates articles on a pool of worker threads and hands back the results in input
 * order. An article whose coding throws, or takes longer than the article limit (counted from when
 * its coding began; it is then interrupted), is left out and named with the reason. Thread-safe:
 * each call has its own pool, and the coder and locator are.
 */
final class CodingRun {
  private final ArticleCoder coder;
  private final GeoLocator locator;
  private final int threads;
  private final Duration limit;

  CodingRun(ArticleCoder coder, GeoLocator locator, int threads, Duration limit) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, was " + threads);
    }
    this.coder = coder;
    this.locator = locator;
    this.threads = threads;
    this.limit = limit;
  }

  /**
   * The results of the articles that coded, in input order. An article whose coding fails (a bug,
   * not bad input) is left out and named in the failures, so one article cannot stop a run.
   */
  Pipeline.Coded code(List<Article> articles) {
    List<Pipeline.Failed> failures = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<ArticleResult>> futures = new ArrayList<>();
      AtomicLongArray started = new AtomicLongArray(articles.size());
      for (int i = 0; i < articles.size(); i++) {
        int n = i;
        futures.add(pool.submit(() -> {
          started.set(n, System.nanoTime());
          return locate(coder.code(articles.get(n)));
        }));
      }
      List<ArticleResult> results = new ArrayList<>();
      for (int i = 0; i < futures.size(); i++) {
        try {
          results.add(await(futures.get(i), started, i));
        } catch (ExecutionException e) {
          failures.add(new Pipeline.Failed(articles.get(i), "internal error while coding: " + e.getCause()));
        } catch (TimeoutException e) {
          futures.get(i).cancel(true);
          failures.add(new Pipeline.Failed(articles.get(i), "coding took longer than the article limit of " + limit.toSeconds() + " s"));
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

  /** An article's result, waiting at most the limit from when its coding began (not while it queued). */
  private ArticleResult await(Future<ArticleResult> result, AtomicLongArray started, int i)
      throws InterruptedException, ExecutionException, TimeoutException {
    while (started.get(i) == 0) {
      try {
        return result.get(50, TimeUnit.MILLISECONDS);
      } catch (TimeoutException queued) {
        // not begun yet, or begun since: look again
      }
    }
    return result.get(Math.max(0, started.get(i) + limit.toNanos() - System.nanoTime()), TimeUnit.NANOSECONDS);
  }

  /** The coded article with its events located, and the time that took. */
  private ArticleResult locate(ArticleResult coded) {
    long start = System.nanoTime();
    ArticleResult located = locator.locate(coded);
    return located.withTimes(coded.times().withGeo(System.nanoTime() - start));
  }
}
