package org.dyad.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One news report as read from a source: its identity, its text and what its metadata says.
 *
 * @param id stable identifier (a URL, or a file name); becomes each event's {@code doc_id}
 * @param source where the article was read from (a path or URL), for error messages
 * @param title the headline when the source has one apart from the text, else empty
 * @param date the publication date, or {@code null} when neither metadata nor the user gave one
 * @param text the full text; every {@link Span} refers to offsets in it
 */
public record Article(String id, String source, String title, LocalDate date, String text) {
  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(text, "text");
  }

  public Optional<LocalDate> publishedOn() {
    return Optional.ofNullable(date);
  }

  public Article withDate(LocalDate newDate) {
    return new Article(id, source, title, newDate, text);
  }
}
