package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dyad.model.Actor;
import org.dyad.model.ActorMention;
import org.dyad.model.Article;
import org.dyad.model.Casualties;
import org.dyad.model.ConflictType;
import org.dyad.model.Event;
import org.dyad.model.Evidence;
import org.dyad.model.Modality;
import org.dyad.model.Span;
import org.dyad.ontology.CameoOntology;
import org.dyad.store.DuckDbStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code timeline} and {@code alerts} on a real DuckDB store with a planted escalation; no models needed. */
class StoreCommandsTest {
  private static final CameoOntology CAMEO = CameoOntology.load();
  private static final LocalDate MONDAY = LocalDate.of(2025, 1, 6);

  @TempDir Path dir;
  private String db;

  @BeforeEach
  void plantEscalation() throws Exception {
    db = dir.resolve("d.duckdb").toString();
    try (DuckDbStore store = DuckDbStore.open(Path.of(db))) {
      int n = 0;
      for (int week = 0; week < 12; week++) {
        for (int i = 0; i < (week >= 10 ? 6 : 1); i++) {
          Article a = new Article("a" + n, "a", "", MONDAY.plusWeeks(week), "text " + n);
          store.save(a, "h" + n++, List.of(event(i)));
        }
      }
    }
  }

  @Test
  void ingest_neitherSourceNorFromParquet_orNotASparkRun_isOneLineError(@org.junit.jupiter.api.io.TempDir Path empty) {
    CliRun none = CliRun.of("ingest", "--db", db);
    assertEquals(2, none.exitCode());
    assertEquals("dyad: ingest needs SOURCE... or --from-parquet DIR\n", none.err());
    CliRun notARun = CliRun.of("ingest", "--db", db, "--from-parquet", empty.toString());
    assertEquals(2, notARun.exitCode());
    assertEquals("dyad: " + empty + ": not the output of 'dyad spark code' (no articles/ directory)\n", notARun.err());
  }

