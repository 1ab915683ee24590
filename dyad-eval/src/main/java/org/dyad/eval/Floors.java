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
 * set, metric, floor). Raising a floor is a normal commit; lowering one needs a reason on the
 * issue tracker.
 */
public final class Floors {
  /** One floor: the F1 of a metric ("event", "plover") on a gold set (its file name). */
  public record Floor(String set, String metric, double f1) {}

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
        Counts c = r.metrics().get(floor.metric());
        if (r.set().equals(floor.set()) && c != null && c.f1() + 1e-9 < floor.f1()) {
          failed.add(String.format(Locale.ROOT, "%s: %s F1 %.4f is below the floor %.4f", floor.set(), floor.metric(), c.f1(), floor.f1()));
        }
      }
    }
    return failed;
  }

  public List<Floor> all() {
    return floors;
  }
}
