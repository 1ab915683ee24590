package org.dyad.eval;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One gold record: a sentence with the events a correct coder produces for it.
 *
 * @param id the record's id in its set
 * @param date the story date, or {@code null}
 * @param text the sentence
 * @param events the expected events; empty for a no-event record
 * @param tags the set's categories for the record ("passive", "COMPOUND", "root-19")
 */
public record GoldSentence(String id, LocalDate date, String text, List<GoldEvent> events, List<String> tags) {
  public GoldSentence {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    events = List.copyOf(events);
    tags = List.copyOf(tags);
  }
}
