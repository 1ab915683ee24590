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
 */
public record ArticleResult(Article article, List<Event> events, List<SentenceTrace> traces, Optional<Datelines.Dateline> dateline) {
  public ArticleResult {
    events = List.copyOf(events);
    traces = List.copyOf(traces);
    Objects.requireNonNull(dateline, "dateline");
  }

  public int sentenceCount() {
    return traces.size();
  }

  /** The same result with other events (the geo stage's located ones). */
  public ArticleResult withEvents(List<Event> replaced) {
    return new ArticleResult(article, replaced, traces, dateline);
  }
}
