package org.dyad.coder;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.coder.dictionary.ActorDictionary;
import org.dyad.coder.dictionary.LexiconEntry;
import org.dyad.coder.dictionary.NameEntry;
import org.dyad.coder.dictionary.NameKind;
import org.dyad.coder.dictionary.VerbLexicon;
import org.dyad.model.Sentence;
import org.dyad.model.Token;
import org.dyad.nlp.TokenizedArticle;
import org.dyad.nlp.WordClass;

/**
 * The test before tagging: whether a sentence's words alone allow what {@link CandidateFilter}
 * asks of the tagged sentence. Each word stands for every lemma tagging could give it (the NLP
 * stage's {@link TokenizedArticle#possibleLemmas}), so the test lets through every sentence the
 * filter after tagging would, and most others stop before the tagger, which costs ten times more
 * than tokenising. Thread-safe.
 */
final class TaggingFilter {
  /** Ends every reason this filter gives, so that traces tell which sentences were never tagged. */
  static final String BEFORE_TAGGING = " (seen in the words, before tagging)";
  private final VerbLexicon lexicon;
  private final ActorDictionary actors;
  private final PlaceNames places;
  private final boolean actorsSuffice;

  /** {@code actorsSuffice}: with a learned typer, names that may be both sides of an act let a sentence through. */
  TaggingFilter(VerbLexicon lexicon, ActorDictionary actors, PlaceNames places, boolean actorsSuffice) {
    this.lexicon = lexicon;
    this.actors = actors;
    this.places = places;
    this.actorsSuffice = actorsSuffice;
  }

  /**
   * Empty when the sentence may hold an event, else why it cannot.
   *
   * @param sentence sentence {@code index} of the article, untagged, maybe without its first {@code offset} tokens (a dateline)
   * @param hits the names found in its words
   */
  String whyNot(TokenizedArticle article, int index, Sentence sentence, int offset, List<NameHit> hits) {
    List<Token> tokens = sentence.tokens();
    boolean placeOnly = hits.isEmpty() && !CandidateFilter.shortReference(sentence) && !anyAgentNoun(article, index, tokens, offset);
    if (placeOnly && !places.mayName(tokens)) {
      return CandidateFilter.NO_ACTOR + BEFORE_TAGGING;
    }
    if (actorsSuffice && !placeOnly && mayNameBothSides(article, index, sentence, offset, hits)) {
      return "";
    }
    Set<String> words = null;
    for (Token t : tokens) {
      Set<String> verbs = article.possibleLemmas(index, t.index() + offset, WordClass.VERB);
      Set<String> nouns = article.possibleLemmas(index, t.index() + offset, WordClass.NOUN);
      if (verbs == null || nouns == null) {
        return "";
      }
      // Each lemma's entries are read only when there are some, and no set of forms is built per
      // word: this loop runs on every word of every sentence.
      for (String lemma : verbs) {
        List<LexiconEntry> entries = lexicon.verbs(lemma.toLowerCase(Locale.ROOT));
        if (!entries.isEmpty()) {
          words = words != null ? words : words(article, index, tokens, offset);
          if (words == null || mayHoldOne(entries, words, placeOnly)) {
            return "";
          }
        }
      }
      // the word itself too: a headline verb the tagger may take for a noun ("police teargas protesters", TagRepairs)
      List<LexiconEntry> asWritten = lexicon.verbs(t.word().toLowerCase(Locale.ROOT));
      if (!asWritten.isEmpty()) {
        words = words != null ? words : words(article, index, tokens, offset);
        if (words == null || mayHoldOne(asWritten, words, placeOnly)) {
          return "";
        }
      }
      for (String l : nouns) {
        // a noun's lemma as DependencyTree#lemmaOf reads it: in lower case, a proper noun's plural made singular too
        String lemma = l.toLowerCase(Locale.ROOT);
        String singular = singular(lemma);
        if (DiscourseMemory.INITIATIVES.contains(lemma) || singular != null && DiscourseMemory.INITIATIVES.contains(singular)) {
          return "";
        }
        List<LexiconEntry> entries = lexicon.nouns(lemma);
        List<LexiconEntry> singularEntries = singular == null ? List.of() : lexicon.nouns(singular);
        if (!entries.isEmpty() || !singularEntries.isEmpty()) {
          words = words != null ? words : words(article, index, tokens, offset);
          if (words == null || mayHoldOne(entries, words, placeOnly) || mayHoldOne(singularEntries, words, placeOnly)) {
            return "";
          }
        }
      }
    }
    return CandidateFilter.NO_EVENT_WORD + BEFORE_TAGGING;
  }

