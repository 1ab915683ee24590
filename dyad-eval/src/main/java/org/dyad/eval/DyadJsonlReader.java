package org.dyad.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.dyad.model.DyadInputException;

/**
 * Reads Dyad's JSONL gold format: {@code {"id","date","text","tags":[],"events":[{"source","target","code","hedged",
 * "modality"}]}} (eval/gold/README.md and REAL.md); fields it does not score are ignored.
 */
final class DyadJsonlReader {
  private DyadJsonlReader() {}

  static GoldSet read(Path file, Path work) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<GoldSentence> sentences = new ArrayList<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) {
        continue;
      }
      try {
        sentences.add(sentence(json.readTree(lines.get(i))));
      } catch (JsonProcessingException e) {
        throw DyadInputException.at(file.toString(), i + 1, "not a JSON object: " + e.getOriginalMessage());
      } catch (IllegalArgumentException | DateTimeParseException e) {
        throw DyadInputException.at(file.toString(), i + 1, e.getMessage());
      }
    }
    return new GoldSet(file.getFileName().toString(), GoldFormat.DYAD_JSONL, sentences, null, List.of());
  }

  private static GoldSentence sentence(JsonNode n) {
    List<GoldEvent> events = new ArrayList<>();
    for (JsonNode e : n.path("events")) {
      String day = e.path("event_date").asText("");
      events.add(new GoldEvent(text(e, "source"), text(e, "target"), text(e, "code"), null, e.path("hedged").asBoolean(false),
          e.path("modality").asText(GoldEvent.ASSERTED), e.path("sub_event_type").asText(""), count(e, "fatalities"),
          count(e, "injured"), count(e, "arrested"), day.isEmpty() ? null : LocalDate.parse(day)));
    }
    List<String> tags = new ArrayList<>();
    n.path("tags").forEach(t -> tags.add(t.asText()));
    String date = n.path("date").asText("");
    return new GoldSentence(text(n, "id"), date.isEmpty() ? null : LocalDate.parse(date), text(n, "text"), events, tags);
  }

  private static Integer count(JsonNode e, String field) {
    JsonNode v = e.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.canConvertToInt()) {
      throw new IllegalArgumentException("field '" + field + "' must be a whole number");
    }
    return v.intValue();
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    if (v == null || !v.isTextual() || v.asText().isEmpty()) {
      throw new IllegalArgumentException("missing or empty field '" + field + "'");
    }
    return v.asText();
  }
}
