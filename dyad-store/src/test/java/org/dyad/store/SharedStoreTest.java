package org.dyad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dyad.model.Actor;
import org.dyad.model.ActorMention;
import org.dyad.model.Article;
import org.dyad.model.DyadInputException;
import org.dyad.model.Event;
import org.dyad.model.Evidence;
import org.dyad.model.Span;
import org.dyad.ontology.CameoOntology;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Group commit of several threads' saves on a real store file. */
class SharedStoreTest {
  private static final CameoOntology CAMEO = CameoOntology.load();
  private static final LocalDate DAY = LocalDate.of(2024, 11, 18);

  @TempDir Path dir;

  @Test
  void inGroup_savesOfConcurrentThreads_areAllStoredOnce_andFuseAsSavedInTurn() throws Exception {
    Path grouped = dir.resolve("grouped.duckdb");
    int threads = 4;
    int each = 6;
    List<Boolean> results = new ArrayList<>();
    try (DuckDbStore store = DuckDbStore.open(grouped)) {
      SharedStore shared = new SharedStore(store);
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      CountDownLatch start = new CountDownLatch(1);
      List<Future<List<Boolean>>> saved = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        saved.add(pool.submit(() -> {
          start.await();
          List<Boolean> mine = new ArrayList<>();
          for (int i = 0; i < each; i++) {
            // Thread 3 repeats thread 0's articles: each is stored once, whichever thread comes first.
            int n = (thread == 3 ? 0 : thread) * each + i;
            mine.add(shared.inGroup(s -> s.save(article(n), "h" + n, List.of(event("RUS", "UKR", "190")))));
          }
          return mine;
        }));
      }
      start.countDown();
      for (Future<List<Boolean>> f : saved) {
        results.addAll(f.get());
      }
      pool.shutdown();
      assertEquals(3 * each, results.stream().filter(b -> b).count(), "one true per distinct article");
      assertEquals(new EventStore.Counts(3 * each, 3 * each), store.counts());
      EventStore.Fusion fusion = store.fusion();
      // The same articles saved one by one, in turn: the same fusion (one RUS→UKR 190 event a day, the rest its reports).
      try (DuckDbStore alone = DuckDbStore.open(dir.resolve("alone.duckdb"))) {
        for (int n = 0; n < 3 * each; n++) {
          alone.save(article(n), "h" + n, List.of(event("RUS", "UKR", "190")));
        }
        assertEquals(alone.fusion(), fusion);
        assertEquals(alone.counts(), store.counts());
      }
    }
  }

  @Test
  void inGroup_oneCallersWritesFail_theOthersAreStored_andTheErrorIsThatCallersAlone() throws Exception {
    try (DuckDbStore store = DuckDbStore.open(dir.resolve("g.duckdb"))) {
      SharedStore shared = new SharedStore(store);
      ExecutorService pool = Executors.newFixedThreadPool(3);
      CountDownLatch holding = new CountDownLatch(1);
      CountDownLatch release = new CountDownLatch(1);
      // A reader holds the store, so that the three writers wait together and are committed as one group.
      Future<?> reader = pool.submit(() -> shared.use(s -> {
        holding.countDown();
        await(release);
        return null;
      }));
      holding.await();
      List<Thread> writers = new ArrayList<>();
      List<Object> outcomes = java.util.Collections.synchronizedList(new ArrayList<>(List.of("", "", "")));
      for (int w = 0; w < 3; w++) {
        int n = w;
        Thread t = new Thread(() -> {
          try {
            outcomes.set(n, shared.inGroup(s -> {
              boolean saved = s.save(article(n), "h" + n, List.of(event("RUS", "UKR", "190")));
              if (n == 1) {
                throw new DyadInputException("writer 1: refused after saving");
              }
              return saved;
            }));
          } catch (DyadInputException e) {
            outcomes.set(n, e.getMessage());
          }
        });
        t.start();
        writers.add(t);
      }
      for (Thread t : writers) {
        // queued: the leader waiting for the store, the others for the leader
        while (t.getState() != Thread.State.BLOCKED && t.getState() != Thread.State.WAITING) {
          Thread.sleep(5);
        }
      }
      release.countDown();
      reader.get();
      for (Thread t : writers) {
        t.join();
      }
      pool.shutdown();
      assertEquals(List.of(true, "writer 1: refused after saving", true), outcomes);
      assertTrue(store.contains("h0"));
      assertFalse(store.contains("h1"), "the failed caller's save is rolled back");
      assertTrue(store.contains("h2"));
      assertEquals(new EventStore.Counts(2, 2), store.counts());
      // writers 0 and 2 report one event: whichever arrived first holds it, the other is fused into it
      List<String> keys = store.eventKeys();
      String primary = keys.get(0).split(" ")[0];
      assertTrue(List.of("h0-0", "h2-0").contains(primary), keys::toString);
      assertEquals(java.util.Set.of(primary + " true", primary + " false"), java.util.Set.copyOf(keys));
    }
  }

  @Test
  void inGroup_alone_isASaveInItsOwnTransaction() throws Exception {
    try (DuckDbStore store = DuckDbStore.open(dir.resolve("a.duckdb"))) {
      SharedStore shared = new SharedStore(store);
      boolean first = shared.inGroup(s -> s.save(article(0), "h0", List.of(event("RUS", "UKR", "190"))));
      boolean again = shared.inGroup(s -> s.save(article(0), "h0", List.of(event("RUS", "UKR", "190"))));
      assertTrue(first);
      assertFalse(again);
      DyadInputException e = org.junit.jupiter.api.Assertions.assertThrows(DyadInputException.class, () -> shared.inGroup(s -> {
        s.save(article(1), "h1", List.of(event("RUS", "UKR", "190")));
        throw new DyadInputException("refused");
      }));
      assertEquals("refused", e.getMessage());
      assertEquals(new EventStore.Counts(1, 1), store.counts());
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static Article article(int n) {
    return new Article("a" + n, "s" + n % 3 + ".txt", "", DAY.plusDays(n % 2), "text " + n);
  }

  private static Event event(String source, String target, String code) {
    ActorMention s = new ActorMention(Actor.of(source, "", source), source, new Span(0, 7));
    ActorMention t = new ActorMention(Actor.of(target, "", target), target, new Span(24, 33));
    Evidence ev = new Evidence("verb source.subject target.object", "dict/verbs.tsv:1 verb attack → 190", "attacked", new Span(15, 23));
    return new Event("a", null, s, t, CAMEO.get(code), 0, "Russian troops attacked Ukrainian soldiers.", new Span(0, 33), ev, "", false,
        List.of(), null);
  }
}
