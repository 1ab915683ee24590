package org.dyad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The browsing queries on a real DuckDB file. */
class DuckDbReadsTest {
  private static final CameoOntology CAMEO = CameoOntology.load();
  private static final String TEXT = "Kyiv, Monday. Russian troops attacked Ukrainian soldiers. Germany praised 100% of Ukraine_s effort.";

  @TempDir Path dir;
  private DuckDbStore store;

  @BeforeEach
  void fill() throws DyadInputException {
    store = DuckDbStore.open(dir.resolve("reads.duckdb"));
    store.save(new Article("https://example.org/1", "wire", "Troops attack", LocalDate.of(2024, 3, 1), TEXT), "h1",
        List.of(event("RUSMIL", "UKRMIL", "190", TEXT.indexOf("Russian"), "Russian troops attacked Ukrainian soldiers."),
            event("DEU", "UKR", "051", TEXT.indexOf("Germany"), "Germany praised 100% of Ukraine_s effort.")
                .withLocation(new Location("Kyiv", "Kyiv", 703448, "PPLC", "UKR", "12", 50.45, 30.52, Location.Precision.CITY, "dateline"))));
    store.save(new Article("b", "paper", "Later", LocalDate.of(2024, 4, 1), "Russian troops attacked Ukrainian soldiers."), "h2",
        List.of(event("RUSMIL", "UKRMIL", "193", 0, "Russian troops attacked Ukrainian soldiers.")));
  }

  @AfterEach
  void close() throws DyadInputException {
    store.close();
  }

  @Test
  void events_filterByActorPrefixCodeAndDate_newestFirst() throws DyadInputException {
    Page<StoredEvent> all = store.events(EventQuery.all(10));
    assertEquals(3, all.total());
    assertEquals(List.of("193", "190", "051"), all.items().stream().map(StoredEvent::code).toList());

    EventQuery russiaConflict = new EventQuery(null, LocalDate.of(2024, 3, 31), "RUS", "UKR", null, "19", null, null, null, false,
        EventQuery.Sort.NEWEST, 1, 10);
    assertEquals(List.of("190"), store.events(russiaConflict).items().stream().map(StoredEvent::code).toList());
    EventQuery byActor = new EventQuery(null, null, null, null, "DEU", null, 1, null, null, false,
        EventQuery.Sort.NEWEST, 1, 10);
    assertEquals(1, store.events(byActor).total());
    EventQuery located = new EventQuery(null, null, null, null, null, null, null, null, null, true, EventQuery.Sort.NEWEST, 1, 10);
    StoredEvent kyiv = store.events(located).items().get(0);
    assertEquals(List.of("051", "Kyiv", "dateline"), List.of(kyiv.code(), kyiv.location().name(), kyiv.location().method()));
    assertEquals(List.of("ENERGY", "NUCLEAR"), store.event("h1-0").orElseThrow().issues());
  }

  @Test
  void events_textSearchTakesWildcardsLiterally() throws DyadInputException {
    assertEquals(1, store.events(text("100%")).total());
    assertEquals(1, store.events(text("ukraine_s")).total());
    assertEquals(0, store.events(text("_raine_s effort x")).total());
    assertEquals(0, store.events(text("1%0")).total());
  }

  @Test
  void events_pagesAndSorts() throws DyadInputException {
    EventQuery second = new EventQuery(null, null, null, null, null, null, null, null, null, false, EventQuery.Sort.MOST_COOPERATIVE, 1, 1);
    Page<StoredEvent> page = store.events(second);
    assertEquals(3, page.total());
    assertEquals(List.of("051"), page.items().stream().map(StoredEvent::code).toList());
    EventQuery last = new EventQuery(null, null, null, null, null, null, null, null, null, false, EventQuery.Sort.MOST_COOPERATIVE, 3, 1);
    assertEquals(List.of("193"), store.events(last).items().stream().map(StoredEvent::code).toList(), "ties broken by storage order");
    EventQuery reported = new EventQuery(null, null, null, null, null, null, null, null, null, false, EventQuery.Sort.MOST_REPORTED, 1, 5);
    assertEquals(List.of(1L, 1L, 1L), store.events(reported).items().stream().map(StoredEvent::reports).toList());
  }

