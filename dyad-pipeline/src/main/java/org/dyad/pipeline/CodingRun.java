package org.dyad.pipeline;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.dyad.coder.ArticleCoder;
import org.dyad.coder.ArticleResult;
import org.dyad.geo.GeoLocator;
import org.dyad.model.Article;

/**
 * Codes and locates articles on a pool of worker threads and hands back the results in input
 * order. The pool is a fork-join pool, so that a worker left idle takes sentences of another
 * worker's article ({@link ArticleCoder#code} forks them): a long article does not keep one core
 * busy while the other waits. An article whose coding throws, or takes longer than the article
 * limit (counted from when its coding began; its thread is then interrupted), is left out and
 * named with the reason. Thread-safe: each call has its own pool, and the coder and locator are.
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
    ForkJoinPool pool = new ForkJoinPool(threads);
    try {
      List<Future<ArticleResult>> futures = new ArrayList<>();
      AtomicLongArray started = new AtomicLongArray(articles.size());
      // a fork-join task's cancel does not interrupt its thread, so the thread is kept to interrupt
      AtomicReferenceArray<Thread> running = new AtomicReferenceArray<>(articles.size());
      for (int i = 0; i < articles.size(); i++) {
        int n = i;
        futures.add(pool.submit(() -> {
          started.set(n, System.nanoTime());
          running.set(n, Thread.currentThread());
          try {
            return locate(coder.code(articles.get(n)));
          } finally {
            running.set(n, null);
          }
        }));
      }
      List<ArticleResult> results = new ArrayList<>();
      for (int i = 0; i < futures.size(); i++) {
        try {
          results.add(await(futures.get(i), started, i));
        } catch (ExecutionException e) {
          failures.add(new Pipeline.Failed(articles.get(i), "internal error while coding: " + e.getCause()));
        } catch (TimeoutException e) {
          Thread late = running.get(i);
          if (late != null) {
            late.interrupt();
          }
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
