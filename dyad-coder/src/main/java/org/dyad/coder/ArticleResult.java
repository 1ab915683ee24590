package org.dyad.coder;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.dyad.places.Datelines;
import org.dyad.model.Article;
import org.dyad.model.Event;

/**
 * The events coded from one article, and the trace of how.
 *
 * @param article the article
 * @param events its events, in sentence order, one per (source, target, code)
 * @param traces one per sentence
 * @param dateline the dateline the article opens with, if any
 * @param times the time each stage took on the article
 */
public record ArticleResult(Article article, List<Event> events, List<SentenceTrace> traces, Optional<Datelines.Dateline> dateline,
    StageTimes times) {
  public ArticleResult {
    events = List.copyOf(events);
    traces = List.copyOf(traces);
    Objects.requireNonNull(dateline, "dateline");
    Objects.requireNonNull(times, "times");
  }

  public int sentenceCount() {
    return traces.size();
  }

  /** The same result with other events (the geo stage's located ones). */
  public ArticleResult withEvents(List<Event> replaced) {
    return new ArticleResult(article, replaced, traces, dateline, times);
  }

  /** The same result with other stage times (the geo stage's added). */
  public ArticleResult withTimes(StageTimes replaced) {
    return new ArticleResult(article, events, traces, dateline, replaced);
  }
}
