package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.dyad.pipeline.CoderVersion;
import org.dyad.pipeline.Pipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dyad recode} on a real DuckDB file with the real models: events of an older coder are
 * replaced by the current coder's, fused again as ingest fused them, and a second run does nothing.
 */
class RecodeCommandIT {
  private static final Path CORPUS = Path.of("..", "bench", "escalation", "corpus.jsonl");
  private static final String EVENTS = "SELECT article_hash, event_no, event_key, primary_report, cameo, source_code, target_code,"
      + " coder_version FROM events ORDER BY article_hash, event_no";

  @TempDir Path dir;

  @Test
  void recode_replacesAnOlderCodersEvents_andIsIdempotent() throws Exception {
    Path corpus = dir.resolve("part.jsonl");
    Files.write(corpus, Files.readAllLines(CORPUS, StandardCharsets.UTF_8).subList(0, 60), StandardCharsets.UTF_8);
    String db = dir.resolve("d.duckdb").toString();
    CliRun ingest = CliRun.of("ingest", "--db", db, "--threads", "2", corpus.toString());
    assertEquals(0, ingest.exitCode(), ingest.err());
    String current = CoderVersion.of(new Pipeline.Settings(null, true, 1)).toString(); // the default, hybrid
    List<String> ingested = rows(db, EVENTS);
    assertTrue(ingested.size() > 20 && ingested.stream().allMatch(r -> r.endsWith(" " + current)), String.join("\n", ingested));
    assertTrue(ingested.stream().anyMatch(r -> r.contains(" false ")), "some reports fused: " + ingested);

    // An older coder: another version on every article and event, and its first event of each article coded otherwise.
    execute(db, "UPDATE articles SET coder_version = '0.0.1+0123456789ab' WHERE coder_version IS NOT NULL;"
        + " UPDATE coded_events SET coder_version = '0.0.1+0123456789ab';"
        + " UPDATE coded_events SET cameo = '010', root = '01' WHERE event_no = 0");
    assertNotEquals(ingested, rows(db, EVENTS));

    CliRun none = CliRun.of("recode", "--db", db, "--since", "2030-01-01");
    assertEquals(0, none.exitCode(), none.err());
    assertTrue(none.out().contains(": nothing to re-code: coder " + current + " made every article published since 2030-01-01 (no model loaded)"),
        none.out());

    CliRun recode = CliRun.of("recode", "--db", db, "--threads", "2");
    assertEquals(0, recode.exitCode(), recode.err());
    assertTrue(recode.out().matches("(?s).*: \\d+ articles re-coded by coder " + current.replace("+", "\\+") + ".*"), recode.out());
    assertEquals(ingested, rows(db, EVENTS));

    CliRun again = CliRun.of("recode", "--db", db);
    assertEquals(db + ": nothing to re-code: coder " + current + " made every article (no model loaded)\n", again.out());
    assertEquals(ingested, rows(db, EVENTS));
  }

  /**
   * A real coding failure: an article of 12,000 event sentences, stored by an older coder (with no
   * events) between two ordinary ones, is stopped at a 5 s article limit, named on stderr and
   * recorded in {@code failed_articles} with the reason, while the other two are re-coded; it stays
   * pending (coded by no one), so the next re-coding tries it again.
   */
  @Test
  void recode_articleOverTheLimit_isRecordedWithItsReason_andTheOthersAreRecoded() throws Exception {
    StringBuilder longText = new StringBuilder();
    // long enough that no run, however warm its tagger, codes it within the limit
    for (int i = 0; i < 12000; i++) {
      longText.append("Russian troops shelled Ukrainian positions near Kharkiv for the ").append(i + 1).append("th time on Monday.\n");
    }
    java.time.LocalDate day = java.time.LocalDate.of(2024, 11, 18);
    List<org.dyad.model.Article> articles = List.of(
        new org.dyad.model.Article("before", "wire", "", day, "Russia warned NATO on Monday against sending troops to Ukraine."),
        new org.dyad.model.Article("too-long", "wire", "", day, longText.toString()),
        new org.dyad.model.Article("after", "wire", "", day, "Israeli jets bombed Beirut again on Tuesday, the Lebanese health ministry said."));
    String db = dir.resolve("limit.duckdb").toString();
    try (org.dyad.store.DuckDbStore store = org.dyad.store.DuckDbStore.open(Path.of(db))) {
      for (org.dyad.model.Article a : articles) {
        store.save(a, Pipeline.contentHash(a.text()), List.of(), "0.0.1+0123456789ab", null);
      }
    }
    String current = CoderVersion.of(new Pipeline.Settings(null, true, 1)).toString(); // the default, hybrid

    CliRun recode = CliRun.of("recode", "--db", db, "--threads", "2", "--article-limit", "5");
    assertEquals(1, recode.exitCode(), recode.err());
    assertEquals("dyad: too-long: coding took longer than the article limit of 5 s\n", recode.err());
    assertTrue(recode.out().contains(": 2 articles re-coded by coder " + current), recode.out());
    String tooLong = Pipeline.contentHash(longText.toString());
    assertEquals(List.of(tooLong + " too-long coding took longer than the article limit of 5 s " + current + " " + longText.length()),
        rows(db, "SELECT hash, id, reason, coder_version, length(text) FROM failed_articles"));
    assertEquals(List.of("after " + current, "before " + current, "too-long null"),
        rows(db, "SELECT id, coder_version FROM articles ORDER BY id"));
    assertEquals(List.of("after", "before"), rows(db, "SELECT DISTINCT a.id FROM events e JOIN articles a ON a.hash = e.article_hash ORDER BY 1"));
  }

  @Test
  void recode_articleLimitBelowOne_isOneLineError() {
    CliRun run = CliRun.of("recode", "--db", dir.resolve("none.duckdb").toString(), "--article-limit", "0");
    assertEquals(2, run.exitCode());
    assertEquals("dyad: --article-limit must be at least 1, found 0\n", run.err());
  }

  @Test
  void recode_missingStore_isOneLineError() {
    CliRun run = CliRun.of("recode", "--db", dir.resolve("none.duckdb").toString());
    assertEquals(2, run.exitCode());
    assertEquals("dyad: " + dir.resolve("none.duckdb") + ": no such store (run 'dyad ingest' first)\n", run.err());
  }

  private static List<String> rows(String db, String sql) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db); Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      List<String> rows = new ArrayList<>();
      int columns = r.getMetaData().getColumnCount();
      while (r.next()) {
        StringBuilder row = new StringBuilder();
        for (int i = 1; i <= columns; i++) {
          row.append(i > 1 ? " " : "").append(r.getString(i));
        }
        rows.add(row.toString());
      }
      return rows;
    }
  }

  private static void execute(String db, String sql) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db); Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }
}
