package org.dyad.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dyad.model.Article;
import org.dyad.model.DyadInputException;

/**
 * JSON Lines corpora: one article per line, {@code {"id", "url", "title", "published", "text",
 * "source"}} ({@code date} stands for {@code published} where that is absent); {@code text} is required, the id is {@code url}, else {@code id}, else the file and
 * line. Every field present must be a string (or null), and {@code published} a date: a line with
 * a bad field is refused whole, reported with its line number, and the others are read.
 *
 * <p>Files and streams are read line by line ({@link #read(String, InputStream, long, LocalDate,
 * List)}): the size limit is one line's, so a corpus may be of any size.
 */
final class JsonlReader {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> STRING_FIELDS = List.of("id", "url", "title", "published", "date", "text", "source");

  private JsonlReader() {}

  /** The articles of a corpus held in memory (a fetched URL, a request body). */
  static List<Article> read(String name, String content, LocalDate date, List<String> problems) {
    List<Article> articles = new ArrayList<>();
    String[] lines = content.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      line(name + ":" + (i + 1), lines[i], date, problems).ifPresent(articles::add);
    }
    return articles;
  }

  /**
   * The articles of a corpus read from a stream line by line, each line at most {@code
   * maxLineBytes}; a longer line, or one that is not UTF-8, is a problem and the others are read.
   * A NUL byte refuses the whole input as binary, and an input without a non-blank line as empty.
   */
  static List<Article> read(String name, InputStream in, long maxLineBytes, LocalDate date, List<String> problems)
      throws IOException {
    Lines lines = new Lines(name, maxLineBytes, date, problems);
    byte[] buffer = new byte[1 << 16];
    long offset = 0;
    int n;
    while ((n = in.read(buffer)) > 0) {
      int start = 0;
      for (int i = 0; i < n; i++) {
        if (buffer[i] == 0) {
          throw new DyadInputException(name + ": binary file (NUL byte at offset " + (offset + i) + "), not text");
        }
        if (buffer[i] == '\n') {
          lines.append(buffer, start, i - start);
          lines.end();
          start = i + 1;
        }
      }
      lines.append(buffer, start, n - start);
      offset += n;
    }
    if (lines.pending()) {
      lines.end();
    }
    if (!lines.any) {
      throw new DyadInputException(name + ": file is empty");
    }
    return lines.articles;
  }

  /** Collects one line's bytes up to the limit, then reads it as an article. */
  private static final class Lines {
    final String name;
    final long maxBytes;
    final LocalDate date;
    final List<String> problems;
    final List<Article> articles = new ArrayList<>();
    final ByteArrayOutputStream line = new ByteArrayOutputStream();
    long lineBytes;
    int number;
    boolean any;

    Lines(String name, long maxBytes, LocalDate date, List<String> problems) {
      this.name = name;
      this.maxBytes = maxBytes;
      this.date = date;
      this.problems = problems;
    }

    void append(byte[] bytes, int from, int length) {
      lineBytes += length;
      if (lineBytes <= maxBytes) {
        line.write(bytes, from, length);
      } else {
        line.reset();
      }
    }

    boolean pending() {
      return lineBytes > 0;
    }

    void end() {
      number++;
      String where = name + ":" + number;
      try {
        if (lineBytes > maxBytes) {
          any = true;
          problems.add(String.format(Locale.ROOT, "%s: line is %.1f MB, larger than the %.1f MB limit for one article",
              where, lineBytes / 1048576.0, maxBytes / 1048576.0));
          return;
        }
        String text;
        try {
          text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(line.toByteArray())).toString();
        } catch (CharacterCodingException e) {
          any = true;
          problems.add(where + ": not valid UTF-8");
          return;
        }
        if (number == 1 && !text.isEmpty() && text.charAt(0) == '\uFEFF') {
          text = text.substring(1);
        }
        any |= !text.isBlank();
        line(where, text, date, problems).ifPresent(articles::add);
      } finally {
        line.reset();
        lineBytes = 0;
      }
    }
  }

  /** One line as an article; empty when blank, or when bad (the reason goes to {@code problems}). */
  static Optional<Article> line(String where, String raw, LocalDate date, List<String> problems) {
    String line = raw.strip();
    if (line.isEmpty()) {
      return Optional.empty();
    }
    JsonNode n;
    try {
      n = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      problems.add(where + ": not JSON: " + e.getOriginalMessage());
      return Optional.empty();
    }
    if (n == null || !n.isObject()) {
      problems.add(where + ": expected a JSON object");
      return Optional.empty();
    }
    for (String field : STRING_FIELDS) {
      JsonNode v = n.get(field);
      if (v != null && !v.isNull() && !v.isTextual()) {
        String shown = v.toString();
        problems.add(where + ": field '" + field + "' must be a string, found " + v.getNodeType().name().toLowerCase(Locale.ROOT)
            + " " + (shown.length() > 40 ? shown.substring(0, 40) + "…" : shown));
        return Optional.empty();
      }
    }
    String text = n.path("text").asText("");
    if (text.isBlank()) {
      problems.add(where + ": missing or empty field 'text'");
      return Optional.empty();
    }
    // ("date", as many corpora and Dyad's own gold sets name it, when there is no "published")
    String dateField = n.path("published").asText("").isBlank() && !n.path("date").asText("").isBlank() ? "date" : "published";
    String published = n.path(dateField).asText("");
    Optional<LocalDate> day = Dates.parse(published);
    if (!published.isBlank() && day.isEmpty()) {
      problems.add(where + ": '" + dateField + "' is not a date: '" + published
          + "' (expected YYYY-MM-DD, an ISO date-time or an RFC 1123 date)");
      return Optional.empty();
    }
    String id = first(n, "url", "id").orElse(where);
    return Optional.of(new Article(id, first(n, "source").orElse(where), n.path("title").asText(""), day.orElse(date), text));
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
