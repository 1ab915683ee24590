package org.dyad.typer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.dyad.coder.typing.Exemplar;

/**
 * Validates the exemplar bank for {@code dyad dict check}: every row well formed, every label a
 * CAMEO code (or "none") for {@code cameo} rows and a known sub-event type for {@code subevent}
 * rows, no id and no text (as {@linkplain ExemplarBank#normalize normalized}, within a kind) twice,
 * and vectors computed from this very file. Problems read {@code file:line: problem}. The label
 * sets come from the caller, so this module stays free of the ontology's dependencies.
 */
public final class ExemplarCheck {
  private final Predicate<String> cameoCode;
  private final Set<String> subEventTypes;

  /**
   * @param cameoCode whether a label is a CAMEO code of the ontology
   * @param subEventTypes the known ACLED-style sub-event types
   */
  public ExemplarCheck(Predicate<String> cameoCode, Set<String> subEventTypes) {
    this.cameoCode = cameoCode;
    this.subEventTypes = Set.copyOf(subEventTypes);
  }

  /** The problems of the shipped bank and vectors (empty when both are sound). */
  public List<String> shipped() {
    return check(resource(ExemplarBank.RESOURCE), "exemplars.tsv", resource(ExemplarVectors.RESOURCE), "exemplars.f32");
  }

  /** The problems of a bank and its vectors, named {@code tsvName} and {@code vectorsName} in them. */
  public List<String> check(byte[] tsv, String tsvName, byte[] vectors, String vectorsName) {
    List<String> problems = new ArrayList<>();
    if (tsv == null) {
      return List.of(tsvName + ": not found");
    }
    Map<String, Integer> ids = new HashMap<>();
    Map<String, Integer> texts = new HashMap<>();
    String[] lines = new String(tsv, StandardCharsets.UTF_8).split("\r?\n", -1);
    boolean header = false;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      int no = i + 1;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (!header) {
        header = true;
        if (!line.equals("id\tkind\tlabel\torigin\ttext")) {
          problems.add(tsvName + ":" + no + ": expected the header 'id kind label origin text'");
        }
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length != 5 || f[0].isBlank() || f[4].isBlank()) {
        problems.add(tsvName + ":" + no + ": expected 5 tab-separated fields (id kind label origin text), with an id and a text");
        continue;
      }
      String kind = f[1];
      String label = f[2];
      if (kind.equals("cameo")) {
        if (!label.equals(Exemplar.NO_EVENT) && !cameoCode.test(label)) {
          problems.add(tsvName + ":" + no + ": '" + label + "' is not a CAMEO code (nor '" + Exemplar.NO_EVENT + "')");
        }
      } else if (kind.equals("subevent")) {
        if (!subEventTypes.contains(label)) {
          problems.add(tsvName + ":" + no + ": '" + label + "' is not a known sub-event type");
        }
      } else {
        problems.add(tsvName + ":" + no + ": kind must be 'cameo' or 'subevent', not '" + kind + "'");
      }
      Integer sameId = ids.putIfAbsent(f[0], no);
      if (sameId != null) {
        problems.add(tsvName + ":" + no + ": id '" + f[0] + "' is also on line " + sameId);
      }
      Integer sameText = texts.putIfAbsent(kind + "\t" + ExemplarBank.normalize(f[4]), no);
      if (sameText != null) {
        problems.add(tsvName + ":" + no + ": the same text as line " + sameText);
      }
    }
    if (!header) {
      problems.add(tsvName + ": no header line 'id kind label origin text'");
    }
    if (problems.isEmpty()) {
      problems.addAll(vectorProblems(tsv, tsvName, vectors, vectorsName));
    }
    return problems;
  }

  private static List<String> vectorProblems(byte[] tsv, String tsvName, byte[] vectors, String vectorsName) {
    if (vectors == null) {
      return List.of(vectorsName + ": not found; " + ExemplarVectors.REBUILD);
    }
    try {
      ExemplarVectors.read(new ByteArrayInputStream(vectors), ExemplarBank.read(tsv, tsvName));
      return List.of();
    } catch (IllegalStateException | IOException e) {
      String message = e.getMessage();
      return List.of(message.startsWith(ExemplarVectors.RESOURCE) ? vectorsName + message.substring(ExemplarVectors.RESOURCE.length())
          : vectorsName + ": " + message);
    }
  }

  private static byte[] resource(String name) {
    try (InputStream in = ExemplarCheck.class.getResourceAsStream(name)) {
      return in == null ? null : in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
