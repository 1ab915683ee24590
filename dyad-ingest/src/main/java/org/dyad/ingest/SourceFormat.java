package org.dyad.ingest;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.dyad.model.Article;

/** The formats ingest reads, chosen by file extension; each with its parser. */
public enum SourceFormat {
  /** Plain text: one article, its first line the title. */
  TEXT((name, text, date, problems) -> List.of(new Article(name, name, TextFiles.title(text), date, text))),
  /** An HTML page: main text, title, date and URL from the page (jsoup). */
  HTML(HtmlReader::read),
  /** An RSS or Atom feed file: one article per entry (Rome). */
  FEED(FeedReader::read),
  /** JSON Lines: one article per line with {@code id}, {@code url}, {@code title}, {@code published}, {@code text}, {@code source}. */
  JSONL(JsonlReader::read);

  /** Parses a source's text into articles; bad parts go to {@code problems} as one-line messages. */
  @FunctionalInterface
  interface Parser {
    List<Article> parse(String name, String text, LocalDate date, List<String> problems);
  }

  private final Parser parser;

  SourceFormat(Parser parser) {
    this.parser = parser;
  }

  /**
   * Parses a source's text into articles; bad parts go to {@code problems} as one-line messages.
   * (JSONL files and streams are better read line by line with {@link TextFiles}.)
   */
  public List<Article> parse(String name, String text, LocalDate date, List<String> problems) {
    return parser.parse(name, text, date, problems);
  }

  /** The format of a file by its extension: .html/.htm, .jsonl/.ndjson, .rss/.atom/.xml, else text. */
  public static SourceFormat of(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".html") || name.endsWith(".htm")) {
      return HTML;
    }
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
      return JSONL;
    }
    if (name.endsWith(".rss") || name.endsWith(".atom") || name.endsWith(".xml")) {
      return FEED;
    }
    return TEXT;
  }
}
