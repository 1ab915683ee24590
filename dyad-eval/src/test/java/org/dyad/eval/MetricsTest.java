package org.dyad.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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

  private static EvalReport report(String set, Counts event) {
    return new EvalReport(set, "sector", "root", 10, List.of(), Map.of("event", event), 0, Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), List.of(), 1);
  }
}
