package org.dyad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dyad.model.Actor;
import org.dyad.model.ActorMention;
import org.dyad.model.Article;
import org.dyad.model.DyadInputException;
import org.dyad.model.Event;
import org.dyad.model.Evidence;
import org.dyad.model.Location;
import org.dyad.model.Span;
import org.dyad.ontology.CameoOntology;
import org.dyad.store.exchange.Provenance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The DuckDB store on a real database file. */
class DuckDbStoreTest {
  private static final CameoOntology CAMEO = CameoOntology.load();
  private static final LocalDate DAY = LocalDate.of(2024, 11, 18);
  private static final List<String> AGENTS = List.of("", "MIL", "GOV", "POL", "REB", "SPY");

  @TempDir Path dir;

  @Test
  void save_storesArticleAndEvents_andReopenKeepsThem() throws DyadInputException {
    Path db = dir.resolve("dyad.duckdb");
    try (DuckDbStore store = DuckDbStore.open(db)) {
      assertEquals(19, store.schemaVersion());
      assertTrue(store.save(article("a"), "h1", List.of(event("RUS", "UKR", "195", located()), event("RUS", "UKR", "190", null))));
    }
    try (DuckDbStore store = DuckDbStore.open(db)) {
      assertEquals(new EventStore.Counts(1, 2), store.counts());
      assertTrue(store.contains("h1"));
      assertEquals(19, store.schemaVersion());
      assertEquals(List.of("Ukraine UKR country actor-country 49.0", "null"), store.locations());
    }
  }

