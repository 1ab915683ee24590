package org.dyad.store;

import static org.dyad.store.SqlRows.rows;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.dyad.model.Actor;
import org.dyad.model.ActorMention;
import org.dyad.model.Article;
import org.dyad.model.DyadInputException;
import org.dyad.model.Event;
import org.dyad.model.Evidence;
import org.dyad.model.Location;
import org.dyad.model.Span;
import org.dyad.ontology.CameoOntology;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fusion rule, one clause per test, on a real store: which reports become one event. */
class ReportFusionTest {
  private static final CameoOntology CAMEO = CameoOntology.load();
  private static final LocalDate MARCH_10 = LocalDate.of(2025, 3, 10);
  private static final Location KHARKIV = city("Kharkiv", 706483, 49.98, 36.23);
  private static final Location POKROVSK = city("Pokrovsk", 708546, 48.28, 37.18);

  @TempDir Path dir;

  @Test
  void kharkivAndPokrovskAttacks_aDayApart_stayTwoEvents_andPokrovskKeepsItsPlace() throws Exception {
    List<String> keys = store(
        new Report("kharkiv", MARCH_10, event("RUS", "MIL", "UKR", "190", KHARKIV)),
        new Report("pokrovsk", MARCH_10.plusDays(1), event("RUS", "MIL", "UKR", "190", POKROVSK)));
    assertEquals(List.of("h0-0 true null Kharkiv", "h1-0 true null Pokrovsk"), keys);
  }

  @Test
  void sameDyadOtherRoot_doesNotFuse() throws Exception {
    assertEquals(List.of("h0-0 true null null", "h1-0 true null null"),
        store(new Report("a", MARCH_10, event("RUS", "MIL", "UKR", "190", null)),
            new Report("b", MARCH_10, event("RUS", "MIL", "UKR", "180", null))));
  }

  @Test
  void twoDaysApart_doesNotFuse() throws Exception {
    assertEquals(List.of("h0-0 true null null", "h1-0 true null null"),
        store(new Report("a", MARCH_10, event("RUS", "MIL", "UKR", "190", null)),
            new Report("b", MARCH_10.plusDays(2), event("RUS", "MIL", "UKR", "190", null))));
  }

  @Test
  void oneDayApartInTheSameCity_fuses_andNamesTheRule() throws Exception {
    assertEquals(List.of("h0-0 true null Kharkiv", "h0-0 false dyad-root-date Kharkiv"),
        store(new Report("a", MARCH_10, event("RUS", "MIL", "UKR", "190", KHARKIV)),
            new Report("b", MARCH_10.plusDays(1), event("RUS", "MIL", "UKR", "190", KHARKIV))));
  }

  @Test
  void sameDayInDifferentCities_doesNotFuse() throws Exception {
    assertEquals(List.of("h0-0 true null Kharkiv", "h1-0 true null Pokrovsk"),
        store(new Report("a", MARCH_10, event("RUS", "MIL", "UKR", "190", KHARKIV)),
            new Report("b", MARCH_10, event("RUS", "MIL", "UKR", "190", POKROVSK))));
  }

  @Test
  void oneReportWithoutAPlace_fuses_andEachReportKeepsItsOwn() throws Exception {
    assertEquals(List.of("h0-0 true null null", "h0-0 false dyad-root-date Kharkiv"),
        store(new Report("a", MARCH_10, event("RUS", "MIL", "UKR", "190", null)),
            new Report("b", MARCH_10, event("RUS", "MIL", "UKR", "190", KHARKIV))));
  }

  @Test
  void placesBelowCityPrecision_doNotKeepReportsApart() throws Exception {
    Location ukraine = new Location("", "Ukraine", -804, "PCLI", "UKR", "", 49.0, 32.0, Location.Precision.COUNTRY, "actor-country");
    assertEquals(List.of("h0-0 true null Kharkiv", "h0-0 false dyad-root-date Ukraine"),
        store(new Report("a", MARCH_10, event("RUS", "MIL", "UKR", "190", KHARKIV)),
            new Report("b", MARCH_10, event("RUS", "MIL", "UKR", "190", ukraine))));
  }

  @Test
  void twoSpecificCodesOfOneRoot_193and194_doNotFuse() throws Exception {
    assertEquals(List.of("h0-0 true null null", "h1-0 true null null"),
        store(new Report("a", MARCH_10, event("RUS", "MIL", "UKR", "193", null)),
            new Report("b", MARCH_10, event("RUS", "MIL", "UKR", "194", null))));
  }

