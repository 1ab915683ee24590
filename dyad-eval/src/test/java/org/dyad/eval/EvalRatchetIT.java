package org.dyad.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dyad.coder.dictionary.Dictionaries;
import org.dyad.nlp.CoreNlpBackend;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The accuracy ratchet, run by {@code ./mvnw verify} and so by CI: scores the development,
 * real-news and held-out sets in the repository (a held-out set's records are not printed) and, when {@code ../shared} is beside the checkout, the PETRARCH validation suite,
 * the PETRARCH-2 real-sentence regression set and the PLOVER gold standard, and fails when an F1 falls below {@code eval/floors.tsv}.
 */
class EvalRatchetIT {
  private static final Path REPO = Path.of("..");
  private static final Path SHARED = REPO.resolve("..").resolve("shared").resolve("data");

  @TempDir Path work;

  @Test
  void floors_hold() throws IOException {
    List<Path> golds = List.of(
        REPO.resolve("eval/gold/dev.jsonl"),
        REPO.resolve("eval/gold/real.jsonl"),
        REPO.resolve("eval/gold/fresh-dev.jsonl"),
        REPO.resolve("eval/gold/heldout.jsonl"),
        REPO.resolve("eval/gold/news-dev.jsonl"),
        REPO.resolve("eval/gold/news-heldout.jsonl"),
        REPO.resolve("eval/gold/news2-dev.jsonl"),
        REPO.resolve("eval/gold/news2-heldout.jsonl"),
        REPO.resolve("eval/gold/geo.jsonl"),
        REPO.resolve("eval/gold/geo-probe.jsonl"),
        REPO.resolve("eval/gold/modality-probe.jsonl"),
        SHARED.resolve("petrarch-validation/petrarch2-unittest/PETR.UnitTest.records.xml"),
        SHARED.resolve("petrarch-validation/ud-petrarch/PETR2_GSR_validation.xml"),
        SHARED.resolve("plover-gsr/PLOVER_GSR_CAMEO.txt"));
    assertTrue(Files.exists(golds.get(0)), "the development set is part of the repository");
    List<String> absent = new ArrayList<>();
    Evaluation evaluation = new Evaluation(new CoreNlpBackend(), Dictionaries.builtIn(), org.dyad.places.Gazetteer.load(), Granularity.SECTOR, work);
    List<EvalReport> reports = evaluation.run(golds, absent);
    absent.forEach(a -> System.out.println("skipped: " + a));
    for (EvalReport r : reports) {
      System.out.println(r.describe()); // a held-out set's report holds no records (EvalReport)
    }
    assertEquals(List.of(), Floors.read(REPO.resolve("eval/floors.tsv")).failures(reports));
  }
}
