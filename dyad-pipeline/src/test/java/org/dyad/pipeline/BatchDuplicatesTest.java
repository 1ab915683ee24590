package org.dyad.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.dyad.model.Article;
import org.dyad.model.DyadInputException;
import org.dyad.store.DuckDbStore;
import org.dyad.store.EventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Near-duplicates within a batch and of stored articles, on a real DuckDB store; no models. */
class BatchDuplicatesTest {
  private static final String STORY = "Armenian forces attacked Azerbaijani positions near Sotk on Monday, the defence ministry said. "
      + "Residents of Sotk said they heard explosions for six hours. Ambulances were seen leaving the village on Monday morning. "
      + "Schools near Sotk were closed for three days, the regional governor said.";
  private static final String OTHER = "Japan held talks with South Korea on fisheries. The talks lasted nine hours, officials said. "
      + "It was the third meeting of its kind since March. The meeting in Oslo was closed to the press.";

  @TempDir Path dir;

  @Test
  void sort_codesOriginalsOnly_andStoresCopiesOfThisBatchAndOfStoredArticles() throws Exception {
    try (DuckDbStore store = DuckDbStore.open(dir.resolve("d.duckdb"))) {
      store.save(article("stored", OTHER), "h-stored", List.of());
      Article original = article("original", STORY);
      Article reprint = article("reprint", STORY + " (Reporting by Global Wire)");
      Article copyOfStored = article("copy", OTHER + " (Eastern Post)");
      Map<Article, String> hashes = new IdentityHashMap<>(Map.of(original, "h-original", reprint, "h-reprint", copyOfStored, "h-copy"));
      BatchDuplicates batch = BatchDuplicates.sort(List.of(original, reprint, copyOfStored), hashes, store);
      assertEquals(List.of(original), batch.originals());
      assertEquals(new EventStore.Fusion(1, 0, 0), store.fusion()); // the copy of the stored article, at once
      store.save(original, "h-original", List.of());
      List<String> problems = new ArrayList<>();
      assertEquals(2, batch.saveCopies(store, problems));
      assertEquals(List.of(), problems);
      assertEquals(new EventStore.Counts(4, 0), store.counts());
      assertEquals(new EventStore.Fusion(2, 0, 0), store.fusion());
    }
  }

  @Test
  void saveCopies_originalNotStored_leavesTheCopyForARerun() throws Exception {
    try (DuckDbStore store = DuckDbStore.open(dir.resolve("d.duckdb"))) {
      Article original = article("original", STORY);
      Article reprint = article("reprint", STORY + " (Reporting by Global Wire)");
      Map<Article, String> hashes = new IdentityHashMap<>(Map.of(original, "h-original", reprint, "h-reprint"));
      BatchDuplicates batch = BatchDuplicates.sort(List.of(original, reprint), hashes, store);
      List<String> problems = new ArrayList<>();
      assertEquals(0, batch.saveCopies(store, problems));
      assertEquals(List.of("reprint: not stored: it copies original, which was not coded"), problems);
      assertEquals(new EventStore.Counts(0, 0), store.counts());
    }
  }

  @Test
  void sort_aCopyOfAnotherBatchsOriginalInFlight_isStoredAsItsCopyOnceThatBatchIsSaved() throws Exception {
    try (DuckDbStore store = DuckDbStore.open(dir.resolve("d.duckdb"))) {
      InFlight inFlight = new InFlight();
      Article original = article("original", STORY);
      Article reprint = article("reprint", STORY + " (Reporting by Global Wire)");
      Article same = article("same", STORY); // the same text posted twice at once: stored once
      Article other = article("other", OTHER);
      Map<Article, String> hashes = new IdentityHashMap<>(Map.of(original, "h-original", reprint, "h-reprint", same, "h-original",
          other, "h-other"));
      // Batch a is sorted and being coded; batch b is sorted meanwhile, on another thread.
      BatchDuplicates a = BatchDuplicates.sort(List.of(original), hashes, store, inFlight.originals());
      inFlight.add(a.inFlight());
      BatchDuplicates b = BatchDuplicates.sort(List.of(reprint, same, other), hashes, store, inFlight.originals());
      inFlight.add(b.inFlight());
      assertEquals(List.of(original), a.originals());
      assertEquals(List.of(other), b.originals());
      assertEquals(List.of(original, other), inFlight.originals().stream().map(InFlight.Original::article).toList());
      store.save(other, "h-other", List.of());
      inFlight.done(b.inFlight());
      java.util.concurrent.CompletableFuture<Integer> copies = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
        b.awaitOriginals(); // waits for batch a
        try {
          return b.saveCopies(store, new ArrayList<>());
        } catch (DyadInputException e) {
          throw new IllegalStateException(e);
        }
      });
      Thread.sleep(200);
      assertFalse(copies.isDone(), "b's copies wait for a's save");
      store.save(original, "h-original", List.of());
      inFlight.done(a.inFlight());
      assertEquals(1, copies.get(), "the reprint; the same text is stored already");
      assertEquals(List.of(), inFlight.originals());
      assertEquals(new EventStore.Counts(3, 0), store.counts());
      assertEquals(new EventStore.Fusion(1, 0, 0), store.fusion());
    }
  }

  private static Article article(String id, String text) {
    return new Article(id, id, "", LocalDate.of(2024, 6, 10), text);
  }
}
