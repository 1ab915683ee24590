package org.dyad.coder;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.dyad.coder.dictionary.Dictionaries;
import org.dyad.coder.dictionary.Discards;
import org.dyad.coder.dictionary.NameKind;
import org.dyad.model.Article;
import org.dyad.model.Event;
import org.dyad.model.Sentence;
import org.dyad.model.Span;
import org.dyad.model.Token;
import org.dyad.nlp.NlpBackend;
import org.dyad.ontology.ConflictTypes;
import org.dyad.places.Datelines;
import org.dyad.places.Gazetteer;

/**
 * Codes an article end to end: capitals restored when the article has none ({@link Truecaser}),
 * NLP tagging of every sentence, the article's context (dateline, main country), the {@link
 * CandidateFilter} that keeps only sentences that can yield an event, the dateline removed from
 * the first sentence, dependency parsing, coding, and per-article de-duplication.
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
  private final Truecaser truecaser;
  private final Optional<org.dyad.coder.typing.EventTyper> typer;
  private final Datelines datelines;

  /** A coder of the rules alone, on an NLP backend, dictionaries, and the gazetteer through which places act as their countries. */
  public ArticleCoder(NlpBackend nlp, Dictionaries dictionaries, Gazetteer gazetteer) {
    this(nlp, dictionaries, gazetteer, null);
  }

  /**
   * A hybrid coder: the rules, and a learned typer that reviews their events and codes sentences
   * with actors where no event word fired ({@code typer} null: the rules alone).
   */
  public ArticleCoder(NlpBackend nlp, Dictionaries dictionaries, Gazetteer gazetteer, org.dyad.coder.typing.EventTyper typer) {
    this.nlp = nlp;
    this.dictionaries = dictionaries;
    this.names = new NameMatcher(dictionaries.actors());
    this.typer = Optional.ofNullable(typer);
    ConflictTypes conflictTypes = ConflictTypes.load();
    this.coder = new SentenceCoder(dictionaries, new PlaceNames(gazetteer), conflictTypes,
        this.typer.map(t -> new HybridTyping(t, dictionaries.ontology(), conflictTypes, HybridTyping.Thresholds.CALIBRATED)));
    this.filter = new CandidateFilter(dictionaries.verbs(), typer != null);
    this.truecaser = new Truecaser(dictionaries.actors(), gazetteer);
    this.datelines = new Datelines(gazetteer);
  }

  public ArticleResult code(Article article) {
    List<Event> events = new ArrayList<>();
    List<SentenceTrace> traces = new ArrayList<>();
    DiscourseMemory memory = new DiscourseMemory();
    boolean caseless = Truecaser.isCaseless(article.text());
    List<Sentence> sentences = nlp.annotate(caseless
        ? new Article(article.id(), article.source(), article.title(), article.date(), truecaser.truecase(article.text()))
        : article);
    Optional<Datelines.Dateline> dateline = sentences.isEmpty() ? Optional.empty() : datelines.at(sentences.get(0).tokens());
    List<List<NameHit>> hitsPerSentence = new ArrayList<>();
    for (Sentence sentence : sentences) {
      hitsPerSentence.add(names.match(sentence.tokens()));
    }
    ArticleContext context = new ArticleContext(dateline, countries(hitsPerSentence, dateline), caseless);
    Optional<Discards.Discard> discardArticle = articleDiscard(sentences);
    for (Sentence tagged : sentences) {
      Sentence sentence = asWritten(article, tagged.index() == 0 && dateline.isPresent() ? withoutDateline(tagged, dateline.get()) : tagged);
      if (discardArticle.isPresent()) {
        traces.add(new SentenceTrace(sentence, List.of(), List.of(), List.of(), discarded(discardArticle.get())));
        continue;
      }
      List<NameHit> hits = sentence == tagged ? hitsPerSentence.get(tagged.index()) : names.match(sentence.tokens());
      String skip = filter.whyNot(sentence, hits);
      if (skip.isEmpty()) {
        skip = dictionaries.discards().inSentence(words(sentence)).map(ArticleCoder::discarded).orElse("");
      }
      if (!skip.isEmpty()) {
        traces.add(new SentenceTrace(sentence, List.of(), List.of(), List.of(), skip));
        continue;
      }
      SentenceCoder.Coded coded = coder.code(article, nlp.parse(sentence), hits, memory, context);
      events.addAll(coded.events());
      traces.add(coded.trace());
    }
    return new ArticleResult(article, deduplicator.apply(events), traces, dateline);
  }

  /**
   * The countries the article names, through countries, nationalities and seats of government
   * (organizations and people do not count), the dateline counting twice; most named first, ties
   * in order of first mention.
   */
  private static List<String> countries(List<List<NameHit>> hits, Optional<Datelines.Dateline> dateline) {
    Map<String, Integer> counts = new HashMap<>();
    List<String> order = new ArrayList<>();
    dateline.ifPresent(d -> {
      String c = PlaceNames.cameoCountry(d.place());
      counts.put(c, 2);
      order.add(c);
    });
    for (List<NameHit> sentence : hits) {
      for (NameHit hit : sentence) {
        NameKind kind = hit.entry().kind();
        if (kind == NameKind.COUNTRY || kind == NameKind.DEMONYM || kind == NameKind.GOVERNMENT_METONYM) {
          String c = hit.entry().code().substring(0, Math.min(3, hit.entry().code().length()));
          if (counts.merge(c, 1, Integer::sum) == 1) {
            order.add(c);
          }
        }
      }
    }
    List<String> ranked = new ArrayList<>(order);
    ranked.sort((a, b) -> Integer.compare(counts.get(b), counts.get(a))); // stable: ties keep their order
    return ranked;
  }

  /** The first sentence without its dateline, tokens numbered from 0 again. */
  private static Sentence withoutDateline(Sentence sentence, Datelines.Dateline dateline) {
    List<Token> rest = new ArrayList<>();
    for (Token t : sentence.tokens().subList(dateline.length(), sentence.tokens().size())) {
      rest.add(new Token(rest.size(), t.word(), t.lemma(), t.pos(), t.span()));
    }
    Span span = new Span(rest.get(0).span().start(), sentence.span().end());
    return new Sentence(sentence.index(), span, sentence.text(), rest, List.of());
  }

  /** The sentence with its text as the article writes it (a caseless article was tagged truecased). */
  private static Sentence asWritten(Article article, Sentence sentence) {
    String text = sentence.span().of(article.text());
    return text.equals(sentence.text()) ? sentence
        : new Sentence(sentence.index(), sentence.span(), text, sentence.tokens(), sentence.dependencies());
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

  /** Whether the coder treats a text as caseless (one letter case throughout), as the geolocator must too. */
  public static boolean isCaseless(String text) {
    return Truecaser.isCaseless(text);
  }

  /** The learned typer beside the rules, if any. */
  public Optional<org.dyad.coder.typing.EventTyper> typer() {
    return typer;
  }

  /** The dictionaries in use, for reports. */
  public Dictionaries dictionaries() {
    return dictionaries;
  }
}
