package org.dyad.store;

import static org.dyad.store.SqlRows.rows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.util.List;
import org.dyad.model.Actor;
import org.dyad.model.ActorMention;
import org.dyad.model.Article;
import org.dyad.model.Casualties;
import org.dyad.model.ConflictType;
import org.dyad.model.Event;
import org.dyad.model.EventTime;
import org.dyad.model.Evidence;
import org.dyad.model.Modality;
import org.dyad.model.Span;
import org.dyad.ontology.CameoOntology;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Schema v9 on a real store: every modality is stored but only asserted events count, fuse and
 * aggregate; a fused event's toll is its largest report's figure, summed over events per dyad and
 * period; fusion, timelines and alerts date an event by its act.
 */
class ModalityTollDateTest {
  private static final CameoOntology CAMEO = CameoOntology.load();
  private static final LocalDate MARCH_10 = LocalDate.of(2025, 3, 10);

  @TempDir Path dir;

  @Test
  void negatedAndHypotheticalEvents_areStored_butEveryAggregateHoldsAssertedOnly() throws Exception {
    Path db = dir.resolve("m.duckdb");
    try (DuckDbStore store = DuckDbStore.open(db)) {
      store.save(article("a", MARCH_10), "h0", List.of(
          event("RUS", "UKR", "190", Modality.ASSERTED, null, null),
          event("RUS", "UKR", "190", Modality.NEGATED, 50, null),
          event("TUR", "UKR", "036", Modality.HYPOTHETICAL, null, null)));
      assertEquals(new EventStore.Counts(1, 1), store.counts());
      assertEquals(new EventStore.Fusion(0, 0, 1), store.fusion());
      assertEquals(List.of("RUS UKR 1 0"), store.dyads(null, 10).stream()
          .map(d -> d.source() + " " + d.target() + " " + d.events() + " " + d.fatalities()).toList());
      assertEquals(List.of(new TimelinePoint(MARCH_10, 1, -10.0, 1, 0, 0)), store.timeline("RUS", "UKR", EventStore.Period.DAY, false));
      assertEquals(List.of(), store.timeline("TUR", "UKR", EventStore.Period.DAY, true));

      assertEquals(1, store.events(EventQuery.all(10)).total());
      assertEquals(3, store.events(EventQuery.all(10).withModality("all")).total());
      List<StoredEvent> negated = store.events(EventQuery.all(10).withModality("negated")).items();
      assertEquals(List.of("h0-1 negated 50"), negated.stream().map(e -> e.id() + " " + e.modality() + " " + e.fatalities()).toList());
      assertEquals("hypothetical", store.event("h0-2").orElseThrow().modality());
      assertEquals(List.of("h0-0"), store.eventsOf("h0").stream().map(StoredEvent::id).toList());
      assertEquals(1, store.articles(null, 1, 10).items().get(0).events());
      assertThrows(IllegalArgumentException.class, () -> EventQuery.all(10).withModality("maybe"));

      Path csv = dir.resolve("e.csv");
      assertEquals(1, store.export(ExportFormat.CSV, csv, null, null));
      assertEquals(2, Files.readAllLines(csv).size());
      Path plover = dir.resolve("e.json");
      assertEquals(1, store.export(ExportFormat.PLOVER, plover, null, null));
      String line = Files.readAllLines(plover).get(0);
      assertEquals(true, line.contains("\"date\":\"2025-03-10\"") && line.contains("\"modality\":\"asserted\"")
          && line.contains("\"size\":{\"dead\":null,"), line);
    }
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db)) {
      assertEquals(List.of("3 1 1 2 1 1"), rows(c, "SELECT concat_ws(' ', (SELECT count(*) FROM events), (SELECT count(*) FROM reports),"
          + " (SELECT count(*) FROM fused_events), (SELECT count(*) FROM actors), (SELECT sum(events) FROM sentences),"
          + " (SELECT count(*) FROM fusion_recent))"));
    }
  }

  @Test
  void onlyAssertedReportsFuse_aNegatedActIsNeverFusedInto_norFusedIntoAnother() throws Exception {
    Path db = dir.resolve("f.duckdb");
    try (DuckDbStore store = DuckDbStore.open(db)) {
      store.save(article("a", MARCH_10), "h0", List.of(event("RUS", "UKR", "190", Modality.NEGATED, null, null)));
      store.save(article("b", MARCH_10), "h1", List.of(event("RUS", "UKR", "190", Modality.ASSERTED, null, null)));
      store.save(article("c", MARCH_10), "h2", List.of(event("RUS", "UKR", "190", Modality.DENIED, null, null)));
      store.save(article("d", MARCH_10.plusDays(1)), "h3", List.of(event("RUS", "UKR", "190", Modality.ASSERTED, null, null)));
      assertEquals(List.of("h0-0 true", "h1-0 true", "h2-0 true", "h1-0 false"), store.eventKeys());
    }
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db)) {
      assertEquals(List.of("h1-0"), rows(c, "SELECT event_key FROM fusion_recent UNION ALL SELECT event_key FROM fusion_lookup"));
    }
  }

  @Test
  void aFusedEventsToll_isItsLargestReport_namedAndNeverSummed_andDyadsAndTimelinesSumItOverEvents() throws Exception {
    try (DuckDbStore store = DuckDbStore.open(dir.resolve("t.duckdb"))) {
      store.save(article("a", MARCH_10), "h0", List.of(event("RUS", "UKR", "190", Modality.ASSERTED, 4, null)));
      store.save(article("b", MARCH_10), "h1", List.of(event("RUS", "UKR", "190", Modality.ASSERTED, 12, null)));
      store.save(article("c", MARCH_10.plusDays(1)), "h2", List.of(event("RUS", "UKR", "190", Modality.ASSERTED, 7, null)));
      store.save(article("d", MARCH_10.plusDays(8)), "h3", List.of(event("RUS", "UKR", "180", Modality.ASSERTED, 3, null),
          event("RUS", "UKR", "111", Modality.ASSERTED, null, null)));
      assertEquals(List.of("h0-0 true", "h0-0 false", "h0-0 false", "h3-0 true", "h3-1 true"), store.eventKeys());

      StoredEvent first = store.event("h0-0").orElseThrow();
      assertEquals(4, first.fatalities(), "the report's own figure");
      assertEquals(new StoredEvent.Toll(12, "h1-0", null, null, null, null), first.toll());
      assertEquals(List.of(12, 12, 12), store.reports("h0-0").stream().map(e -> e.toll().fatalities()).toList());
      assertEquals(new StoredEvent.Toll(12, "h1-0", null, null, null, null), store.event("h2-0").orElseThrow().toll());
      assertEquals(List.of(3, 12), store.events(EventQuery.all(10).withModality("all")).items().stream()
          .filter(e -> e.toll().fatalities() != null).map(e -> e.toll().fatalities()).toList());

      DyadSummary dyad = store.dyads(null, 10).get(0);
      assertEquals("RUS UKR 3 events, 15 killed", dyad.source() + " " + dyad.target() + " " + dyad.events() + " events, "
          + dyad.fatalities() + " killed");
      assertEquals(List.of(new TimelinePoint(MARCH_10, 1, -10.0, 1, 0, 12), new TimelinePoint(MARCH_10.plusDays(7), 2, -11.0, 2, 0, 3)),
          store.timeline("RUS", "UKR", EventStore.Period.WEEK, false));
      assertEquals(3, store.dyads(MARCH_10.plusDays(2), 10).get(0).fatalities());

      Path csv = dir.resolve("t.csv");
      store.export(ExportFormat.CSV, csv, null, null);
      List<String> rows = Files.readAllLines(csv);
      int column = List.of(rows.get(0).split(",")).indexOf("fatalities");
      assertEquals(List.of("", "12", "3"), rows.stream().skip(1).map(r -> r.split(",", -1)[column]).sorted().toList());
    }
  }

  @Test
  void fusionAndTimelines_dateAnEventByItsAct_notByItsArticle() throws Exception {
    LocalDate act = LocalDate.of(2025, 3, 3);
    try (DuckDbStore store = DuckDbStore.open(dir.resolve("d.duckdb"))) {
      // Reported the next day, and retold a week later as "last Monday": one event, of March 3.
      store.save(article("a", act.plusDays(1)), "h0", List.of(event("RUS", "UKR", "190", Modality.ASSERTED, null, act)));
      store.save(article("b", act.plusDays(9)), "h1", List.of(event("RUS", "UKR", "190", Modality.ASSERTED, null, act)));
      // Published on March 11 about an act of that day (no date of its own): the day before the retelling's
      // article, but a week after its act, so it is another event.
      store.save(article("c", act.plusDays(8)), "h2", List.of(event("RUS", "UKR", "190", Modality.ASSERTED, null, null)));
      assertEquals(List.of("h0-0 true", "h0-0 false", "h2-0 true"), store.eventKeys());
      StoredEvent first = store.event("h0-0").orElseThrow();
      assertEquals(act.plusDays(1) + " " + act + " day", first.date() + " " + first.eventDate() + " " + first.timePrecision());
      assertEquals(List.of(new TimelinePoint(act, 1, -10.0, 1, 0, 0), new TimelinePoint(act.plusDays(7), 1, -10.0, 1, 0, 0)),
          store.timeline("RUS", "UKR", EventStore.Period.WEEK, false));
      assertEquals(1, store.dyads(act.plusDays(7), 10).get(0).events());
    }
  }

  @Test
  void sinceUntil_exportsAndAlertDrivers_selectEventsByTheirAct_notByTheirArticle() throws Exception {
    LocalDate act = LocalDate.of(2025, 3, 3);
    try (DuckDbStore store = DuckDbStore.open(dir.resolve("s.duckdb"))) {
      // An act of March 3 reported on March 20 ("two weeks ago"), and one of March 20 reported that day.
      store.save(article("a", act.plusDays(17)), "h0", List.of(event("RUS", "UKR", "190", Modality.ASSERTED, null, act)));
      store.save(article("b", act.plusDays(17)), "h1", List.of(event("TUR", "SYR", "190", Modality.ASSERTED, null, null)));
      assertEquals(List.of("h0-0"), ids(store, act, act.plusDays(2)));
      assertEquals(List.of("h1-0"), ids(store, act.plusDays(10), null));
      assertEquals(List.of(), ids(store, act.plusDays(4), act.plusDays(16)));
      Path early = dir.resolve("early.csv");
      assertEquals(1, store.export(ExportFormat.CSV, early, act, act.plusDays(2)));
      assertEquals(true, Files.readAllLines(early).get(1).contains("RUS"));
      assertEquals(1, store.export(ExportFormat.CSV, dir.resolve("late.csv"), act.plusDays(10), null));
      // An alert on the week of the act is driven by it, though its article came two weeks later.
      Alert week = new Alert("RUS", "UKR", act, act.plusDays(6), 10, 0, 1, 10, 1);
      assertEquals(List.of("h0-0"), store.drivers(week, 5).stream().map(StoredEvent::id).toList());
      Alert later = new Alert("RUS", "UKR", act.plusDays(14), act.plusDays(20), 10, 0, 1, 10, 1);
      assertEquals(List.of(), store.drivers(later, 5));
    }
  }

  private static List<String> ids(DuckDbStore store, LocalDate since, LocalDate until) throws Exception {
    return store.events(new EventQuery(since, until, null, null, null, null, null, null, null, false, EventQuery.Sort.NEWEST, 1, 10))
        .items().stream().map(StoredEvent::id).toList();
  }

  private static Article article(String id, LocalDate day) {
    return new Article(id, id + ".txt", "", day, "Russian troops attacked Ukrainian positions, report " + id + ".");
  }

  /** An event of a modality, with a death toll (or none) and a date of its own (or the article's). */
  private static Event event(String source, String target, String code, Modality modality, Integer killed, LocalDate act) {
    ActorMention s = new ActorMention(Actor.of(source, "", source), source, new Span(0, 7));
    ActorMention t = new ActorMention(Actor.of(target, "", target), target, new Span(24, 33));
    Evidence ev = new Evidence("verb source.subject target.object", "dict/verbs.tsv:1 verb attack → 190", "attacked", new Span(15, 23));
    return new Event("a", null, s, t, CAMEO.get(code), 0, "Russian troops attacked Ukrainian positions.", new Span(0, 33), ev, "", false,
        List.of(), null, modality, killed == null ? Casualties.NONE : new Casualties(killed, null, null, "killing " + killed),
        act == null ? EventTime.ofArticle(null) : new EventTime(act, EventTime.Precision.DAY, "on Monday"),
        killed == null ? ConflictType.NONE : new ConflictType("Battles", "Armed clash"));
  }

}
