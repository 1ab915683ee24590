package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dyad.model.Actor;
import org.dyad.model.ActorMention;
import org.dyad.model.Article;
import org.dyad.model.Event;
import org.dyad.model.Evidence;
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
    assertEquals("period,events,goldstein,conflict,cooperation\n2025-01-01,4,-40.0,4,0\n2025-02-01,4,-40.0,4,0\n"
        + "2025-03-01,14,-140.0,14,0\n", run.out());
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
  private static Event event(int i) {
    ActorMention s = new ActorMention(Actor.of("RUS", "MIL", "Russia"), "Russian troops", new Span(0, 14));
    ActorMention t = new ActorMention(Actor.of("UKR", List.of("", "MIL", "GOV", "POL", "CVL", "MED").get(i), "Ukraine"), "Ukraine", new Span(24, 31));
    Evidence ev = new Evidence("verb source.subject target.object", "dict/verbs.tsv:1 verb attack → 190", "attacked", new Span(15, 23));
    return new Event("a", null, s, t, CAMEO.get("190"), 0, "Russian troops attacked Ukraine.", new Span(0, 31), ev, "", false, List.of(), null);
  }
}
