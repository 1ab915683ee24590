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

/** The DuckDB store on a real database file. */
class DuckDbStoreTest {
  private static final CameoOntology CAMEO = CameoOntology.load();
  private static final LocalDate DAY = LocalDate.of(2024, 11, 18);

  @TempDir Path dir;

  @Test
  void save_storesArticleAndEvents_andReopenKeepsThem() throws DyadInputException {
    Path db = dir.resolve("dyad.duckdb");
    try (DuckDbStore store = DuckDbStore.open(db)) {
      assertEquals(1, store.schemaVersion());
      assertTrue(store.save(article("a"), "h1", List.of(event("RUS", "UKR", "195", located()), event("RUS", "UKR", "190", null))));
    }
    try (DuckDbStore store = DuckDbStore.open(db)) {
      assertEquals(new EventStore.Counts(1, 2), store.counts());
      assertTrue(store.contains("h1"));
      assertEquals(1, store.schemaVersion());
      assertEquals(List.of("Ukraine UKR country actor-country 49.0", "null"), store.locations());
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
  void open_notADatabase_isOneLineError() throws IOException {
    Path bad = dir.resolve("notes.txt");
    Files.writeString(bad, "this is not a database");
    DyadInputException e = assertThrows(DyadInputException.class, () -> DuckDbStore.open(bad));
    assertTrue(e.getMessage().startsWith(bad + ": cannot open as a Dyad store: "), e.getMessage());
  }

  private static Article article(String id) {
    return new Article(id, id + ".txt", "", DAY, "Russian troops attacked Ukrainian soldiers.");
  }

  private static Location located() {
    return new Location("", "Ukraine", -804, "PCLI", "UKR", "", 49.0, 32.0, Location.Precision.COUNTRY, "actor-country");
  }

  private static Event event(String source, String target, String code, Location where) {
    ActorMention s = new ActorMention(Actor.of(source, "", source), source, new Span(0, 7));
    ActorMention t = new ActorMention(Actor.of(target, "", target), target, new Span(24, 33));
    Evidence ev = new Evidence("verb source.subject target.object", "dict/verbs.tsv:1 verb attack → 190", "attacked", new Span(15, 23));
    return new Event("a", DAY, s, t, CAMEO.get(code), 0, "Russian troops attacked Ukrainian soldiers.", new Span(0, 33), ev, "", false,
        List.of(), where);
  }
}