  @Test
  void theRootsUnspecifiedCode_190with194_fuses_andTheEventKeepsBothCodes() throws Exception {
    Path db = dir.resolve("f.duckdb");
    try (DuckDbStore store = DuckDbStore.open(db)) {
      store.save(article("a", MARCH_10), "h0", List.of(event("RUS", "MIL", "UKR", "190", null)));
      store.save(article("b", MARCH_10), "h1", List.of(event("RUS", "MIL", "UKR", "194", null)));
      assertEquals(List.of("h0-0 true", "h0-0 false"), store.eventKeys());
      assertEquals(List.of("190", "194"), store.reports("h0-0").stream().map(StoredEvent::code).toList());
      assertEquals("190", store.event("h0-0").orElseThrow().code());
    }
  }

  @Test
  void otherSectorOfTheSameCountry_doesNotFuse() throws Exception {
    assertEquals(List.of("h0-0 true null null", "h1-0 true null null"),
        store(new Report("a", MARCH_10, event("RUS", "MIL", "UKR", "190", null)),
            new Report("b", MARCH_10, event("RUS", "GOV", "UKR", "190", null))));
  }

  @Test
  void reportsOfOneArticle_neverFuse() throws Exception {
    assertEquals(List.of("h0-0 true null null", "h0-1 true null null"),
        store(new Report("a", MARCH_10, event("RUS", "MIL", "UKR", "190", null), event("RUS", "MIL", "UKR", "190", null))));
  }

  @Test
  void afterTheLookupIsCompacted_byAppendingOrByRewriting_reportsStillFuse() throws Exception {
    Path db = dir.resolve("c.duckdb");
    try (DuckDbStore store = DuckDbStore.open(db)) {
      store.save(article("a", MARCH_10), "h0", List.of(event("RUS", "MIL", "UKR", "190", null)));
    }
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db)) {
      new ReportFusion(c).compact(); // appends: the lookup was empty
    }
    try (DuckDbStore store = DuckDbStore.open(db)) {
      store.save(article("old", MARCH_10.minusYears(1)), "h1", List.of(event("ISR", "", "LBN", "190", null)));
    }
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db)) {
      new ReportFusion(c).compact(); // rewrites: the new report is a year older than the lookup's last
      assertEquals(List.of("0 h1-0 h0-0"), rows(c, "SELECT (SELECT count(*) FROM fusion_recent) || ' '"
          + " || (SELECT string_agg(event_key, ' ') FROM (SELECT event_key FROM fusion_lookup))"));
    }
    try (DuckDbStore store = DuckDbStore.open(db)) {
      store.save(article("b", MARCH_10.minusDays(1)), "h2", List.of(event("RUS", "MIL", "UKR", "195", null)));
      assertEquals(List.of("h0-0 true", "h1-0 true", "h0-0 false"), store.eventKeys());
    }
  }

  /** An article of some events on a day. */
  private record Report(String id, LocalDate day, Event... events) {}

  /** Stores the articles in order (hashes h0, h1…) and returns each report as "event_key primary fused_by place". */
  private List<String> store(Report... articles) throws DyadInputException, SQLException {
    Path db = dir.resolve("f.duckdb");
    try (DuckDbStore store = DuckDbStore.open(db)) {
      for (int i = 0; i < articles.length; i++) {
        store.save(article(articles[i].id(), articles[i].day()), "h" + i, List.of(articles[i].events()));
      }
    }
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db)) {
      return rows(c, "SELECT concat_ws(' ', event_key, primary_report, coalesce(fused_by, 'null'), coalesce(place, 'null'))"
          + " FROM events ORDER BY article_hash, event_no");
    }
  }


  private static Article article(String id, LocalDate day) {
    return new Article(id, id + ".txt", "", day, "Russian troops attacked Ukrainian positions, report " + id + ".");
  }

  private static Location city(String name, long geonameId, double lat, double lon) {
    return new Location(name, name, geonameId, "PPLA2", "UKR", "", lat, lon, Location.Precision.CITY, "preposition");
  }

  private static Event event(String source, String agent, String target, String code, Location where) {
    ActorMention s = new ActorMention(Actor.of(source, agent, source), source, new Span(0, 7));
    ActorMention t = new ActorMention(Actor.of(target, "", target), target, new Span(24, 33));
    Evidence ev = new Evidence("verb source.subject target.object", "dict/verbs.tsv:1 verb attack → 190", "attacked", new Span(15, 23));
    return new Event("a", null, s, t, CAMEO.get(code), 0, "Russian troops attacked Ukrainian positions.", new Span(0, 33), ev, "", false,
        List.of(), where);
  }
}
