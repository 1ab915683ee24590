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

  /** {@code actorsSuffice}: with a learned typer, an actor name alone lets a sentence through. */
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
    if (actorsSuffice && !placeOnly) {
      return "";
    }
    Set<String> words = null;
    for (Token t : tokens) {
      Set<String> verbs = article.possibleLemmas(index, t.index() + offset, WordClass.VERB);
      Set<String> nouns = article.possibleLemmas(index, t.index() + offset, WordClass.NOUN);
      if (verbs == null || nouns == null) {
        return "";
      }
      // the word itself too: a headline verb the tagger may take for a noun ("police teargas protesters", TagRepairs)
      Set<String> verbForms = new java.util.HashSet<>(verbs);
      verbForms.add(t.word());
      for (String lemma : verbForms) {
        for (LexiconEntry e : lexicon.verbs(lemma.toLowerCase(Locale.ROOT))) {
          words = words != null ? words : words(article, index, tokens, offset);
          if (words == null || CandidateFilter.mayHold(e, words) && (!placeOnly || CandidateFilter.placeMayAct(e))) {
            return "";
          }
        }
      }
      for (String lemma : nounForms(nouns)) {
        if (DiscourseMemory.INITIATIVES.contains(lemma)) {
          return "";
        }
        for (LexiconEntry e : lexicon.nouns(lemma)) {
          words = words != null ? words : words(article, index, tokens, offset);
          if (words == null || CandidateFilter.mayHold(e, words) && (!placeOnly || CandidateFilter.placeMayAct(e))) {
            return "";
          }
        }
      }
    }
    return CandidateFilter.NO_EVENT_WORD + BEFORE_TAGGING;
  }

  /** Whether a word may be tagged a noun whose lemma is a sector noun ("servicemen" → "serviceman"), as {@link NameMatcher} takes it. */
  private boolean anyAgentNoun(TokenizedArticle article, int index, List<Token> tokens, int offset) {
    for (Token t : tokens) {
      if (!Character.isLetter(t.word().codePointAt(0))) {
        continue;
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
    }
    return false;
  }

  /** A noun's lemmas as {@link DependencyTree#lemmaOf} reads them: in lower case, a proper noun's plural made singular. */
  private static Set<String> nounForms(Set<String> lemmas) {
    Set<String> forms = new HashSet<>();
    for (String l : lemmas) {
      String lemma = l.toLowerCase(Locale.ROOT);
      forms.add(lemma);
      if (lemma.length() > 3 && lemma.endsWith("s") && !lemma.endsWith("ss")) {
        forms.add(lemma.endsWith("ies") ? lemma.substring(0, lemma.length() - 3) + "y" : lemma.substring(0, lemma.length() - 1));
      }
    }
    return forms;
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
        (c == WordClass.NOUN ? nounForms(lemmas) : lemmas).forEach(l -> words.add(l.toLowerCase(Locale.ROOT)));
      }
    }
    return words;
  }
}
