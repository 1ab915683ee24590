package org.dyad.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dyad.model.DyadInputException;

/**
 * The accuracy ratchet: the F1 each gold set must reach, from {@code eval/floors.tsv} (columns
 * set, metric, floor). A metric is a match key of the report ({@code event}, {@code plover} …),
 * or one row of its breakdowns: {@code mode:<sub-event type>} (per ACLED-style sub-event type, record
 * by record, e.g. {@code mode:Air/drone strike}) and {@code modality:<modality>} (e.g. {@code
 * modality:negated}) by their F1, {@code detail:<kind>} ({@code detail:fatalities}, {@code detail:event
 * date} …) by its accuracy on the events coded right. Raising a floor is a normal commit; lowering
 * one needs a reason on the issue tracker.
 */
public final class Floors {
  /** One floor: the F1 of a metric ("event", "plover", "mode:Armed clash") on a gold set (its file name). */
  public record Floor(String set, String metric, double f1) {}

  /** The prefixes of the metrics that name a row of a report's breakdowns. */
  static final String MODE = "mode:";
  static final String MODALITY = "modality:";
  static final String DETAIL = "detail:";

  private final List<Floor> floors;

  private Floors(List<Floor> floors) {
    this.floors = List.copyOf(floors);
  }

  public static Floors read(Path file) throws IOException {
    List<Floor> floors = new ArrayList<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#") || line.startsWith("set\t")) {
        continue;
      }
      String[] f = line.split("\t");
      if (f.length != 3) {
        throw DyadInputException.at(file.toString(), i + 1, "expected 3 tab-separated columns: set, metric, floor");
      }
      if (f[1].isEmpty() || List.of(MODE, MODALITY, DETAIL).contains(f[1])) {
        throw DyadInputException.at(file.toString(), i + 1, "metric '" + f[1] + "' names no score (e.g. event, mode:Armed clash)");
      }
      try {
        floors.add(new Floor(f[0], f[1], Double.parseDouble(f[2])));
      } catch (NumberFormatException e) {
        throw DyadInputException.at(file.toString(), i + 1, "floor must be a number, found '" + f[2] + "'");
      }
    }
    return new Floors(floors);
  }

  /** The floors the reports fall below, one line each; empty when all hold. Sets not in the reports are not checked. */
  public List<String> failures(List<EvalReport> reports) {
    List<String> failed = new ArrayList<>();
    for (Floor floor : floors) {
      for (EvalReport r : reports) {
        if (!r.set().equals(floor.set())) {
          continue;
        }
        Double score = score(r, floor.metric());
        if (score == null && r.geo() == null && (floor.metric().startsWith(MODE) || floor.metric().startsWith(MODALITY)
            || floor.metric().startsWith(DETAIL))) {
          failed.add(String.format(Locale.ROOT, "%s: %s is not in the report (no gold or coded event of it)", floor.set(), floor.metric()));
        } else if (score != null && score + 1e-9 < floor.f1()) {
          failed.add(String.format(Locale.ROOT, "%s: %s %s %.4f is below the floor %.4f", floor.set(), floor.metric(),
              floor.metric().startsWith(DETAIL) ? "accuracy" : "F1", score, floor.f1()));
        }
      }
    }
    return failed;
  }

  /**
   * A report's score for a metric: a match key's F1, a sub-event type's or a modality's F1, or a
   * detail's accuracy (right / (right + the larger of wrong and missing), as the report prints
   * it); {@code null} when the report has no such row.
   */
  static Double score(EvalReport r, String metric) {
    if (metric.startsWith(MODE)) {
      Counts c = r.modes() == null ? null : r.modes().get(metric.substring(MODE.length()));
      return c == null ? null : c.f1();
    }
    if (metric.startsWith(MODALITY)) {
      Counts c = r.modalities() == null ? null : r.modalities().get(metric.substring(MODALITY.length()));
      return c == null ? null : c.f1();
    }
    if (metric.startsWith(DETAIL)) {
      Counts c = r.details() == null ? null : r.details().get(metric.substring(DETAIL.length()));
      return c == null ? null : accuracy(c);
    }
    Counts c = r.metrics().get(metric);
    return c == null ? null : c.f1();
  }

  /** Right over right plus the larger of wrong and missing, as the report's detail rows give it. */
  static double accuracy(Counts c) {
    return c.tp() + c.fp() + c.fn() == 0 ? 0.0 : (double) c.tp() / (c.tp() + Math.max(c.fp(), c.fn()));
  }

  public List<Floor> all() {
    return floors;
  }
}