  @Test
  void alerts_reportThePlantedEscalation() {
    CliRun run = CliRun.of("alerts", "--db", db);
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("RUS      UKR      2025-03-17     60.0     10.0      1.0    50.0     12"), run.out());
    assertTrue(run.out().endsWith("1 alert (window 2 weeks, z >= 3.0)\n"), run.out());
    List<String> drivers = run.out().lines().filter(l -> l.startsWith("    ")).toList();
    assertEquals(5, drivers.size(), "the events that drove it: " + run.out());
    assertTrue(drivers.stream().allMatch(l -> l.matches("    2025-03-(17|24) 19\\d RUS\\S*→UKR\\S* -10\\.0  .+")), run.out());
  }

  @Test
  void timeline_csvByMonth() {
    CliRun run = CliRun.of("timeline", "RUS", "UKR", "--db", db, "--by", "month", "--format", "csv");
    assertEquals(0, run.exitCode(), run.err());
    assertEquals("period,events,goldstein,conflict,cooperation,fatalities\n2025-01-01,4,-40.0,4,0,0\n2025-02-01,4,-40.0,4,0,0\n"
        + "2025-03-01,14,-140.0,14,0,0\n", run.out());
    CliRun lower = CliRun.of("timeline", "rus", "ukr", "--db", db, "--by", "month", "--format", "csv");
    assertEquals(run.out(), lower.out(), "codes are matched in any letter case, as the API does");
  }

  @Test
  void dyadsAndTimeline_showFatalities_largestPerEventSummedOverEvents_assertedOnly() throws Exception {
    String tolls = dir.resolve("tolls.duckdb").toString();
    try (DuckDbStore store = DuckDbStore.open(Path.of(tolls))) {
      // One strike told twice (4 and 9 killed: 9, not 13), another strike (3 killed), and a denied one (100) that counts nowhere.
      store.save(new Article("a", "a", "", MONDAY, "text a"), "t0", List.of(event(0, Modality.ASSERTED, 4)));
      store.save(new Article("b", "b", "", MONDAY, "text b"), "t1", List.of(event(0, Modality.ASSERTED, 9)));
      store.save(new Article("c", "c", "", MONDAY.plusDays(1), "text c"), "t2", List.of(event(1, Modality.ASSERTED, 3),
          event(2, Modality.DENIED, 100)));
    }
    CliRun dyads = CliRun.of("dyads", "--db", tolls);
    assertEquals(0, dyads.exitCode(), dyads.err());
    assertTrue(dyads.out().startsWith("source         target          events  mean GS  total GS    VC    MC    VK    MK reports fatalities\n"),
        dyads.out());
    assertTrue(dyads.out().contains("\nRUSMIL         UKR                  1   -10.00     -10.0     0     0     0     1       2          9\n"),
        dyads.out());
    assertTrue(dyads.out().contains("\nRUSMIL         UKRMIL               1   -10.00     -10.0     0     0     0     1       1          3\n"),
        dyads.out());
    assertEquals(3, dyads.out().lines().count(), "the denied strike on UKRGOV is no dyad: " + dyads.out());
    CliRun timeline = CliRun.of("timeline", "RUS", "UKR", "--db", tolls, "--by", "day", "--format", "csv");
    assertEquals("period,events,goldstein,conflict,cooperation,fatalities\n2025-01-06,1,-10.0,1,0,9\n2025-01-07,1,-10.0,1,0,3\n",
        timeline.out());
  }

  @Test
  void export_writesEachFormat() throws Exception {
    for (String format : List.of("csv", "parquet", "gdelt", "plover")) {
      Path out = dir.resolve("events." + format);
      CliRun run = CliRun.of("export", "--db", db, "--format", format, "--out", out.toString(), "--since", "2025-03-17");
      assertEquals(0, run.exitCode(), format + ": " + run.err());
      assertEquals("12 events written to " + out + "\n", run.out(), format);
      assertTrue(java.nio.file.Files.size(out) > 0, format);
    }
    List<String> gdelt = java.nio.file.Files.readAllLines(dir.resolve("events.gdelt"));
    assertEquals(13, gdelt.size());
    assertTrue(gdelt.get(0).startsWith("GLOBALEVENTID\tSQLDATE\tActor1Code"), gdelt.get(0));
    assertTrue(gdelt.get(1).startsWith("1\t20250317\tRUSMIL\tRussia\tRUS\tMIL\tUKR"), gdelt.get(1));
    List<String> plover = java.nio.file.Files.readAllLines(dir.resolve("events.plover"));
    assertEquals(12, plover.size());
    assertTrue(plover.get(0).contains("\"event\":\"ASSAULT\""), plover.get(0));
  }

  /** The i-th attack of a day: each on another Ukrainian actor, so that no two fuse into one event. */
  private static Event event(int i, Modality modality, int killed) {
    Event e = event(i);
    return new Event(e.docId(), e.date(), e.source(), e.target(), e.code(), e.sentenceIndex(), e.sentenceText(), e.span(), e.evidence(),
        e.attribution(), e.hedged(), e.issues(), e.location(), modality, new Casualties(killed, null, null, "killing " + killed), e.time(),
        ConflictType.NONE);
  }

  private static Event event(int i) {
    ActorMention s = new ActorMention(Actor.of("RUS", "MIL", "Russia"), "Russian troops", new Span(0, 14));
    ActorMention t = new ActorMention(Actor.of("UKR", List.of("", "MIL", "GOV", "POL", "CVL", "MED").get(i), "Ukraine"), "Ukraine", new Span(24, 31));
    Evidence ev = new Evidence("verb source.subject target.object", "dict/verbs.tsv:1 verb attack → 190", "attacked", new Span(15, 23));
    return new Event("a", null, s, t, CAMEO.get("190"), 0, "Russian troops attacked Ukraine.", new Span(0, 31), ev, "", false, List.of(), null);
  }
}
