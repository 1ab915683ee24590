package org.dyad.coder;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dyad.coder.dictionary.Dictionaries;
import org.dyad.coder.dictionary.Discards;
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
    List<Sentence> sentences = nlp.annotate(article);
    Optional<Discards.Discard> discardArticle = articleDiscard(sentences);
    for (Sentence sentence : sentences) {
      if (discardArticle.isPresent()) {
        traces.add(new SentenceTrace(sentence, List.of(), List.of(), List.of(), discarded(discardArticle.get())));
        continue;
      }
      List<NameHit> hits = names.match(sentence.tokens());
      String skip = filter.whyNot(sentence, hits);
      if (skip.isEmpty()) {
        skip = dictionaries.discards().inSentence(words(sentence)).map(ArticleCoder::discarded).orElse("");
      }
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

  private Optional<Discards.Discard> articleDiscard(List<Sentence> sentences) {
    for (Sentence s : sentences) {
      Optional<Discards.Discard> d = dictionaries.discards().inArticle(words(s));
      if (d.isPresent()) {
        return d;
      }
    }
    return Optional.empty();
  }

  private static String discarded(Discards.Discard d) {
    return "discarded: '" + d.phrase() + "' (" + d.where() + (d.wholeArticle() ? ", whole article)" : ")");
  }

  /** The sentence's words in lower case, for phrase lists. */
  static List<String> words(Sentence sentence) {
    List<String> words = new ArrayList<>(sentence.tokens().size());
    for (var t : sentence.tokens()) {
      words.add(t.word().toLowerCase(Locale.ROOT));
    }
    return words;
  }

  /** The dictionaries in use, for reports. */
  public Dictionaries dictionaries() {
    return dictionaries;
  }
}
