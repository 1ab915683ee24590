package org.dyad.coder;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dyad.coder.dictionary.Conditions;
import org.dyad.coder.dictionary.LexiconEntry;
import org.dyad.coder.dictionary.VerbLexicon;
import org.dyad.model.Sentence;
import org.dyad.model.Token;

/**
 * The cheap test, before parsing, of whether a sentence can yield an event: it needs an actor
 * name of the dictionaries (a country, organization, person, or a generic group such as "police"
 * or "people": the other side may be a place, implied, or inferred), or a place name with an
 * event word whose actor a place can imply (a protest, a curfew, an attack: "Curfew imposed in
 * Imphal"), and a verb or noun of the lexicon, with the right part of speech, whose word conditions ({@code with=},
 * {@code mod=}, {@code obj=}, {@code subj=}, a phrasal particle) can be met by words of the
 * sentence. Parsing costs ten times more than tagging, so most sentences stop here. Thread-safe.
 */
final class CandidateFilter {
  static final String NO_ACTOR = "no actor named";
  static final String NO_EVENT_WORD = "no event word of the lexicon whose conditions the sentence can meet";
  /** Event roots whose actors an agentless report implies from its place: protests, coercion, force. */
  private static final Set<String> PLACE_ROOTS = Set.of("14", "17", "18", "19", "20");
  private final VerbLexicon lexicon;
  private final PlaceNames places;

  /**
   * The filter of the rules. With a learned typer, the coder asks the typer about the sentences
   * this filter finds {@link #NO_EVENT_WORD} in, once they are parsed (ArticleCoder).
   */
  CandidateFilter(VerbLexicon lexicon, PlaceNames places) {
    this.lexicon = lexicon;
    this.places = places;
  }

  /** Empty when the sentence may hold an event; else why it cannot. */
  String whyNot(Sentence sentence, List<NameHit> hits) {
    Set<String> words = new HashSet<>(ArticleCoder.words(sentence));
    boolean initiative = false;
    for (Token t : sentence.tokens()) {
      String lemma = DependencyTree.lemmaOf(t);
      words.add(lemma);
      initiative |= t.isNoun() && DiscourseMemory.INITIATIVES.contains(lemma);
    }
    boolean placeOnly = hits.isEmpty() && !shortReference(sentence);
    if (placeOnly && !places.mayName(sentence.tokens())) {
      return NO_ACTOR;
    }
    List<Token> tokens = sentence.tokens();
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      String lemma = DependencyTree.lemmaOf(t);
      List<LexiconEntry> entries = t.isVerb() || afterCopula(tokens, i) ? lexicon.verbs(lemma)
          : t.isNoun() ? lexicon.nouns(lemma) : List.of();
      for (LexiconEntry e : entries) {
        if (mayHold(e, words) && (!placeOnly || placeMayAct(e))) {
          return "";
        }
      }
    }
    return initiative ? "" : NO_EVENT_WORD;
  }

  /** An adjective after "is", "was", "were" (an adverb between): a predicate the lexicon may list ("was pessimistic"). */
  private static boolean afterCopula(List<Token> tokens, int i) {
    if (!tokens.get(i).pos().startsWith("JJ")) {
      return false;
    }
    for (int k = i - 1; k >= 0 && k >= i - 2; k--) {
      if (DependencyTree.lemmaOf(tokens.get(k)).equals("be")) {
        return true;
      }
    }
    return false;
  }

  /** "the group", "the two sides", "the country": a short reference to an actor of an earlier sentence. */
  static boolean shortReference(Sentence sentence) {
    List<Token> tokens = sentence.tokens();
    for (int i = 1; i < tokens.size(); i++) {
      String w = tokens.get(i).word().toLowerCase(java.util.Locale.ROOT);
      String before = tokens.get(i - 1).word().toLowerCase(java.util.Locale.ROOT);
      boolean definite = before.equals("the") || before.equals("two") || before.equals("both");
      if (definite && REFERENCES.contains(w)) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> REFERENCES = Set.of("group", "sides", "country", "organization", "organisation", "movement");

  /** Whether the entry's act is one a place alone, with no actor named, may be the scene of ({@link #PLACE_ROOTS}). */
  static boolean placeMayAct(LexiconEntry e) {
    return PLACE_ROOTS.contains(e.code().root());
  }

  static boolean mayHold(LexiconEntry e, Set<String> words) {
    Conditions c = e.conditions();
    return (e.particle().isEmpty() || words.contains(e.particle()))
        && anyIn(c.with(), words)
        && anyIn(c.mod(), words)
        && anyIn(c.obj(), words)
        && anyIn(c.subj(), words);
  }

  private static boolean anyIn(Set<String> wanted, Set<String> words) {
    if (wanted.isEmpty()) {
      return true;
    }
    for (String w : wanted) {
      if (words.contains(w)) {
        return true;
      }
    }
    return false;
  }
}
