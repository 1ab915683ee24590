package org.dyad.coder;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dyad.coder.dictionary.Dictionaries;
import org.dyad.model.Article;
import org.dyad.model.Event;
import org.dyad.model.Sentence;
import org.dyad.model.Token;
import org.dyad.nlp.NlpBackend;

/**
 * Codes an article end to end: NLP tagging of every sentence, a cheap filter that keeps only
 * sentences that can yield an event (two actor names, or one and an initiative noun, and an
 * event word of the lexicon), dependency parsing of those, coding, and per-article
 * de-duplication.
 *
 * <p>Thread-safe: articles may be coded concurrently; each call keeps its own discourse memory.
 */
public final class ArticleCoder {
  private final NlpBackend nlp;
  private final Dictionaries dictionaries;
  private final NameMatcher names;
  private final SentenceCoder coder;
  private final EventDeduplicator deduplicator = new EventDeduplicator();

  public ArticleCoder(NlpBackend nlp, Dictionaries dictionaries) {
    this.nlp = nlp;
    this.dictionaries = dictionaries;
    this.names = new NameMatcher(dictionaries.actors());
    this.coder = new SentenceCoder(dictionaries);
  }

  public ArticleResult code(Article article) {
    List<Event> events = new ArrayList<>();
    List<SentenceTrace> traces = new ArrayList<>();
    DiscourseMemory memory = new DiscourseMemory();
    for (Sentence sentence : nlp.annotate(article)) {
      List<NameHit> hits = names.match(sentence.tokens());
      String skip = whyNotParse(sentence, hits);
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

  /** Empty when the sentence may hold an event; else the reason it cannot. */
  private String whyNotParse(Sentence sentence, List<NameHit> hits) {
    boolean initiative = false;
    boolean trigger = false;
    for (Token t : sentence.tokens()) {
      String lemma = t.lemma().toLowerCase(Locale.ROOT);
      initiative |= DiscourseMemory.INITIATIVES.contains(lemma);
      trigger |= dictionaries.verbs().mayTrigger(lemma) || (t.isProperNoun() && dictionaries.verbs().mayTrigger(singular(lemma)));
    }
    if (hits.size() < 2 && !(hits.size() == 1 && initiative)) {
      return hits.isEmpty() ? "no actor named" : "one actor named and no initiative noun";
    }
    return trigger || initiative ? "" : "no event word of the lexicon";
  }

  private static String singular(String lemma) {
    return lemma.endsWith("s") ? lemma.substring(0, lemma.length() - 1) : lemma;
  }

  /** The dictionaries in use, for reports. */
  public Dictionaries dictionaries() {
    return dictionaries;
  }
}
