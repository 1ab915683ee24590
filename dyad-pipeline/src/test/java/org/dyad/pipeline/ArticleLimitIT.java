package org.dyad.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dyad.model.Article;
import org.dyad.store.DuckDbStore;
import org.dyad.store.SharedStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ingest with a real coding failure: the real pipeline (models, dictionaries, gazetteer) with an
 * article limit of 5 s, and an article of 12,000 event sentences among ordinary ones. That article's
 * coding is stopped at the limit and recorded in the store's {@code failed_articles} with the reason;
 * the others are coded and stored, and a second ingest stores nothing more.
 */
class ArticleLimitIT {
  private static final LocalDate DAY = LocalDate.of(2024, 11, 18);

  @TempDir Path dir;

  @Test
  void anArticleOverTheLimit_isRecordedWithItsReason_andTheOthersAreStored() throws Exception {
    Pipeline pipeline = Pipeline.load(new Pipeline.Settings(null, false, 2, Duration.ofSeconds(5)));
    StringBuilder longText = new StringBuilder();
    // long enough that even a warm run (the tagger keeps each word's scores across articles) cannot code it in 5 s
    for (int i = 0; i < 12000; i++) {
      longText.append("Russian troops shelled Ukrainian positions near Kharkiv for the ").append(i + 1).append("th time on Monday.\n");
    }
    Article before = new Article("before", "wire", "", DAY, "Russia warned NATO on Monday against sending troops to Ukraine.");
    Article tooLong = new Article("too-long", "wire", "", DAY, longText.toString());
    Article after = new Article("after", "wire", "", DAY, "Armenian forces fired on Azerbaijani villages along the border, Baku said.");
    Path db = dir.resolve("limit.duckdb");
    try (DuckDbStore store = DuckDbStore.open(db)) {
      SharedStore shared = new SharedStore(store);
      Pipeline.Ingested done = pipeline.ingest(List.of(before, tooLong, after), shared);
      assertEquals(List.of("too-long: coding took longer than the article limit of 5 s"), done.problems());
      assertEquals(2, done.stored());
      assertTrue(done.events() >= 1, "events: " + done.events());
      assertTrue(store.contains(Pipeline.contentHash(before.text())));
      assertTrue(store.contains(Pipeline.contentHash(after.text())));
      assertFalse(store.contains(Pipeline.contentHash(tooLong.text())));
      // Stored articles are not coded again; the failed one is, and fails again.
      assertEquals(0, pipeline.ingest(List.of(before, tooLong, after), shared).stored());
    }
    assertEquals(List.of(Pipeline.contentHash(tooLong.text()) + "\ttoo-long\tcoding took longer than the article limit of 5 s\t"
        + longText.length()), rows(db, "SELECT hash, id, reason, length(text) FROM failed_articles"));
  }

  private static List<String> rows(Path db, String sql) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
      List<String> rows = new ArrayList<>();
      while (r.next()) {
        List<String> fields = new ArrayList<>();
        for (int i = 1; i <= r.getMetaData().getColumnCount(); i++) {
          fields.add(r.getString(i));
        }
        rows.add(String.join("\t", fields));
      }
      return rows;
    }
  }
}
