package org.dyad.coder;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ForkJoinTask;
import org.dyad.coder.dictionary.Dictionaries;
import org.dyad.coder.dictionary.Discards;
import org.dyad.coder.dictionary.NameKind;
import org.dyad.model.Article;
import org.dyad.model.Event;
import org.dyad.model.Sentence;
import org.dyad.model.Span;
import org.dyad.model.Token;
import org.dyad.nlp.NlpBackend;
import org.dyad.nlp.TokenizedArticle;
import org.dyad.ontology.ConflictTypes;
import org.dyad.places.Datelines;
import org.dyad.places.Gazetteer;
import org.dyad.places.Locatives;

/**
 * Codes an article end to end: capitals restored when the article has none ({@link Truecaser}),
 * tokenising and sentence splitting, the article's context from the words of every sentence
 * (dateline, main country), the dateline removed from the first sentence, the {@link
 * TaggingFilter} on words and then, for the sentences it lets through, tagging and the {@link
 * CandidateFilter} on tags, which keep only sentences that can yield an event; dependency
 * parsing, coding, and per-article de-duplication. Each stage's time goes into the result.
 *
 * <p>Thread-safe: articles may be coded concurrently; each call keeps its own discourse memory.
 */
public final class ArticleCoder {
  static final String DISCARDED = "discarded: ";
  private final NlpBackend nlp;
  private final Dictionaries dictionaries;
  private final NameMatcher names;
  private final SentenceCoder coder;
  private final CandidateFilter filter;
  private final TaggingFilter preFilter;
  private final EventDeduplicator deduplicator = new EventDeduplicator();
  private final Truecaser truecaser;
  private final TagRepairs tagRepairs;
  private final Optional<org.dyad.coder.typing.EventTyper> typer;
  private final Optional<HybridTyping> hybrid;
  private final Datelines datelines;
  private final PlaceNames places;

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
    this.hybrid = this.typer.map(t -> new HybridTyping(t, dictionaries.ontology(), conflictTypes, HybridTyping.Thresholds.CALIBRATED));
    this.places = new PlaceNames(gazetteer);
    this.coder = new SentenceCoder(dictionaries, places, conflictTypes, hybrid);
    this.filter = new CandidateFilter(dictionaries.verbs(), places);
    this.tagRepairs = new TagRepairs(dictionaries.verbs());
    this.preFilter = new TaggingFilter(dictionaries.verbs(), dictionaries.actors(), places, typer != null);
    this.truecaser = new Truecaser(dictionaries.actors(), gazetteer, dictionaries.verbs());
    this.datelines = new Datelines(gazetteer);
  }

  /** The article's events, one trace per sentence, and the time each stage took. */
  public ArticleResult code(Article article) {
    Clock clock = new Clock();
    List<Event> events = new ArrayList<>();
    List<SentenceTrace> traces = new ArrayList<>();
    DiscourseMemory memory = new DiscourseMemory();
    boolean caseless = Truecaser.isCaseless(article.text());
    TokenizedArticle tokenized = nlp.tokenize(caseless
        ? new Article(article.id(), article.source(), article.title(), article.date(), truecaser.truecase(article.text()))
        : article);
    List<Sentence> sentences = tokenized.sentences();
    clock.lap(Stage.TOKENIZE);
    Optional<Datelines.Dateline> dateline = sentences.isEmpty() ? Optional.empty() : datelines.at(sentences.get(0).tokens());
    // Names are matched on words, so untagged sentences give the same countries and datelines as tagged ones.
    List<List<NameHit>> dictionaryHits = new ArrayList<>();
    for (Sentence sentence : sentences) {
      dictionaryHits.add(names.match(sentence.tokens()));
    }
    ArticleAcronyms acronyms = ArticleAcronyms.of(sentences, dictionaryHits);
    List<List<NameHit>> hitsPerSentence = new ArrayList<>();
    for (Sentence sentence : sentences) {
      hitsPerSentence.add(acronyms.apply(sentence.tokens(), dictionaryHits.get(sentence.index())));
    }
    ArticleContext context = new ArticleContext(dateline, countries(sentences, hitsPerSentence, dateline),
        StoryPlaces.countries(sentences, hitsPerSentence, places), caseless);
    Optional<Discards.Discard> discardArticle = articleDiscard(sentences);
    clock.lap(Stage.FILTER);
    // Each sentence apart (filters, tagging, typing, parsing); on a fork-join pool, such as the
    // pipeline's, the sentences of a long article spread over its idle workers.
    List<ForkJoinTask<Prepared>> tasks = new ArrayList<>(sentences.size());
    for (Sentence words : sentences) {
      tasks.add(ForkJoinTask.adapt(() -> prepare(article, tokenized, words, dateline, discardArticle, hitsPerSentence.get(words.index()), acronyms)));
    }
    if (ForkJoinTask.inForkJoinPool()) {
      ForkJoinTask.invokeAll(tasks);
    } else {
      tasks.forEach(ForkJoinTask::invoke);
    }
    // Then in order, since the discourse memory carries actors from sentence to sentence.
    boolean[] untagged = new boolean[sentences.size()];
    for (ForkJoinTask<Prepared> task : tasks) {
      if (Thread.currentThread().isInterrupted()) {
        // A caller that stopped waiting (an article over its time limit) wants the thread back.
        tasks.forEach(t -> t.cancel(false));
        throw new java.util.concurrent.CancellationException(article.id() + ": coding interrupted");
      }
      Prepared p = task.join();
      clock.add(p.times());
      if (!p.skip().isEmpty()) {
        traces.add(new SentenceTrace(p.sentence(), List.of(), List.of(), List.of(), p.skip()));
        untagged[p.sentence().index()] = !p.tagged();
        continue;
      }
      // A sentence parsed only for the learned typer (no event word) is remembered, as the rules'
      // sentences are, only when an event came of it: the rules' events elsewhere stay theirs.
      DiscourseMemory reading = p.typerOnly() ? memory.copy() : memory;
      SentenceCoder.Coded coded = coder.code(article, p.sentence(), p.hits(), reading, context);
      if (p.typerOnly() && !coded.events().isEmpty()) {
        memory = reading;
      }
      events.addAll(coded.events());
      traces.add(coded.trace());
      clock.lap(Stage.CODE);
    }
    List<Event> unique = deduplicator.apply(events);
    clock.lap(Stage.CODE);
    if (dateline.isEmpty() && unique.stream().anyMatch(e -> e.location() == null)) {
      // The geolocator may look for the place in the other sentences, and reads their tags.
      for (int i = 0; i < traces.size(); i++) {
        if (untagged[i] && Locatives.mayHoldPlace(traces.get(i).sentence().tokens(), caseless)) {
          SentenceTrace t = traces.get(i);
          traces.set(i, new SentenceTrace(asCoded(article, tokenized.tagged(i), dateline), t.parse(), t.actors(), t.decisions(), t.skipped()));
        }
      }
      clock.lap(Stage.TAG);
    }
    return new ArticleResult(article, unique, traces, dateline, clock.times());
  }

  /**
   * What a sentence's coding needs that does not depend on the sentences before it.
   *
   * @param sentence the sentence as coded: tagged and parsed when it passed the filters
   * @param skip why it is not coded, or empty
   * @param tagged whether it was tagged
   * @param typerOnly whether it was parsed only for the learned typer (it has no event word)
   * @param times the time each stage took on it
   */
  private record Prepared(Sentence sentence, List<NameHit> hits, String skip, boolean tagged, boolean typerOnly, StageTimes times) {}

  /** A sentence through the filters, tagging, the learned typer when it is asked, and parsing. */
  private Prepared prepare(Article article, TokenizedArticle tokenized, Sentence words, Optional<Datelines.Dateline> dateline,
      Optional<Discards.Discard> discardArticle, List<NameHit> wordHits, ArticleAcronyms acronyms) {
    Clock clock = new Clock();
    int offset = words.index() == 0 && dateline.isPresent() ? dateline.get().length() : 0;
    Sentence sentence = asCoded(article, words, dateline);
    if (discardArticle.isPresent()) {
      clock.lap(Stage.FILTER);
      return new Prepared(sentence, List.of(), discarded(discardArticle.get()), false, false, clock.times());
    }
    List<NameHit> hits = offset == 0 ? wordHits : acronyms.apply(sentence.tokens(), names.match(sentence.tokens()));
    String skip = preFilter.whyNot(tokenized, words.index(), sentence, offset, hits);
    if (skip.isEmpty()) {
      skip = dictionaries.discards().inSentence(words(sentence)).map(ArticleCoder::discarded).orElse("");
    }
    clock.lap(Stage.FILTER);
    if (!skip.isEmpty()) {
      return new Prepared(sentence, List.of(), skip, false, false, clock.times());
    }
    sentence = tagRepairs.repair(asCoded(article, tokenized.tagged(words.index()), dateline));
    clock.lap(Stage.TAG);
    hits = acronyms.apply(sentence.tokens(), names.match(sentence.tokens()));
    skip = filter.whyNot(sentence, hits);
    clock.lap(Stage.FILTER);
    boolean typerOnly = false;
    if (skip.equals(CandidateFilter.NO_EVENT_WORD) && hybrid.isPresent() && sentence.tokens().stream().noneMatch(Token::isVerb)) {
      // The typer anchors its events at a verb ({@link HybridTyping#anchor}): a sentence without
      // one can hold none of them, so it is not parsed.
      skip = skip + "; " + HybridTyping.NO_VERB;
    } else if (skip.equals(CandidateFilter.NO_EVENT_WORD) && hybrid.isPresent() && !HybridTyping.mayNameBothSides(hits, sentence, places)) {
      // The typer's event needs a source and a target (HybridTyping#hasSides); a sentence that
      // names one actor and no place has not both, so it is not parsed for the typer.
      skip = skip + "; " + HybridTyping.ONE_SIDE;
    } else if (skip.equals(CandidateFilter.NO_EVENT_WORD) && hybrid.isPresent()) {
      // No event word, but actors: the learned typer may code it. Parsing costs about a quarter of
      // an embedding, and the parse tells whether the rules would find both sides of the typer's
      // event (HybridTyping#hasSides), so the sentence is parsed and embedded only then.
      typerOnly = true;
      skip = "";
    }
    if (!skip.isEmpty()) {
      return new Prepared(sentence, hits, skip, true, false, clock.times());
    }
    Sentence parsed = nlp.parse(sentence);
    clock.lap(Stage.PARSE);
    return new Prepared(parsed, hits, "", true, typerOnly, clock.times());
  }

  /** A sentence as the coder reads it: without the dateline (the first), with its text as the article writes it. */
  private static Sentence asCoded(Article article, Sentence sentence, Optional<Datelines.Dateline> dateline) {
    return asWritten(article, sentence.index() == 0 && dateline.isPresent() ? withoutDateline(sentence, dateline.get()) : sentence);
  }

  private enum Stage { TOKENIZE, FILTER, TAG, PARSE, CODE }

  /** Adds the time since the last lap to a stage. */
  private static final class Clock {
    private final long[] nanos = new long[Stage.values().length];
    private long last = System.nanoTime();

    void lap(Stage stage) {
      long now = System.nanoTime();
      nanos[stage.ordinal()] += now - last;
      last = now;
    }

    StageTimes times() {
      return new StageTimes(nanos[0], nanos[1], nanos[2], nanos[3], nanos[4], 0);
    }

    /** Adds another clock's stage times (a sentence prepared on another thread); the lap goes on from now. */
    void add(StageTimes other) {
      nanos[Stage.TOKENIZE.ordinal()] += other.tokenize();
      nanos[Stage.FILTER.ordinal()] += other.filter();
      nanos[Stage.TAG.ordinal()] += other.tag();
      nanos[Stage.PARSE.ordinal()] += other.parse();
      nanos[Stage.CODE.ordinal()] += other.code();
      last = System.nanoTime();
    }
  }

  /**
   * The countries the article names, through countries, nationalities, seats of government and
   * armed groups of one country (organizations and people do not count), the dateline counting
   * twice; most named first, ties in order of first mention.
   */
  private static List<String> countries(List<Sentence> sentences, List<List<NameHit>> hits, Optional<Datelines.Dateline> dateline) {
    Map<String, Integer> counts = new HashMap<>();
    List<String> order = new ArrayList<>();
    dateline.ifPresent(d -> {
      String c = PlaceNames.cameoCountry(d.place());
      counts.put(c, 2);
      order.add(c);
    });
    for (int i = 0; i < hits.size(); i++) {
      List<Token> tokens = sentences.get(i).tokens();
      for (NameHit hit : hits.get(i)) {
        NameKind kind = hit.entry().kind();
        // ("near the border with Afghanistan" names the country beyond, not the one the story is in)
        boolean beyond = hit.start() >= 2 && tokens.get(hit.start() - 1).word().equalsIgnoreCase("with")
            && ArgumentWords.BORDERS.contains(tokens.get(hit.start() - 2).word().toLowerCase(java.util.Locale.ROOT));
        if (beyond || kind == NameKind.COUNTRY && PlaceNames.opensLongerName(tokens, hit) || PlaceNames.closesLongerName(tokens, hit.start())) {
          continue; // ("Benin City" is in Nigeria; "Mocimboa da Praia" in Mozambique, not Cape Verde)
        }
        // a group tells of its home country too ("the Rapid Support Forces" → Sudan), a multinational one of none
        boolean homeGroup = kind == NameKind.GROUP && !hit.entry().code().startsWith("IMG");
        if (kind == NameKind.COUNTRY || kind == NameKind.DEMONYM || kind == NameKind.GOVERNMENT_METONYM || homeGroup) {
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
    return DISCARDED + "'" + d.phrase() + "' (" + d.where() + (d.wholeArticle() ? ", whole article)" : ")");
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