  @Test
  void actorsAndSentences_areQueryableInTheFile() throws Exception {
    Path db = dir.resolve("views.duckdb");
    try (DuckDbStore store = DuckDbStore.open(db)) {
      store.save(article("a"), "h1", List.of(event("RUS", "UKR", "195", null), event("RUS", "UKR", "190", null)));
    }
    try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:duckdb:" + db);
        java.sql.Statement s = c.createStatement()) {
      List<String> actors = new java.util.ArrayList<>();
      try (java.sql.ResultSet r = s.executeQuery("SELECT code, as_source, as_target FROM actors ORDER BY code")) {
        while (r.next()) {
          actors.add(r.getString(1) + " " + r.getLong(2) + " " + r.getLong(3));
        }
      }
      assertEquals(List.of("RUS 2 0", "UKR 0 2"), actors);
      try (java.sql.ResultSet r = s.executeQuery("SELECT article_hash, sentence_index, text, events FROM sentences")) {
        assertTrue(r.next());
        assertEquals("h1 0 Russian troops attacked Ukrainian soldiers. 2",
            r.getString(1) + " " + r.getInt(2) + " " + r.getString(3) + " " + r.getLong(4));
        assertFalse(r.next());
      }
    }
  }

  @Test
  void save_sameContentAgain_addsNothing() throws DyadInputException {
    try (DuckDbStore store = DuckDbStore.open(dir.resolve("d.duckdb"))) {
      assertTrue(store.save(article("a"), "h1", List.of(event("RUS", "UKR", "195", null))));
      assertFalse(store.save(article("a"), "h1", List.of(event("RUS", "UKR", "195", null))));
      assertEquals(new EventStore.Counts(1, 1), store.counts());
    }
  }

  @Test
  void dyads_aggregateCountsGoldsteinAndQuadClasses() throws DyadInputException {
    try (DuckDbStore store = DuckDbStore.open(dir.resolve("d.duckdb"))) {
      store.save(article("a"), "h1", List.of(event("RUS", "UKR", "195", null), event("RUS", "UKR", "111", null)));
      store.save(article("b"), "h2", List.of(event("TUR", "UKR", "036", null)));
      List<DyadSummary> dyads = store.dyads(null, 10);
      assertEquals(2, dyads.size());
      DyadSummary top = dyads.get(0);
      assertEquals("RUS UKR 2", top.source() + " " + top.target() + " " + top.events());
      assertEquals(-12.0, top.totalGoldstein(), 1e-9);
      assertEquals(-6.0, top.meanGoldstein(), 1e-9);
      assertEquals(1, top.verbalConflict());
      assertEquals(1, top.materialConflict());
      assertEquals(List.of(), store.dyads(DAY.plusDays(1), 10));
    }
  }

  @Test
  void timeline_groupsByWeekAndMatchesCodePrefixes() throws DyadInputException {
    try (DuckDbStore store = DuckDbStore.open(dir.resolve("d.duckdb"))) {
      store.save(dated("a", LocalDate.of(2025, 3, 3)), "h1", List.of(event("RUSMIL", "UKR", "195", null), event("UKR", "RUS", "190", null)));
      store.save(dated("b", LocalDate.of(2025, 3, 12)), "h2", List.of(event("RUSGOV", "UKRGOV", "036", null)));
      List<TimelinePoint> oneWay = store.timeline("RUS", "UKR", EventStore.Period.WEEK, false);
      assertEquals(List.of(new TimelinePoint(LocalDate.of(2025, 3, 3), 1, -10.0, 1, 0, 0),
          new TimelinePoint(LocalDate.of(2025, 3, 10), 1, 4.0, 0, 1, 0)), oneWay);
      List<TimelinePoint> both = store.timeline("RUS", "UKR", EventStore.Period.MONTH, true);
      assertEquals(List.of(new TimelinePoint(LocalDate.of(2025, 3, 1), 3, -16.0, 2, 1, 0)), both);
    }
  }

  @Test
  void alerts_findThePlantedEscalationAndNotTheSteadyDyad() throws DyadInputException {
    try (DuckDbStore store = DuckDbStore.open(dir.resolve("d.duckdb"))) {
      LocalDate monday = plantEscalation(store);
      List<Alert> alerts = store.alerts(AlertQuery.asOf(monday.plusWeeks(11).plusDays(6)));
      assertEquals(1, alerts.size(), alerts.toString());
      Alert a = alerts.get(0);
      assertEquals("RUS UKR", a.source() + " " + a.target());
      assertEquals(monday.plusWeeks(10), a.since());
      assertEquals(monday.plusWeeks(11).plusDays(6), a.until());
      assertEquals(12, a.recentEvents());
      assertEquals(60.0, a.recentMean(), 1e-9);
      assertEquals(10.0, a.baselineMean(), 1e-9);
      assertEquals(List.of(), store.alerts(AlertQuery.asOf(monday.plusWeeks(9).plusDays(6))), "before the surge: no alert");
      AlertQuery coded = new AlertQuery(monday.plusWeeks(11).plusDays(6), 2, 3.0, ActorLevel.COUNTRY, Provenance.DYAD);
      assertEquals(alerts, store.alerts(coded), "the planted events were coded by Dyad");
      assertEquals(List.of(), store.alerts(new AlertQuery(coded.asOf(), 2, 3.0, ActorLevel.COUNTRY, Provenance.GDELT)), "none imported");
      assertEquals(5, store.drivers(a, 5, Provenance.DYAD).size());
      assertEquals(List.of(), store.drivers(a, 5, Provenance.GDELT));
    }
  }

  @Test
  void alerts_asOfADay_stayTheSameWhenAnUnrelatedDyadGetsLaterNews() throws DyadInputException {
    try (DuckDbStore store = DuckDbStore.open(dir.resolve("d.duckdb"))) {
      LocalDate monday = plantEscalation(store);
      AlertQuery query = AlertQuery.asOf(monday.plusWeeks(11).plusDays(3));
      List<Alert> before = store.alerts(query);
      assertEquals(1, before.size(), before.toString());
      // One article about another dyad, dated a month after the surge: the old rule ("the store's
      // latest week") moved every window there and the alert vanished.
      store.save(dated("later", monday.plusWeeks(16)), "later", List.of(event("FRA", "DEU", "111", null)));
      assertEquals(before, store.alerts(query));
      // So do later events of the dyad itself: nothing after the as-of day is read.
      store.save(dated("calm", monday.plusWeeks(12)), "calm", List.of(event("RUS", "UKR", "036", null)));
      store.save(dated("more", monday.plusWeeks(11).plusDays(5)), "more", List.of(event("RUS", "POL", "UKR", "195", null)));
      assertEquals(before, store.alerts(query));
      assertEquals(new EventStore.DateRange(monday, monday.plusWeeks(16), 0), store.eventDates());
    }
  }

  @Test
  void alerts_atSectorLevel_separateThePoliceFromTheCountry() throws DyadInputException {
    try (DuckDbStore store = DuckDbStore.open(dir.resolve("d.duckdb"))) {
      LocalDate monday = LocalDate.of(2025, 1, 6);
      int n = 0;
      for (int week = 0; week < 12; week++) {
        // Kenyan police against civilians: quiet, then three violent weeks; the government's verbal
        // conflict with civilians is steady. KENCOP → KENCVL is its own dyad.
        for (int i = 0; i < (week >= 10 ? 3 : 0); i++) {
          store.save(dated("p" + n, monday.plusWeeks(week).plusDays(2L * i)), "h" + n++, List.of(event(Actor.of("KEN", "COP", "KEN"), Actor.of("KEN", "CVL", "KEN"), "180", null)));
        }
        if (week == 0) {
          store.save(dated("p" + n, monday), "h" + n++, List.of(event(Actor.of("KEN", "COP", "KEN"), Actor.of("KEN", "CVL", "KEN"), "042", null)));
        }
        store.save(dated("g" + n, monday.plusWeeks(week)), "h" + n++, List.of(event(Actor.of("KEN", "GOV", "KEN"), Actor.of("KEN", "CVL", "KEN"), "111", null)));
      }
      LocalDate asOf = monday.plusWeeks(11).plusDays(6);
      List<Alert> sectors = store.alerts(new AlertQuery(asOf, 2, 3.0, ActorLevel.SECTOR));
      assertEquals(List.of("KENCOP KENCVL"), sectors.stream().map(a -> a.source() + " " + a.target()).toList());
      assertEquals(6, sectors.get(0).recentEvents());
      assertTrue(store.drivers(sectors.get(0), 5).stream().allMatch(e -> e.source().code().equals("KENCOP")));
      List<Alert> countries = store.alerts(new AlertQuery(asOf, 2, 3.0, ActorLevel.COUNTRY));
      assertEquals(List.of("KEN KEN"), countries.stream().map(a -> a.source() + " " + a.target()).toList(), "folded: " + countries);
    }
  }

  @Test
  void undatedArticle_isCountedInNoTimeline_untilDatedLater() throws DyadInputException {
    try (DuckDbStore store = DuckDbStore.open(dir.resolve("d.duckdb"))) {
      store.save(dated("dated", DAY), "h1", List.of(event("RUS", "UKR", "190", null)));
      store.save(new Article("plain.txt", "plain.txt", "", null, "Russian troops attacked Ukrainian soldiers."), "h2",
          List.of(event("RUS", "UKR", "195", null)));
      assertEquals(2, store.dyads(null, 10).get(0).events(), "dyads count it");
      assertEquals(1, store.timeline("RUS", "UKR", EventStore.Period.WEEK, false).stream().mapToLong(TimelinePoint::events).sum());
      assertEquals(new EventStore.DateRange(DAY, DAY, 1), store.eventDates());
      assertEquals(List.of("plain.txt"), store.undatedArticles(10).stream().map(StoredArticle::id).toList());
      assertEquals(List.of("h2"), store.dateArticles(List.of("plain.txt"), DAY.plusDays(7)));
      assertEquals(List.of(), store.undatedArticles(10));
      assertEquals(new EventStore.DateRange(DAY, DAY.plusDays(7), 0), store.eventDates());
      assertEquals(List.of(new TimelinePoint(DAY, 1, -10.0, 1, 0, 0), new TimelinePoint(DAY.plusDays(7), 1, -10.0, 1, 0, 0)),
          store.timeline("RUS", "UKR", EventStore.Period.WEEK, false));
      assertEquals(List.of(), store.dateArticles(List.of("plain.txt", "h1", "nope"), DAY), "dated articles keep their date");
      // Its event now takes part in fusion: a report of it the next day fuses into it.
      store.save(dated("again", DAY.plusDays(8)), "h3", List.of(event("RUS", "UKR", "195", null)));
      assertEquals(new EventStore.Fusion(0, 1, 2), store.fusion());
    }
  }

  @Test
  void dyads_atCountryLevelFoldSectors_withASectorFilter_andAtSectorLevelKeepThem() throws DyadInputException {
    try (DuckDbStore store = DuckDbStore.open(dir.resolve("d.duckdb"))) {
      Actor police = Actor.of("KEN", "COP", "Kenya police");
      Actor civilians = Actor.of("KEN", "CVL", "Kenya civilians");
      store.save(dated("a", DAY), "h1", List.of(event(police, civilians, "180", null), event(Actor.of("KEN", "GOV", "Kenya"), civilians, "111", null)));
      store.save(dated("b", DAY.plusDays(3)), "h2", List.of(event(police, civilians, "173", null),
          event(Actor.of("ARM", "MIL", "Armenia"), Actor.of("AZE", "", "Azerbaijan"), "190", null)));
      store.save(dated("c", DAY.plusDays(5)), "h3", List.of(event(Actor.of("ARM", "GOV", "Armenia"), Actor.of("AZE", "MIL", "Azerbaijan"), "111", null)));
      assertEquals(List.of("KENCOP KENCVL 2", "ARMGOV AZEMIL 1", "ARMMIL AZE 1", "KENGOV KENCVL 1"), pairs(store.dyads(DyadQuery.since(null, 10))));
      assertEquals(List.of("KEN KEN 3", "ARM AZE 2"), pairs(store.dyads(new DyadQuery(null, null, 10, ActorLevel.COUNTRY, null))));
      assertEquals(List.of("ARM AZE 2"), pairs(store.dyads(new DyadQuery(null, null, 10, ActorLevel.COUNTRY, "MIL"))));
      assertEquals(List.of("KEN KEN 2"), pairs(store.dyads(new DyadQuery(null, null, 10, ActorLevel.COUNTRY, "COP"))));
      assertEquals(List.of("ARM AZE 1", "KEN KEN 1"), pairs(store.dyads(new DyadQuery(DAY.plusDays(1), DAY.plusDays(4), 10, ActorLevel.COUNTRY, null))));
      assertEquals(2, store.timeline("KENCOP", "KENCVL", EventStore.Period.MONTH, false).get(0).events(), "the police's own series");
      assertEquals(3, store.timeline("KEN", "KEN", EventStore.Period.MONTH, false).get(0).events());
    }
  }

  @Test
  void actors_foundByNameOrMentionAsWholeWords_orByCode() throws DyadInputException {
    try (DuckDbStore store = DuckDbStore.open(dir.resolve("d.duckdb"))) {
      Actor hamas = new Actor("PSEREB", "PSE", "REB", "Hamas");
      Actor putin = new Actor("RUSGOV", "RUS", "GOV", "Vladimir Putin");
      Actor eu = new Actor("IGOEU", "IGO", "EU", "European Union");
      store.save(dated("a", DAY), "h1", List.of(event(hamas, Actor.of("ISR", "", "Israel"), "190", null),
          event(putin, Actor.of("UKR", "", "Ukraine"), "111", null), event(eu, Actor.of("RUS", "", "Russia"), "163", null)));
      assertEquals(List.of("PSEREB Hamas 1 0"), codes(store.actors("hamas", 10)));
      assertEquals(List.of("RUSGOV Vladimir Putin 1 0"), codes(store.actors("Putin", 10)));
      assertEquals(List.of("IGOEU European Union 1 0"), codes(store.actors("european  union", 10)));
      assertEquals(List.of(), codes(store.actors("Euro", 10)), "whole words only");
      assertEquals(List.of("ISR Israel 0 1"), codes(store.actors("isr", 10)), "by code");
      assertEquals(2, store.actors("Russia", 10).size() + store.actors("Russ", 10).size() + 1, "Russia's mention, not 'Russ'");
    }
  }

  private static List<String> pairs(List<DyadSummary> dyads) {
    return dyads.stream().map(d -> d.source() + " " + d.target() + " " + d.events()).toList();
  }

  private static List<String> codes(List<ActorMatch> actors) {
    return actors.stream().map(a -> a.code() + " " + a.name() + " " + a.asSource() + " " + a.asTarget()).toList();
  }

  /** Twelve weeks of one Russia → Ukraine clash a week and a steady Israel → Lebanon dyad, with six clashes a week in the last two. */
  private static LocalDate plantEscalation(DuckDbStore store) throws DyadInputException {
    LocalDate monday = LocalDate.of(2025, 1, 6);
    int n = 0;
    for (int week = 0; week < 12; week++) {
      LocalDate day = monday.plusWeeks(week);
      int escalation = week >= 10 ? 6 : 1; // a planted surge in the last two weeks
      for (int i = 0; i < escalation; i++) {
        // Distinct Russian actors: six clashes of one day by the same actor would fuse into one event.
        store.save(dated("r" + n, day), "h" + n++, List.of(event("RUS", AGENTS.get(i), "UKR", "190", null)));
      }
      store.save(dated("s" + n, day), "h" + n++, List.of(event("ISR", "LBN", "111", null)));
    }
    return monday;
  }

  @Test
  void save_sameDyadAndRootWithinADay_fusesIntoTheFirstReportsEvent() throws DyadInputException {
    try (DuckDbStore store = DuckDbStore.open(dir.resolve("d.duckdb"))) {
      store.save(dated("a", DAY), "h1", List.of(event("RUS", "UKR", "190", null), event("TUR", "UKR", "036", null)));
      store.save(dated("b", DAY.plusDays(1)), "h2", List.of(event("RUS", "UKR", "195", null)));
      store.save(dated("c", DAY.plusDays(3)), "h3", List.of(event("RUS", "UKR", "190", null)));
      store.save(dated("d", DAY), "h4", List.of(event("RUS", "UKR", "111", null)));
      assertEquals(new EventStore.Counts(4, 5), store.counts());
      assertEquals(new EventStore.Fusion(0, 1, 4), store.fusion());
      assertEquals(List.of("h1-0 true", "h1-1 true", "h1-0 false", "h3-0 true", "h4-0 true"), store.eventKeys());
      DyadSummary top = store.dyads(null, 10).get(0);
      assertEquals("RUS UKR 3 events, 4 reports", top.source() + " " + top.target() + " " + top.events() + " events, " + top.reports() + " reports");
      assertEquals(-10.0 - 10.0 - 2.0, top.totalGoldstein(), 1e-9);
      assertEquals(List.of(new TimelinePoint(LocalDate.of(2024, 11, 18), 3, -22.0, 3, 0, 0)),
          store.timeline("RUS", "UKR", EventStore.Period.WEEK, false));
    }
  }

  @Test
  void saveFailed_keepsTheArticleWithItsReason_untilItIsSaved() throws Exception {
    Path db = dir.resolve("f.duckdb");
    try (DuckDbStore store = DuckDbStore.open(db)) {
      store.saveFailed(dated("a", DAY), "h1", "internal error while coding: boom", "0.1.0+abc");
      store.saveFailed(dated("a", DAY), "h1", "internal error while coding: boom again", "0.1.0+abc");
      store.saveFailed(dated("b", DAY), "h2", "internal error while coding: other", null);
    }
    assertEquals(List.of("h1 a internal error while coding: boom again 0.1.0+abc", "h2 b internal error while coding: other null"),
        rows(db, "SELECT hash, id, reason, coder_version FROM failed_articles ORDER BY hash"));
    try (DuckDbStore store = DuckDbStore.open(db)) {
      assertTrue(store.save(dated("a", DAY), "h1", List.of(event("RUS", "UKR", "190", null))));
    }
    assertEquals(List.of("h2 b internal error while coding: other null"),
        rows(db, "SELECT hash, id, reason, coder_version FROM failed_articles ORDER BY hash"));
  }

  private static List<String> rows(Path db, String sql) throws Exception {
    try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:duckdb:" + db); java.sql.Statement s = c.createStatement();
        java.sql.ResultSet r = s.executeQuery(sql)) {
      List<String> rows = new java.util.ArrayList<>();
      while (r.next()) {
        StringBuilder row = new StringBuilder();
        for (int i = 1; i <= r.getMetaData().getColumnCount(); i++) {
          row.append(i > 1 ? " " : "").append(r.getString(i));
        }
        rows.add(row.toString());
      }
      return rows;
    }
  }

  @Test
  void inOneTransaction_savesABatchThatFusesWithinItself_andAFailingBatchStoresNothing() throws DyadInputException {
    try (DuckDbStore store = DuckDbStore.open(dir.resolve("d.duckdb"))) {
      int saved = store.inOneTransaction(() -> {
        store.save(dated("a", DAY), "h1", List.of(event("RUS", "UKR", "190", null)));
        store.save(dated("b", DAY.plusDays(1)), "h2", List.of(event("RUS", "UKR", "195", null)));
        return 2;
      });
      assertEquals(2, saved);
      assertEquals(List.of("h1-0 true", "h1-0 false"), store.eventKeys());
      // Written at the commit: the articles, and their signatures for later near-duplicate lookups.
      assertEquals(new EventStore.Counts(2, 2), store.counts());
      assertEquals(java.util.Optional.of("h2"), store.nearDuplicateOf(MinHash.of(dated("b", DAY.plusDays(1)).text())));
      assertFalse(store.save(dated("a", DAY), "h1", List.of()), "a batch's article is stored");
      DyadInputException refused = assertThrows(DyadInputException.class, () -> store.inOneTransaction(() -> {
        store.save(dated("c", DAY), "h3", List.of(event("TUR", "UKR", "036", null)));
        throw new DyadInputException("the batch's second article failed");
      }));
      assertEquals("the batch's second article failed", refused.getMessage());
      assertEquals(new EventStore.Counts(2, 2), store.counts(), "nothing of the failed batch is stored");
      assertTrue(store.save(dated("c", DAY), "h3", List.of(event("TUR", "UKR", "036", null))), "and it can be saved again");
    }
  }

  @Test
  void save_reopenedStore_fusesWithEventsOfEarlierRuns() throws DyadInputException {
    Path db = dir.resolve("d.duckdb");
    try (DuckDbStore store = DuckDbStore.open(db)) {
      store.save(dated("a", DAY), "h1", List.of(event("RUS", "UKR", "190", null)));
    }
    try (DuckDbStore store = DuckDbStore.open(db)) {
      store.save(dated("b", DAY.minusDays(1)), "h2", List.of(event("RUS", "UKR", "190", null), event("RUS", "UKR", "190", null)));
      assertEquals(List.of("h1-0 true", "h1-0 false", "h1-0 false"), store.eventKeys());
    }
  }

  @Test
  void nearDuplicateOf_findsAReprintAcrossRuns_andItCountsAsAReport() throws Exception {
    Path db = dir.resolve("d.duckdb");
    try (DuckDbStore store = DuckDbStore.open(db)) {
      store.save(story("wire", MinHashTest.WIRE), "h1", List.of(event("RUS", "UKR", "190", null)));
      store.save(story("other", MinHashTest.OTHER_STORY), "h2", List.of(event("RUS", "UKR", "111", null)));
    }
    try (DuckDbStore store = DuckDbStore.open(db)) {
      assertEquals(Optional.of("h1"), store.nearDuplicateOf(MinHash.of(MinHashTest.REPRINT)));
      assertEquals(Optional.empty(), store.nearDuplicateOf(MinHash.of(MinHashTest.SAME_TOPIC)));
      assertTrue(store.saveDuplicate(story("reprint", MinHashTest.REPRINT), "h3", "h1"));
      assertFalse(store.saveDuplicate(story("reprint", MinHashTest.REPRINT), "h3", "h1"));
      assertEquals(new EventStore.Counts(3, 2), store.counts());
      assertEquals(new EventStore.Fusion(1, 0, 2), store.fusion());
      assertEquals(List.of(3L), store.dyads(null, 10).stream().map(DyadSummary::reports).distinct().toList());
      Path csv = dir.resolve("e.csv");
      assertEquals(2, store.export(ExportFormat.CSV, csv, null, null));
      List<String> rows = Files.readAllLines(csv);
      assertTrue(rows.get(0).endsWith(",event_key,primary_report,fused_by,source_country_from,target_country_from,modality,fatalities,"
          + "injured,arrested,casualty_words,event_date,time_precision,event_type,sub_event_type,provenance,external_id,imported,coder_version,"
          + "reports,sources"), rows.get(0));
      assertTrue(rows.stream().anyMatch(r -> r.startsWith("h1,0,")
              && r.endsWith(",h1-0,true,,written,written,asserted,,,,\"\",2024-11-18,day,\"\",\"\",dyad,,,,2,2")),
          rows.toString());
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> store.saveDuplicate(story("x", "x y z"), "h9", "missing"));
      assertEquals("no stored article missing for x to duplicate", e.getMessage());
    }
  }

  @Test
  void open_notADatabase_isOneLineError() throws IOException {
    Path bad = dir.resolve("notes.txt");
    Files.writeString(bad, "this is not a database");
    DyadInputException e = assertThrows(DyadInputException.class, () -> DuckDbStore.open(bad));
    assertTrue(e.getMessage().startsWith(bad + ": cannot open as a Dyad store: "), e.getMessage());
  }

  private static Article story(String id, String text) {
    return new Article(id, id + ".txt", "", DAY, text);
  }

  private static Article dated(String id, LocalDate day) {
    return new Article(id, id + ".txt", "", day, "text " + id);
  }

  private static Article article(String id) {
    return new Article(id, id + ".txt", "", DAY, "Russian troops attacked Ukrainian soldiers.");
  }

  private static Location located() {
    return new Location("", "Ukraine", -804, "PCLI", "UKR", "", 49.0, 32.0, Location.Precision.COUNTRY, "actor-country");
  }

  private static Event event(String source, String target, String code, Location where) {
    return event(source, "", target, code, where);
  }

  private static Event event(String source, String agent, String target, String code, Location where) {
    return event(Actor.of(source, agent, source), Actor.of(target, "", target), code, where);
  }

  private static Event event(Actor source, Actor target, String code, Location where) {
    ActorMention s = new ActorMention(source, source.name(), new Span(0, 7));
    ActorMention t = new ActorMention(target, target.name(), new Span(24, 33));
    Evidence ev = new Evidence("verb source.subject target.object", "dict/verbs.tsv:1 verb attack → 190", "attacked", new Span(15, 23));
    return new Event("a", null, s, t, CAMEO.get(code), 0, "Russian troops attacked Ukrainian soldiers.", new Span(0, 33), ev, "", false,
        List.of(), where);
  }
}
