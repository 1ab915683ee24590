package org.dyad.coder;

import java.util.ArrayList;
import java.util.List;
import org.dyad.coder.dictionary.Dictionaries;
import org.dyad.model.Article;
import org.dyad.model.Event;
import org.dyad.model.Sentence;
import org.dyad.nlp.NlpBackend;

/**
 * Codes an article end to end: NLP tagging of every sentence, the {@link CandidateFilter} that
 * keeps only sentences that can yield an event, dependency parsing of those, coding, and
 * per-article de-duplication.
 *
 * <p>Thread-safe: articles may be coded concurrently; each call keeps its own discourse memory.
 */
public final class ArticleCoder {
  private final NlpBackend nlp;
  private final Dictionaries dictionaries;
  private final NameMatcher names;
  private final SentenceCoder coder;
  private final CandidateFilter filter;
  private final EventDeduplicator deduplicator = new EventDeduplicator();

  public ArticleCoder(NlpBackend nlp, Dictionaries dictionaries) {
    this.nlp = nlp;
    this.dictionaries = dictionaries;
    this.names = new NameMatcher(dictionaries.actors());
    this.coder = new SentenceCoder(dictionaries);
    this.filter = new CandidateFilter(dictionaries.verbs());
  }

  public ArticleResult code(Article article) {
    List<Event> events = new ArrayList<>();
    List<SentenceTrace> traces = new ArrayList<>();
    DiscourseMemory memory = new DiscourseMemory();
    for (Sentence sentence : nlp.annotate(article)) {
      List<NameHit> hits = names.match(sentence.tokens());
      String skip = filter.whyNot(sentence, hits);
      if (!skip.isEmpty()) {
        traces.add(new SentenceTrace(sentence, List.of(), List.of(), List.of(), skip));
        continue;
      }
      SentenceCoder.Coded coded = coder.code(article, nlp.parse(sentence), hits, memory);
      events.addAll(coded.events());
      traces.add(coded.trace());
    }
    return new ArticleResult(article, deduplicator.apply(events), traces);
  }

  /** The dictionaries in use, for reports. */
  public Dictionaries dictionaries() {
    return dictionaries;
  }
}