  /**
   * With the learned typer, whether the words may name both sides of an act, as the typer asks of
   * the tagged sentence (HybridTyping#mayNameBothSides): two actor names, a place name, or a word
   * that may be an actor's noun ("demonstrators", found by its lemma only once tagged). A sentence
   * that fails this is tagged only when the rules' own test lets it through.
   */
  private boolean mayNameBothSides(TokenizedArticle article, int index, Sentence sentence, int offset, List<NameHit> hits) {
    if (hits.size() >= 2 || places.mayName(sentence.tokens()) || CandidateFilter.shortReference(sentence)) {
      return true;
    }
    int names = hits.size();
    List<Token> tokens = sentence.tokens();
    for (int i = 0; i < tokens.size() && names < 2; i++) {
      int at = i;
      if (hits.stream().noneMatch(h -> h.covers(at)) && mayBeAgentNoun(article, index, tokens.get(i), offset)) {
        names++;
      }
    }
    return names >= 2;
  }

  /** Whether a word may be tagged a noun whose lemma is a sector noun ("servicemen" → "serviceman"), as {@link NameMatcher} takes it. */
  private boolean mayBeAgentNoun(TokenizedArticle article, int index, Token t, int offset) {
    if (!Character.isLetter(t.word().codePointAt(0))) {
      return false;
    }
    Set<String> lemmas = article.possibleLemmas(index, t.index() + offset, WordClass.NOUN);
    if (lemmas == null) {
      return true;
    }
    for (String lemma : lemmas) {
      for (NameEntry e : actors.lookup(ActorDictionary.key(lemma))) {
        if (e.kind() == NameKind.AGENT) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether any word may be such a noun. */
  private boolean anyAgentNoun(TokenizedArticle article, int index, List<Token> tokens, int offset) {
    for (Token t : tokens) {
      if (mayBeAgentNoun(article, index, t, offset)) {
        return true;
      }
    }
    return false;
  }

  private static boolean mayHoldOne(List<LexiconEntry> entries, Set<String> words, boolean placeOnly) {
    for (LexiconEntry e : entries) {
      if (CandidateFilter.mayHold(e, words) && (!placeOnly || CandidateFilter.placeMayAct(e))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A noun's lemma (in lower case) made singular as {@link DependencyTree#lemmaOf} makes a proper
   * noun's plural singular, or null when it would not be.
   */
  private static String singular(String lemma) {
    if (lemma.length() > 3 && lemma.endsWith("s") && !lemma.endsWith("ss")) {
      return lemma.endsWith("ies") ? lemma.substring(0, lemma.length() - 3) + "y" : lemma.substring(0, lemma.length() - 1);
    }
    return null;
  }

  /** Every word and every lemma the sentence's words may have, in lower case: what conditions are tested on; null when unknown. */
  private static Set<String> words(TokenizedArticle article, int index, List<Token> tokens, int offset) {
    Set<String> words = new HashSet<>();
    for (Token t : tokens) {
      words.add(t.word().toLowerCase(Locale.ROOT));
      for (WordClass c : WordClass.values()) {
        Set<String> lemmas = article.possibleLemmas(index, t.index() + offset, c);
        if (lemmas == null) {
          return null;
        }
        for (String l : lemmas) {
          String lemma = l.toLowerCase(Locale.ROOT);
          words.add(lemma);
          String singular = c == WordClass.NOUN ? singular(lemma) : null;
          if (singular != null) {
            words.add(singular);
          }
        }
      }
    }
    return words;
  }
}
