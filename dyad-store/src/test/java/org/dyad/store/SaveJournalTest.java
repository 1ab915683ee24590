package org.dyad.store;

import static org.dyad.store.SqlRows.rows;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.dyad.model.Actor;
import org.dyad.model.ActorMention;
import org.dyad.model.Article;
import org.dyad.model.Event;
import org.dyad.model.Evidence;
import org.dyad.model.Span;
import org.dyad.ontology.CameoOntology;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The save journal: a save alone commits one journal row, the rows reach their tables at the
 * journal's limit or before a read, and a process killed with rows in the journal loses none of
 * them (a real crash: a child JVM halted right after its saves).
 */
class SaveJournalTest {
  private static final CameoOntology CAMEO = CameoOntology.load();
  private static final LocalDate DAY = LocalDate.of(2025, 3, 10);

  @TempDir Path dir;

  @Test
  void anEntry_readsBackAsItWasWritten_everyValueType() {
    PendingRows rows = new PendingRows();
    String longText = "x".repeat(70_000) + " é ü 中"; // past DataOutput.writeUTF's 64 KB
    rows.article(new Object[] {"h0", "a.txt", "src", "title", DAY, longText, null, "v1"});
    rows.events(List.of(Arrays.asList("h0", 0, 7L, 2.5, true, DAY, null, new byte[] {1, 2})));
    rows.signature("h0", MinHash.of("Russian troops attacked Ukrainian positions near the town on Monday morning"));
    rows.reports(List.of(new PendingRows.RecentReport(new FusionRule.Report("h0-0", DAY, "RUSMIL", "UKR", "19", "190", 706483L, "city"),
        "Russian troops attacked.", true), new PendingRows.RecentReport(new FusionRule.Report("h0-1", DAY, "RUS", "UKR", "04", "040", null,
        null), "Russia and Ukraine met.", false)));

    PendingRows back = SaveJournal.decode(SaveJournal.encode(rows));

    assertArrayEquals(rows.articles().get(0), back.articles().get(0));
    List<Object> event = back.events().get(0);
    assertEquals(rows.events().get(0).subList(0, 7), event.subList(0, 7));
    assertArrayEquals(new byte[] {1, 2}, (byte[]) event.get(7));
    assertEquals(1.0, back.signatures().get("h0").similarity(rows.signatures().get("h0")));
    assertEquals(rows.reports(), back.reports());
    assertTrue(back.holds("h0"));
  }

  @Test
  void savesAlone_goToTheJournalUntilItsLimit_andAKilledProcessLosesNone() throws Exception {
    Path db = dir.resolve("j.duckdb");
    int saves = EventWriter.JOURNAL_LIMIT + 2;
    Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
        System.getProperty("java.class.path"), SaveThenHalt.class.getName(), db.toString(), String.valueOf(saves))
        .redirectErrorStream(true).start();
    String output = new String(child.getInputStream().readAllBytes());
    assertTrue(child.waitFor(120, TimeUnit.SECONDS), output);
    assertEquals(SaveThenHalt.HALTED, child.exitValue(), output);

    // The 32nd save wrote the 32 articles to their tables; the last two were only in the journal.
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db)) {
      assertEquals(List.of("32 160 2"), rows(c, "SELECT (SELECT count(*) FROM articles) || ' ' || (SELECT count(*) FROM coded_events)"
          + " || ' ' || (SELECT count(*) FROM save_journal)"));
    }
    try (DuckDbStore store = DuckDbStore.open(db)) {
      assertEquals(saves, store.counts().articles());
      List<String> keys = store.eventKeys();
      assertEquals(saves * 5, keys.size());
      // Each article repeats the first one's five events: every later report fused with them, held or written.
      assertEquals(5, keys.stream().filter(k -> k.endsWith("true")).count());
      assertTrue(keys.stream().allMatch(k -> k.startsWith("h0-")), keys.toString());
      assertTrue(store.contains("h" + (saves - 1)));
    }
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db)) {
      assertEquals(List.of("0"), rows(c, "SELECT count(*) FROM save_journal"));
    }
  }

  @Test
  void aHeldArticle_isKnown_toTheNearDuplicateLookup_andToReads() throws Exception {
    try (DuckDbStore store = DuckDbStore.open(dir.resolve("h.duckdb"))) {
      Article a = article(0);
      store.save(a, "h0", List.of(event(0)));
      assertTrue(store.contains("h0"));
      Article reprint = new Article("b", "b.txt", "", DAY, a.text() + " Updated.");
      assertEquals("h0", store.nearDuplicateOf(MinHash.of(reprint.text())).orElseThrow());
      assertTrue(store.saveDuplicate(reprint, "h1", "h0"));
      assertEquals(2, store.counts().articles());
      assertEquals(List.of("h0-0 true"), store.eventKeys());
    }
  }


  static Article article(int n) {
    return new Article("a" + n, "a" + n + ".txt", "", DAY, "Russian troops attacked Ukrainian positions near Kharkiv on Monday,"
        + " officials said in report number " + n + " of the series, adding that fighting went on through the night there.");
  }

  static Event event(int n) {
    String[] codes = {"190", "173", "111", "042", "051"};
    ActorMention s = new ActorMention(Actor.of("RUS", "MIL", "RUS"), "RUS", new Span(0, 7));
    ActorMention t = new ActorMention(Actor.of("UKR", "", "UKR"), "UKR", new Span(24, 33));
    Evidence ev = new Evidence("verb source.subject target.object", "dict/verbs.tsv:1 verb attack → 190", "attacked", new Span(15, 23));
    return new Event("a", null, s, t, CAMEO.get(codes[n % codes.length]), 0, "Russian troops attacked Ukrainian positions.",
        new Span(0, 33), ev, "", false, List.of(), null);
  }

  /** Saves N articles alone, each of the same five events, and halts the JVM without closing the store. */
  static final class SaveThenHalt {
    static final int HALTED = 17;

    public static void main(String[] args) throws Exception {
      DuckDbStore store = DuckDbStore.open(Path.of(args[0]));
      List<Event> five = List.of(event(0), event(1), event(2), event(3), event(4));
      for (int i = 0; i < Integer.parseInt(args[1]); i++) {
        store.save(article(i), "h" + i, five);
      }
      Runtime.getRuntime().halt(HALTED); // no close, no shutdown hook: as a killed process
    }
  }
}