  @Test
  void event_carriesSpansRelativeToItsSentence_andItsReports() throws DyadInputException {
    StoredEvent e = store.event("h1-0").orElseThrow();
    String sentence = e.sentenceText();
    assertEquals("Russian troops", sentence.substring(e.sourceSpan().start() - e.sentenceStart(), e.sourceSpan().end() - e.sentenceStart()));
    assertEquals("attacked", sentence.substring(e.triggerSpan().start() - e.sentenceStart(), e.triggerSpan().end() - e.sentenceStart()));
    assertEquals("Troops attack", e.title());
    assertEquals("wire", e.outlet());
    assertEquals(1, e.reports());
    assertEquals(List.of("h1-0"), store.reports(e.eventKey()).stream().map(StoredEvent::id).toList());
    assertTrue(store.event("nope-1").isEmpty());
  }

  @Test
  void reportCounts_includeFusedReportsAndCopies_fromDistinctOutlets() throws DyadInputException {
    String retold = "Russian troops attacked Ukrainian soldiers again, officials said.";
    store.save(new Article("c", "daily", "Retold", LocalDate.of(2024, 3, 2), retold), "h3",
        List.of(event("RUSMIL", "UKRMIL", "195", 0, retold)));
    store.saveDuplicate(new Article("d", "gazette", "Reprint", LocalDate.of(2024, 3, 1), TEXT + " (Wire)"), "h4", "h1");
    StoredEvent first = store.event("h1-0").orElseThrow();
    assertEquals(List.of(3L, 3L), List.of(first.reports(), first.sources()), "first report, retelling, reprint; wire, daily, gazette");
    StoredEvent fused = store.event("h3-0").orElseThrow();
    assertEquals(List.of("h1-0", "3", "3"), List.of(fused.eventKey(), String.valueOf(fused.reports()), String.valueOf(fused.sources())));
    StoredEvent other = store.event("h1-1").orElseThrow();
    assertEquals(List.of(2L, 2L), List.of(other.reports(), other.sources()), "the reprint also reports the article's other event");
    assertEquals(3, store.events(EventQuery.all(10)).total(), "the retelling is not a new event");
  }

  @Test
  void articles_listWithoutText_oneWithText() throws DyadInputException {
    Page<StoredArticle> page = store.articles(null, 1, 10);
    assertEquals(2, page.total());
    assertEquals(List.of("h2", "h1"), page.items().stream().map(StoredArticle::hash).toList());
    assertNull(page.items().get(0).text());
    assertEquals(2, page.items().get(1).events());
    assertEquals(1, store.articles("later", 1, 10).total());
    assertEquals(1, store.articles("troops attack", 1, 10).total(), "whole words: the title 'Troops attack', not 'troops attacked'");
    assertEquals(2, store.articles("troops", 1, 10).total(), "title of one, text of both");
    assertEquals(2, store.articles("attacked ukrainian", 1, 10).total());
    assertEquals(TEXT, store.article("h1").orElseThrow().text());
    assertEquals(2, store.eventsOf("h1").size());
  }

  private static EventQuery text(String words) {
    return new EventQuery(null, null, null, null, null, null, null, null, words, false, EventQuery.Sort.NEWEST, 1, 10);
  }

  private static Event event(String source, String target, String code, int at, String sentence) {
    int triggerAt = at + sentence.indexOf(' ', sentence.indexOf(' ') + 1) + 1;
    if (source.equals("DEU")) {
      triggerAt = at + "Germany ".length();
    }
    ActorMention s = new ActorMention(Actor.of(source, "", source), source, new Span(at, source.equals("DEU") ? at + 7 : at + 14));
    ActorMention t = new ActorMention(Actor.of(target, "", target), target, new Span(at + 24, at + 42));
    String trigger = TEXT.length() > triggerAt + 8 ? "attacked" : "";
    Evidence ev = new Evidence("verb", "verbs.tsv:1", trigger, new Span(triggerAt, triggerAt + (source.equals("DEU") ? 7 : 8)));
    return new Event("d", null, s, t, CAMEO.get(code), 0, sentence, new Span(at, at + 42), ev, "", false,
        List.of("ENERGY", "NUCLEAR"), null);
  }
}
