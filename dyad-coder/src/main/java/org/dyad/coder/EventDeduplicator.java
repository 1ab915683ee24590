package org.dyad.coder;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dyad.model.Event;
import org.dyad.model.Modality;

/**
 * Keeps one event per (source, target, code, modality) within an article, as Phoenix's one-a-day filter
 * does: a report restating its headline in its lead is one event, not two. Of the duplicates it
 * keeps the best evidenced (with attribution, with the most specific actor codes), earliest first
 * among equals. A bare threat (130) that a specific threat of its sentence restates is dropped.
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
    kept.removeIf(e -> subsumedThreat(e, kept) || restatedInDetail(e, kept));
    kept.sort(Comparator.comparingInt(Event::sentenceIndex).thenComparingInt(e -> e.span().start()));
    return kept;
  }

  /**
   * "Iran's military warned it would strike American bases if …": the warning (130) and the threat its clause
   * makes (138) are one threat, so a bare 130 gives way to a specific threat of the same sentence, source and target.
   */
  private static boolean subsumedThreat(Event e, List<Event> events) {
    return e.code().code().equals("130") && e.modality() == Modality.ASSERTED && events.stream().anyMatch(o -> o != e
        && o.sentenceIndex() == e.sentenceIndex() && o.modality() == Modality.ASSERTED && o.code().code().startsWith("13")
        && !o.code().code().equals("130") && o.source().actor().code().equals(e.source().actor().code())
        && o.target().actor().code().equals(e.target().actor().code()));
  }

  /**
   * "Gunmen shot and killed a trader", "India and the EU agreed to conclude a trade deal": one act
   * told in two words, coded at two levels of detail (193 and 190; 0311 and 031), so a root's bare
   * code (190, 140, 170) gives way to another code of its root, and a code to its own finer code,
   * for the same sentence, sides and modality.
   */
  private static boolean restatedInDetail(Event e, List<Event> events) {
    String code = e.code().code();
    boolean bare = code.length() == 3 && code.endsWith("0") && !code.equals("130");
    return events.stream().anyMatch(o -> o != e && o.sentenceIndex() == e.sentenceIndex() && o.modality() == e.modality()
        && !o.code().code().equals(code) && (bare ? o.code().code().startsWith(e.code().root()) : o.code().code().startsWith(code))
        && o.source().actor().code().equals(e.source().actor().code()) && o.target().actor().code().equals(e.target().actor().code()));
  }

  private static int specificity(Event e) {
    return (e.attribution().isEmpty() ? 0 : 2)
        + e.source().actor().code().length()
        + e.target().actor().code().length();
  }
}
