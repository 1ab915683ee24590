package org.dyad.typer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Small readers of the evaluation files' sentences, for the leakage guard and the calibration. */
final class GoldTexts {
  static final Path REPO = Path.of("..");
  static final Path SHARED = REPO.resolve("..").resolve("shared").resolve("data");
  static final Path DEV = REPO.resolve("eval/gold/dev.jsonl");
  static final Path REAL = REPO.resolve("eval/gold/real.jsonl");
  /** The gold sets in ../shared/data that the evaluator scores (when it is beside the checkout). */
  static final List<Path> SHARED_SETS = List.of(
      SHARED.resolve("plover-gsr/PLOVER_GSR_CAMEO.txt"),
      SHARED.resolve("petrarch-validation/petrarch2-unittest/PETR.UnitTest.records.xml"),
      SHARED.resolve("petrarch-validation/petrarch2-unittest/GigaWord.sample.PETR.xml"),
      SHARED.resolve("petrarch-validation/ud-petrarch/PETR2_GSR_validation.xml"),
      SHARED.resolve("petrarch-validation/ud-petrarch/PETR_Validate_records_2_02.xml"));

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern XML_TEXT = Pattern.compile("<Text>(.*?)</Text>", Pattern.DOTALL);

  private GoldTexts() {}

  /** A gold sentence: its text, the code of its first asserted event (or null), and that event's sub-event type (or null). */
  record Sentence(String id, String text, String code, String subEventType, List<String> assertedCodes) {}

  static List<Sentence> jsonl(Path file) throws IOException {
    List<Sentence> out = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode d = JSON.readTree(line);
      List<String> codes = new ArrayList<>();
      String sub = null;
      for (JsonNode e : d.path("events")) {
        if (e.path("modality").asText("").isEmpty()) {
          if (codes.isEmpty()) {
            sub = e.hasNonNull("sub_event_type") ? e.get("sub_event_type").asText() : null;
          }
          codes.add(e.path("code").asText());
        }
      }
      out.add(new Sentence(d.path("id").asText(), d.path("text").asText(), codes.isEmpty() ? null : codes.get(0), sub, codes));
    }
    return out;
  }

  /** The sentences of any evaluation file: Dyad JSONL, the PLOVER GSR JSON array, PETRARCH XML records. */
  static List<String> texts(Path file) throws IOException {
    String name = file.getFileName().toString();
    List<String> out = new ArrayList<>();
    if (name.endsWith(".jsonl")) {
      jsonl(file).forEach(s -> out.add(s.text()));
    } else if (name.endsWith(".xml")) {
      // PETRARCH records: <Sentence ...><Text>...</Text>, Latin-1 as PETRARCH reads them.
      String xml = Files.readString(file, StandardCharsets.ISO_8859_1).replaceAll("(?s)<!--.*?-->", "");
      Matcher m = XML_TEXT.matcher(xml);
      while (m.find()) {
        out.add(m.group(1).replaceAll("\\s+", " ").trim());
      }
    } else {
      // The PLOVER GSR: a JSON array of records; "text" holds the sentence (DOCUMENT records have none).
      for (JsonNode r : JSON.readTree(file.toFile())) {
        String t = r.path("text").asText("");
        if (!t.isBlank()) {
          out.add(t.trim());
        }
      }
    }
    return out;
  }
}
