package org.dyad.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the PLOVER gold-standard records (a JSON array; {@code text}, {@code event} as a PLOVER
 * type, {@code source}/{@code target} as lists of {@code {code, sector}}). Older type names are
 * mapped to the current ones (DEMAND → REQUEST, DISAPPROVE and INVESTIGATE → ACCUSE, FIGHT →
 * ASSAULT); DOCUMENT records are documentation, not gold. The set is scored at PLOVER-type level.
 */
final class PloverGsrReader {
  private static final Map<String, String> RENAMED =
      Map.of("DEMAND", "REQUEST", "DISAPPROVE", "ACCUSE", "INVESTIGATE", "ACCUSE", "FIGHT", "ASSAULT");

  private PloverGsrReader() {}

  static GoldSet read(Path file, Path work) throws IOException {
    JsonNode all = new ObjectMapper().readTree(file.toFile());
    List<GoldSentence> sentences = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    for (JsonNode r : all) {
      String id = r.path("id").asText();
      String type = r.path("event").asText().toUpperCase(Locale.ROOT);
      if (type.equals("DOCUMENT") || r.path("text").asText().isBlank()) {
        continue;
      }
      type = RENAMED.getOrDefault(type, type);
      List<GoldEvent> events = new ArrayList<>();
      for (String s : actors(r.path("source"))) {
        for (String t : actors(r.path("target"))) {
          events.add(new GoldEvent(s, t, null, type, false));
        }
      }
      String date = r.path("date").asText("");
      sentences.add(new GoldSentence(id, date.isEmpty() ? null : LocalDate.parse(date), r.path("text").asText().trim(), events, List.of(type)));
    }
    return new GoldSet(file.getFileName().toString(), GoldFormat.PLOVER_GSR, sentences, null, skipped);
  }

  private static List<String> actors(JsonNode node) {
    List<String> codes = new ArrayList<>();
    if (node.isArray()) {
      for (JsonNode a : node) {
        codes.add(a.path("code").asText("---") + a.path("sector").asText(""));
      }
    }
    if (codes.isEmpty()) {
      codes.add("---");
    }
    return codes;
  }
}
