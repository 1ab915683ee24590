package org.dyad.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dyad.coder.dictionary.Dictionaries;
import org.dyad.nlp.CoreNlpBackend;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The geo gold set scored with the real models: its place floors in {@code eval/floors.tsv} must hold. */
class GeoEvalIT {
  private static final Path REPO = Path.of("..");

  @TempDir Path work;

  @Test
  void geoFloors_hold() throws IOException {
    Path gold = REPO.resolve("eval/gold/geo.jsonl");
    assertEquals(GoldFormat.GEO_JSONL, GoldFormat.of(gold));
    List<String> absent = new ArrayList<>();
    Evaluation evaluation = new Evaluation(new CoreNlpBackend(), Dictionaries.builtIn(), org.dyad.places.Gazetteer.load(), Granularity.SECTOR, work);
    List<EvalReport> reports = evaluation.run(List.of(gold), absent);
    System.out.println(reports.get(0).describe());
    assertEquals(List.of(), Floors.read(REPO.resolve("eval/floors.tsv")).failures(reports));
  }
}
