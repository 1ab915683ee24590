package org.dyad.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dyad.model.Article;

/**
 * JSON Lines corpora: one article per line, {@code {"id", "url", "title", "published", "text",
 * "source"}}; {@code text} is required, the id is {@code url}, else {@code id}, else the file and
 * line. A bad line is reported with its line number and skipped; the others are read.
 */
final class JsonlReader {
  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonlReader() {}

  static List<Article> read(String name, String content, LocalDate date, List<String> problems) {
    List<Article> articles = new ArrayList<>();
    String[] lines = content.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty()) {
        continue;
      }
      String where = name + ":" + (i + 1);
      try {
        JsonNode n = JSON.readTree(line);
        if (!n.isObject()) {
          problems.add(where + ": expected a JSON object");
          continue;
        }
        String text = n.path("text").asText("");
        if (text.isBlank()) {
          problems.add(where + ": missing or empty field 'text'");
          continue;
        }
        String id = first(n, "url", "id").orElse(where);
        String published = n.path("published").asText("");
        Optional<LocalDate> day = Dates.parse(published);
        if (!published.isBlank() && day.isEmpty()) {
          problems.add(where + ": 'published' is not a date: '" + published + "'");
        }
        articles.add(new Article(id, first(n, "source").orElse(where), n.path("title").asText(""), day.orElse(date), text));
      } catch (JsonProcessingException e) {
        problems.add(where + ": not JSON: " + e.getOriginalMessage());
      }
    }
    return articles;
  }

  private static Optional<String> first(JsonNode n, String... fields) {
    for (String f : fields) {
      String v = n.path(f).asText("");
      if (!v.isBlank()) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }
}
