package org.dyad.coder;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dyad.model.Event;

/**
 * Keeps one event per (source, target, code, modality) within an article, as Phoenix's one-a-day filter
 * does: a report restating its headline in its lead is one event, not two. Of the duplicates it
 * keeps the best evidenced (with attribution, with the most specific actor codes), earliest first
 * among equals.
 */
final class EventDeduplicator {
  private static final Comparator<Event> BETTER =
      Comparator.comparingInt(EventDeduplicator::specificity).thenComparing(e -> -e.sentenceIndex());

  List<Event> apply(List<Event> events) {
    Map<String, Event> best = new LinkedHashMap<>();
    for (Event e : events) {
      String key = e.source().actor().code() + "|" + e.target().actor().code() + "|" + e.code().code() + "|" + e.modality();
      best.merge(key, e, (a, b) -> BETTER.compare(b, a) > 0 ? b : a);
    }
    List<Event> kept = new ArrayList<>(best.values());
    kept.sort(Comparator.comparingInt(Event::sentenceIndex).thenComparingInt(e -> e.span().start()));
    return kept;
  }

  private static int specificity(Event e) {
    return (e.attribution().isEmpty() ? 0 : 2)
        + e.source().actor().code().length()
        + e.target().actor().code().length();
  }
}
