package org.dyad.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dyad.model.Article;
import org.dyad.store.DuckDbStore;
import org.dyad.store.SharedStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several threads ingesting at once with the real pipeline, as the server's requests do: their
 * articles are coded side by side and saved in group commits, and the store ends as when the same
 * posts come one after another: each text stored once, a reprint posted beside its original stored
 * as its copy, the same events fused.
 */
class ConcurrentIngestIT {
  private static final LocalDate DAY = LocalDate.of(2024, 11, 18);
  private static final String STORY = "Armenian forces attacked Azerbaijani positions near Sotk on Monday, the defence ministry said. "
      + "Residents of Sotk said they heard explosions for six hours. Ambulances were seen leaving the village on Monday morning. "
      + "Schools near Sotk were closed for three days, the regional governor said.";

  @TempDir Path dir;

  @Test
  void postsIngestedAtOnce_storeWhatTheSamePostsInTurnStore() throws Exception {
    Pipeline pipeline = Pipeline.load(new Pipeline.Settings(null, false, 1));
    List<List<Article>> posts = List.of(
        List.of(article("story", "wire", STORY)),
        List.of(article("reprint", "post", STORY + " (Reporting by Global Wire)")),
        List.of(article("warning", "wire", "Russia warned NATO on Monday against sending troops to Ukraine.")),
        List.of(article("warning-again", "herald", "Russia warned NATO on Monday against sending troops to Ukraine.")),
        List.of(article("shelling", "times", "Russian troops shelled Ukrainian positions near Kharkiv on Monday."),
            article("shelling-2", "daily", "Russian forces shelled Ukrainian positions near Kharkiv on Monday, officials said.")));
    Path inTurn = dir.resolve("in-turn.duckdb");
    int storedInTurn = 0;
    try (DuckDbStore store = DuckDbStore.open(inTurn)) {
      SharedStore shared = new SharedStore(store);
      for (List<Article> post : posts) {
        storedInTurn += pipeline.ingest(post, shared).stored();
      }
    }
    Path atOnce = dir.resolve("at-once.duckdb");
    int storedAtOnce = 0;
    try (DuckDbStore store = DuckDbStore.open(atOnce)) {
      SharedStore shared = new SharedStore(store);
      ExecutorService pool = Executors.newFixedThreadPool(posts.size());
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Pipeline.Ingested>> done = new ArrayList<>();
      for (List<Article> post : posts) {
        done.add(pool.submit(() -> {
          start.await();
          return pipeline.ingest(post, shared);
        }));
      }
      start.countDown();
      for (Future<Pipeline.Ingested> d : done) {
        Pipeline.Ingested ingested = d.get();
        assertEquals(List.of(), ingested.problems());
        storedAtOnce += ingested.stored();
      }
      pool.shutdown();
    }
    assertEquals(storedInTurn, storedAtOnce);
    // Which of two concurrent posts comes first may differ; what is stored and how it is fused may not.
    String summary = "SELECT (SELECT count(*) FROM articles) || ' articles, ' || (SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL)"
        + " || ' copies, ' || (SELECT count(*) FROM events) || ' reports, ' || (SELECT count(DISTINCT event_key) FROM events) || ' events'";
    assertEquals(rows(inTurn, summary), rows(atOnce, summary));
    String texts = "SELECT hash FROM articles ORDER BY hash";
    assertEquals(rows(inTurn, texts), rows(atOnce, texts));
    assertEquals(List.of("5 articles, 1 copies"), rows(atOnce, "SELECT count(*) || ' articles, ' || count(duplicate_of) || ' copies' FROM articles"));
  }

  private static Article article(String id, String source, String text) {
    return new Article(id, source, "", DAY, text);
  }

  private static List<String> rows(Path db, String sql) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
      List<String> rows = new ArrayList<>();
      while (r.next()) {
        rows.add(r.getString(1));
      }
      return rows;
    }
  }
}
