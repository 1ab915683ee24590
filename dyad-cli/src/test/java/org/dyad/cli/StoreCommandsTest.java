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
      plant(store);
    }
  }

  /** Twelve weeks of Russia → Ukraine attacks from 2025-01-06: one a week, six a week in the last two. */
  static void plant(DuckDbStore store) throws Exception {
    int n = 0;
    for (int week = 0; week < 12; week++) {
      for (int i = 0; i < (week >= 10 ? 6 : 1); i++) {
        Article a = new Article("a" + n, "a", "", MONDAY.plusWeeks(week), "text " + n);
        store.save(a, "h" + n++, List.of(event(i)));
      }
    }
  }

  @Test
  void aStoreThatFailsHalfWay_printsNoTableHeader_andOneLine() throws Exception {
    // Damaged as a truncated or foreign file would be: it opens, but a query cannot run.
    try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:duckdb:" + db);
        java.sql.Statement s = c.createStatement()) {
      s.execute("ALTER TABLE imported_events RENAME COLUMN quad_class TO qc");
    }
    for (String[] command : List.of(new String[] {"dyads"}, new String[] {"alerts", "--as-of", "2025-03-30"})) {
      List<String> words = new java.util.ArrayList<>(List.of(command));
      words.addAll(List.of("--db", db));
      CliRun run = CliRun.of(words.toArray(String[]::new));
      assertEquals(2, run.exitCode(), run.err());
      assertEquals("", run.out(), "no table header before the error");
      assertEquals(1, run.err().lines().count(), run.err());
      assertTrue(run.err().startsWith("dyad: " + db + ": store error: Binder Error: Referenced column \"quad_class\" not found"), run.err());
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
    CliRun run = CliRun.of("alerts", "--db", db, "--as-of", "2025-03-30");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("RUS      UKR      2025-03-17     60.0     10.0      1.0    50.0     12"), run.out());
    assertTrue(run.out().endsWith("1 alert (country level, window 2 weeks to 2025-03-30, z >= 3.0)\n"), run.out());
    List<String> drivers = run.out().lines().filter(l -> l.startsWith("    ")).toList();
    assertEquals(5, drivers.size(), "the events that drove it: " + run.out());
    assertTrue(drivers.stream().allMatch(l -> l.matches("    2025-03-(17|24) 19\\d RUS\\S*→UKR\\S* -10\\.0  .+")), run.out());
  }

  @Test
  void alerts_asOfTodayByDefault_sayWhereTheStoreEnds_andAgreeWithTheApiDefaults() throws Exception {
    CliRun today = CliRun.of("alerts", "--db", db);
    assertEquals(0, today.exitCode(), today.err());
    assertTrue(today.out().endsWith("0 alerts (country level, window 2 weeks to " + LocalDate.now(java.time.ZoneOffset.UTC) + ", z >= 3.0)\n"),
        today.out());
    assertEquals("dyad: the store's latest event is of 2025-03-24, before this window: give --as-of 2025-03-24 to look at the weeks up to it\n",
        today.err());
    // A later article about another dyad moves nothing: the window ends on the given day.
    CliRun before = CliRun.of("alerts", "--db", db, "--as-of", "2025-03-27");
    try (DuckDbStore store = DuckDbStore.open(Path.of(db))) {
      store.save(new Article("later", "a", "", MONDAY.plusWeeks(20), "later"), "later", List.of(event("FRA", "DEU", "111")));
    }
    CliRun after = CliRun.of("alerts", "--db", db, "--as-of", "2025-03-27");
    assertTrue(before.out().contains("1 alert"), before.out());
    assertEquals(before.out(), after.out());
    CliRun bad = CliRun.of("alerts", "--db", db, "--as-of", "2025-02-30");
    assertEquals(2, bad.exitCode());
    assertTrue(bad.err().contains("expected a date YYYY-MM-DD, found '2025-02-30'"), bad.err());
    assertEquals(org.dyad.store.AlertQuery.DEFAULT_WINDOW + " " + org.dyad.store.AlertQuery.DEFAULT_THRESHOLD,
        new AlertsCommand().window + " " + new AlertsCommand().threshold, "the CLI takes the one default");
  }

  @Test
  void date_listsTheUndatedArticles_thenDatesThem_andTheyJoinTheTimeline() throws Exception {
    try (DuckDbStore store = DuckDbStore.open(Path.of(db))) {
      store.save(new Article("notes.txt", "notes.txt", "Notes", null, "undated text"), "undated0123456789", List.of(event(1)));
    }
    CliRun list = CliRun.of("date", "--db", db);
    assertEquals(0, list.exitCode(), list.err());
    assertEquals("undated012345678     1 events  notes.txt  \"Notes\"\n1 undated article; date them with: dyad date --db " + db
        + " ARTICLE... --date YYYY-MM-DD\n", list.out());
    String before = CliRun.of("timeline", "RUS", "UKR", "--db", db, "--by", "month", "--format", "csv").out();
    CliRun date = CliRun.of("date", "--db", db, "notes.txt", "--date", "2025-04-02");
    assertEquals(0, date.exitCode(), date.err());
    assertEquals("1 article dated 2025-04-02\n", date.out());
    String after = CliRun.of("timeline", "RUS", "UKR", "--db", db, "--by", "month", "--format", "csv").out();
    assertEquals(before + "2025-04-01,1,-10.0,1,0,0\n", after);
    assertEquals("0 undated articles\n", CliRun.of("date", "--db", db).out());
    CliRun again = CliRun.of("date", "--db", db, "notes.txt", "--date", "2025-04-03");
    assertEquals(2, again.exitCode());
    assertTrue(again.err().contains("1 of the named articles are not undated articles of"), again.err());
    CliRun noDate = CliRun.of("date", "--db", db, "notes.txt");
    assertEquals("dyad: --date is required to date articles (e.g. --date 2024-11-18)\n", noDate.err());
  }

  @Test
  void dyads_atCountryLevel_foldSectors_andFilterBySector() {
    CliRun sectors = CliRun.of("dyads", "--db", db);
    assertEquals(7, sectors.out().lines().count(), "RUSMIL against six Ukrainian actors: " + sectors.out());
    CliRun countries = CliRun.of("dyads", "--db", db, "--level", "country", "--sector", "mil", "--until", "2025-03-30");
    assertEquals(0, countries.exitCode(), countries.err());
    assertEquals(2, countries.out().lines().count(), countries.out());
    assertTrue(countries.out().contains("\nRUS            UKR                 22 "), countries.out());
    assertEquals("", CliRun.of("dyads", "--db", db, "--level", "country", "--sector", "COP").out().lines().skip(1)
        .reduce("", String::concat), "no police events");
    CliRun bad = CliRun.of("dyads", "--db", db, "--sector", "m1l");
    assertEquals("dyad: --sector must be a sector code of three letters (e.g. MIL, GOV, COP), found 'm1l'\n", bad.err());
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
    for (String format : List.of("csv", "parquet", "gdelt", "plover", "polecat")) {
      Path out = dir.resolve("events." + format);
      CliRun run = CliRun.of("export", "--db", db, "--format", format, "--out", out.toString(), "--since", "2025-03-17");
      assertEquals(0, run.exitCode(), format + ": " + run.err());
      assertEquals("12 events written to " + out + "\n", run.out(), format);
      assertTrue(java.nio.file.Files.size(out) > 0, format);
    }
    List<String> gdelt = java.nio.file.Files.readAllLines(dir.resolve("events.gdelt"));
    assertEquals(12, gdelt.size(), "GDELT's event table has no header");
    assertTrue(gdelt.stream().allMatch(l -> l.split("\t", -1).length == 61), gdelt.get(0));
    assertTrue(gdelt.stream().anyMatch(l -> l.contains("\t20250317\t202503\t2025\t") && l.contains("\tRUSMIL\tRussia\tRUS\t")),
        gdelt.get(0));
    List<String> plover = java.nio.file.Files.readAllLines(dir.resolve("events.plover"));
    assertEquals(12, plover.size());
    assertTrue(plover.get(0).contains("\"event\":[\"ASSAULT\"]"), plover.get(0));
    CliRun mentions = CliRun.of("export", "--db", db, "--format", "gdelt-mentions", "--out", dir.resolve("m.tsv").toString());
    assertEquals(0, mentions.exitCode(), mentions.err());
    CliRun bad = CliRun.of("export", "--db", db, "--format", "icews", "--out", dir.resolve("x").toString());
    assertEquals(2, bad.exitCode());
    assertTrue(bad.err().contains("unknown export format 'icews' (expected csv, parquet, gdelt, gdelt-mentions, plover, polecat or acled)"),
        bad.err());
  }

  @Test
  void recode_withNothingToRecode_saysSo_withoutLoadingAModel() throws Exception {
    String current = org.dyad.pipeline.CoderVersion.of(new org.dyad.pipeline.Pipeline.Settings(null, true, 1)).toString(); // the default, hybrid
    String fresh = dir.resolve("current.duckdb").toString();
    try (DuckDbStore store = DuckDbStore.open(Path.of(fresh))) {
      store.save(new Article("a", "a", "", MONDAY, "text a"), "c0", List.of(event(0)), current);
    }
    CliRun run = CliRun.of("recode", "--db", fresh);
    assertEquals(0, run.exitCode(), run.err());
    assertEquals(fresh + ": nothing to re-code: coder " + current + " made every article (no model loaded)\n", run.out());
  }

  @Test
  void import_loadsAGdeltFile_keptApartByProvenance_andRefusesABadOneByLine() throws Exception {
    Path gdelt = dir.resolve("dyad.export.CSV");
    assertEquals(0, CliRun.of("export", "--db", db, "--format", "gdelt", "--out", gdelt.toString()).exitCode());
    String other = dir.resolve("imported.duckdb").toString();
    CliRun run = CliRun.of("import", "--format", "gdelt", "--db", other, gdelt.toString());
    assertEquals(0, run.exitCode(), run.err());
    long rows = java.nio.file.Files.readAllLines(gdelt).size();
    assertEquals(gdelt + ": " + rows + " rows, " + rows + " events added\n" + rows + " gdelt events added to " + other + "\n", run.out());
    CliRun again = CliRun.of("import", "--format", "GDELT", "--db", other, gdelt.toString());
    assertEquals(gdelt + ": " + rows + " rows, 0 events added (" + rows + " stored already or repeated)\n0 gdelt events added to " + other
        + "\n", again.out());
    CliRun dyads = CliRun.of("dyads", "--db", other);
    assertTrue(dyads.out().contains("RUSMIL "), dyads.out());
    assertTrue(CliRun.of("dyads", "--db", other, "--provenance", "gdelt").out().contains("RUSMIL "));
    assertEquals(1, CliRun.of("dyads", "--db", other, "--provenance", "dyad").out().lines().count(), "the header alone");
    assertEquals(1, CliRun.of("timeline", "RUS", "UKR", "--db", other, "--provenance", "acled").out().lines().count());
    assertTrue(CliRun.of("timeline", "RUS", "UKR", "--db", other, "--provenance", "gdelt").out().lines().count() > 1);
    CliRun unknown = CliRun.of("alerts", "--db", other, "--provenance", "icews");
    assertEquals(2, unknown.exitCode());
    assertTrue(unknown.err().contains("icews"), unknown.err());
    Path back = dir.resolve("back.tsv");
    CliRun export = CliRun.of("export", "--db", other, "--format", "gdelt", "--provenance", "gdelt", "--out", back.toString());
    assertEquals(0, export.exitCode(), export.err());
    assertEquals(java.nio.file.Files.readAllLines(gdelt), java.nio.file.Files.readAllLines(back));
    assertEquals("0 events written to " + back + "\n",
        CliRun.of("export", "--db", other, "--format", "gdelt", "--provenance", "dyad", "--out", back.toString()).out());

    Path broken = dir.resolve("broken.CSV");
    java.nio.file.Files.writeString(broken, "1\t2\t3\n");
    CliRun refused = CliRun.of("import", "--format", "gdelt", "--db", other, broken.toString(), gdelt.toString());
    assertEquals(2, refused.exitCode());
    assertEquals("dyad: " + broken + ":1: expected 61 tab-separated GDELT columns, found 3\n", refused.err());
    assertTrue(refused.out().startsWith(gdelt + ": " + rows + " rows, 0 events added"), "the other file is still read: " + refused.out());
  }

  /** The i-th attack of a day: each on another Ukrainian actor, so that no two fuse into one event. */
  private static Event event(int i, Modality modality, int killed) {
    Event e = event(i);
    return new Event(e.docId(), e.date(), e.source(), e.target(), e.code(), e.sentenceIndex(), e.sentenceText(), e.span(), e.evidence(),
        e.attribution(), e.hedged(), e.issues(), e.location(), modality, new Casualties(killed, null, null, "killing " + killed), e.time(),
        ConflictType.NONE);
  }

  private static Event event(int i) {
    return event(Actor.of("RUS", "MIL", "Russia"), Actor.of("UKR", List.of("", "MIL", "GOV", "POL", "CVL", "MED").get(i), "Ukraine"), "190");
  }

  private static Event event(String source, String target, String code) {
    return event(Actor.of(source, "", source), Actor.of(target, "", target), code);
  }

  private static Event event(Actor source, Actor target, String code) {
    ActorMention s = new ActorMention(source, "Russian troops", new Span(0, 14));
    ActorMention t = new ActorMention(target, "Ukraine", new Span(24, 31));
    Evidence ev = new Evidence("verb source.subject target.object", "dict/verbs.tsv:1 verb attack → 190", "attacked", new Span(15, 23));
    return new Event("a", null, s, t, CAMEO.get(code), 0, "Russian troops attacked Ukraine.", new Span(0, 31), ev, "", false, List.of(), null);
  }
}
