package org.dyad.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.dyad.model.DyadInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MetricsTest {
  @TempDir Path dir;

  @Test
  void counts_giveScores() {
    Counts c = new Counts(6, 2, 4);
    assertEquals(0.75, c.precision(), 1e-9);
    assertEquals(0.6, c.recall(), 1e-9);
    assertEquals(2 * 0.75 * 0.6 / 1.35, c.f1(), 1e-9);
    assertEquals(0.0, Counts.ZERO.f1());
  }

  @Test
  void granularity_reducesCodes() {
    assertEquals("RUS", Granularity.COUNTRY.reduce("RUSMILGOV"));
    assertEquals("RUSMIL", Granularity.SECTOR.reduce("RUSMILGOV"));
    assertEquals("RUSMILGOV", Granularity.FULL.reduce("RUSMILGOV"));
    assertEquals("IGOWSTNAT", Granularity.COUNTRY.reduce("IGOWSTNATGOV"));
    assertEquals("OPP", Granularity.SECTOR.reduce("OPP"));
    assertEquals("---", Granularity.COUNTRY.reduce("---"));
  }

  @Test
  void floors_failWhenBelow() throws IOException {
    Path f = dir.resolve("floors.tsv");
    Files.writeString(f, "# ratchet\nset\tmetric\tfloor\ndev.jsonl\tevent\t0.5\nother.jsonl\tevent\t0.9\n");
    EvalReport low = report("dev.jsonl", new Counts(4, 6, 6));
    EvalReport high = report("dev.jsonl", new Counts(8, 1, 1));
    assertEquals(List.of("dev.jsonl: event F1 0.4000 is below the floor 0.5000"), Floors.read(f).failures(List.of(low)));
    assertEquals(List.of(), Floors.read(f).failures(List.of(high)));
  }

  @Test
  void floors_ofModesModalitiesAndDetails_checkThoseRows() throws IOException {
    Path f = dir.resolve("floors.tsv");
    Files.writeString(f, "set\tmetric\tfloor\nreal.jsonl\tmode:Air/drone strike\t0.8\nreal.jsonl\tmodality:negated\t0.5\n"
        + "real.jsonl\tdetail:fatalities\t0.7\n");
    EvalReport good = new EvalReport("real.jsonl", "sector", "root", 10, List.of(), Map.of("event", new Counts(8, 1, 1)), 0, Map.of(),
        Map.of(), Map.of(), Map.of(), Map.of(), Map.of("negated", new Counts(3, 1, 1)), Map.of("Air/drone strike", new Counts(9, 1, 1)),
        Map.of("fatalities", new Counts(8, 1, 2)), List.of(), 1);
    assertEquals(List.of(), Floors.read(f).failures(List.of(good)));
    EvalReport bad = new EvalReport("real.jsonl", "sector", "root", 10, List.of(), Map.of("event", new Counts(8, 1, 1)), 0, Map.of(),
        Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of("Air/drone strike", new Counts(3, 4, 4)),
        Map.of("fatalities", new Counts(6, 1, 3)), List.of(), 1);
    assertEquals(List.of("real.jsonl: mode:Air/drone strike F1 0.4286 is below the floor 0.8000",
        "real.jsonl: modality:negated is not in the report (no gold or coded event of it)",
        "real.jsonl: detail:fatalities accuracy 0.6667 is below the floor 0.7000"), Floors.read(f).failures(List.of(bad)));
    Files.writeString(f, "set\tmetric\tfloor\nreal.jsonl\tmode:\t0.8\n");
    DyadInputException e = assertThrows(DyadInputException.class, () -> Floors.read(f));
    assertEquals(f + ":2: metric 'mode:' names no score (e.g. event, mode:Armed clash)", e.getMessage());
  }

  @Test
  void aHeldOutSet_keepsItsScores_butNoneOfItsRecords() {
    List<EvalReport.Example> worst = List.of(new EvalReport.Example("x-1", "Police arrested 20 people.", List.of("COP 17 CVL"), List.of()));
    for (String set : List.of("news-heldout.jsonl", "real.jsonl")) {
      EvalReport r = new EvalReport(set, "sector", "root", 10, List.of(), Map.of("event", new Counts(8, 1, 1)), 0, Map.of(), Map.of(),
          Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), worst, 1);
      boolean heldOut = set.contains("heldout");
      assertEquals(heldOut ? 0 : 1, r.worst().size(), set);
      assertEquals(!heldOut, r.describe().contains("Police arrested 20 people."), set);
      assertEquals(new Counts(8, 1, 1), r.metrics().get("event"), set);
    }
  }

  private static EvalReport report(String set, Counts event) {
    return new EvalReport(set, "sector", "root", 10, List.of(), Map.of("event", event), 0, Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), List.of(), 1);
  }
}
