package org.dyad.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dyad.model.Actor;
import org.dyad.model.ActorMention;
import org.dyad.model.Article;
import org.dyad.model.Event;
import org.dyad.model.Evidence;
import org.dyad.model.Location;
import org.dyad.model.Span;
import org.dyad.ontology.CameoOntology;
import org.dyad.store.DuckDbStore;
import org.dyad.store.ReportMeaning;
import org.dyad.typer.EmbeddingTyper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fusion by meaning on a real DuckDB file with the real sentence-embedding model: a burst of
 * differently worded reports of one shelling of Kharkiv from different articles on one day, whose
 * codes differ within root 19 or whose place is missing, becomes one event, each later report
 * saying it was fused by meaning; another act of the same dyad and day (a village captured) stays
 * an event of its own, which the rule alone would have fused.
 */
class FusionByMeaningIT {
  private static final CameoOntology CAMEO = CameoOntology.load();
  private static final LocalDate DAY = LocalDate.of(2025, 3, 10);
  private static final Location KHARKIV =
      new Location("Kharkiv", "Kharkiv", 706483, "PPLA", "UKR", "07", 49.98, 36.23, Location.Precision.CITY, "preposition");
  private static final Location UKRAINE =
      new Location("", "Ukraine", -804, "PCLI", "UKR", "", 49.0, 32.0, Location.Precision.COUNTRY, "actor-country");
  private static final List<Report> BURST = List.of(
      new Report("wire-a", "194", KHARKIV, "Russian forces shelled the centre of Kharkiv on Monday, killing three civilians and"
          + " wounding a dozen, the regional governor said."),
      new Report("paper-b", "195", null,
          "Three people were killed and 12 wounded when Russian artillery hit central Kharkiv, Ukrainian officials said."),
      new Report("site-c", "190", UKRAINE,
          "Russian shells slammed into the heart of Kharkiv, leaving three dead, according to Governor Oleh Syniehubov."),
      new Report("wire-d", "190", null, "Russian troops captured the village of Novoselivka in the Donetsk region after weeks of"
          + " fighting, Moscow said."));

  private static SentenceMeaning meaning;

  @TempDir Path dir;

  @BeforeAll
  static void load() {
    meaning = new SentenceMeaning(EmbeddingTyper.load());
  }

  @Test
  void burstOfOneShelling_fusesByMeaning_andAnotherActOfTheDyadAndDay_staysApart() throws Exception {
    assertEquals(List.of("h0-0 true null", "h0-0 false dyad-meaning", "h0-0 false dyad-meaning", "h3-0 true null"),
        store("meaning.duckdb", meaning, false));
  }

  /**
   * As ingest saves: the burst in one batch (one transaction), whose earlier articles' events are
   * written only at its commit; fusion by meaning still reads their sentences and fuses alike.
   */
  @Test
  void burstSavedInOneBatch_fusesByMeaningAsArticleByArticle() throws Exception {
    assertEquals(List.of("h0-0 true null", "h0-0 false dyad-meaning", "h0-0 false dyad-meaning", "h3-0 true null"),
        store("batch.duckdb", meaning, true));
  }

  /**
   * The first report stored by the rule alone keeps no sentence in the fusion lookup (v16); a later
   * report fused by meaning reads it from {@code events} instead, and fuses alike.
   */
  @Test
  void firstReportStoredByTheRuleAlone_isStillACandidateByMeaning() throws Exception {
    Path db = dir.resolve("mixed.duckdb");
    try (DuckDbStore store = DuckDbStore.open(db)) {
      for (int i = 0; i < BURST.size(); i++) {
        Report r = BURST.get(i);
        store.save(new Article(r.id(), r.id() + ".txt", "", DAY, r.sentence()), "h" + i, List.of(event(r)), "test", i == 0 ? null : meaning);
      }
    }
    assertEquals(List.of("h0-0 true null", "h0-0 false dyad-meaning", "h0-0 false dyad-meaning", "h3-0 true null"), rows(db));
    assertEquals(List.of("h0-0 false", "h3-0 true"), query(db, "SELECT concat_ws(' ', event_key, sentence_text IS NOT NULL)"
        + " FROM (SELECT * FROM fusion_lookup UNION ALL SELECT * FROM fusion_recent) ORDER BY event_key"));
  }

  @Test
  void theRuleAlone_keepsTheOtherCodeApart_andFusesTheCapture() throws Exception {
    assertEquals(List.of("h0-0 true null", "h1-0 true null", "h0-0 false dyad-root-date", "h0-0 false dyad-root-date"),
        store("rule.duckdb", null, false));
  }

  @Test
  void threshold_separatesTheBurstFromTheCapture() {
    double[] toFirst = meaning.similarities(BURST.get(0).sentence(), BURST.subList(1, 4).stream().map(Report::sentence).toList());
    assertTrue(toFirst[0] >= SentenceMeaning.THRESHOLD && toFirst[1] >= SentenceMeaning.THRESHOLD, () -> java.util.Arrays.toString(toFirst));
    assertTrue(toFirst[2] < SentenceMeaning.THRESHOLD, () -> java.util.Arrays.toString(toFirst));
  }

  /**
   * Saves the burst in order (hashes h0, h1…), one article each, each in its own transaction or
   * all in one batch, and returns each report as "event_key primary fused_by".
   */
  private List<String> store(String file, ReportMeaning judge, boolean oneBatch) throws Exception {
    Path db = dir.resolve(file);
    try (DuckDbStore store = DuckDbStore.open(db)) {
      org.dyad.store.EventStore.Writes<Void> saves = () -> {
        for (int i = 0; i < BURST.size(); i++) {
          Report r = BURST.get(i);
          Article article = new Article(r.id(), r.id() + ".txt", "", DAY, r.sentence());
          store.save(article, "h" + i, List.of(event(r)), "test", judge);
        }
        return null;
      };
      if (oneBatch) {
        store.inOneTransaction(saves);
      } else {
        saves.run();
      }
    }
    return rows(db);
  }

  /** Each report of a store as "event_key primary fused_by", in article and event order. */
  private static List<String> rows(Path db) throws Exception {
    return query(db, "SELECT concat_ws(' ', event_key, primary_report, coalesce(fused_by, 'null')) FROM events ORDER BY article_hash, event_no");
  }

  /** The first column of a query's rows. */
  private static List<String> query(Path db, String sql) throws Exception {
    List<String> rows = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db); Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      while (r.next()) {
        rows.add(r.getString(1));
      }
    }
    return rows;
  }

  private record Report(String id, String code, Location place, String sentence) {}

  private static Event event(Report r) {
    ActorMention source = new ActorMention(Actor.of("RUS", "MIL", "Russian forces"), "Russian", new Span(0, 7));
    ActorMention target = new ActorMention(Actor.of("UKR", "", "Ukraine"), "Kharkiv", new Span(20, 27));
    Evidence evidence = new Evidence("verb source.subject target.object", "test", "shelled", new Span(8, 15));
    return new Event(r.id(), DAY, source, target, CAMEO.get(r.code()), 0, r.sentence(), new Span(0, r.sentence().length()), evidence,
        "", false, List.of(), r.place());
  }
}
