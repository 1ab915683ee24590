package org.dyad.coder;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dyad.coder.dictionary.VerbLexicon;
import org.dyad.model.Sentence;
import org.dyad.model.Token;

/**
 * Repairs errors the tagger, trained on full sentences of older news, makes on today's news,
 * before the sentence is parsed. Only tags change, so the parse and every later decision can be
 * explained from the repaired sentence. Thread-safe.
 *
 * <ul>
 *   <li><b>Nouns before verbs.</b> "Sudanese Armed Forces airstrikes hit a market": a present-tense
 *       verb of the lexicon's nouns right before a past-tense one is the subject's plural noun; so is
 *       one right after a verb and a noun ("hold trade talks").
 *   <li><b>Hyphenated verbs.</b> "police baton-charged protesters": the part after the hyphen is the verb.
 *   <li><b>Shot dead.</b> "police shot dead five protesters": "dead" is the verb's adverb, not its object.
 *   <li><b>Particles of names.</b> "Dar es Salaam": "es" between two name words is part of the name.
 *   <li><b>Set fire.</b> "a mob set fire to a police station", "… and set fire to the clinic": "set" before
 *       "fire" or "ablaze" is the verb.
 *   <li><b>Names ending in -ing.</b> "in Reading": a capitalised gerund after a lower-case preposition is a name.
 *   <li><b>Gerunds as nouns.</b> "in Russian shelling of Kherson": an event noun of the lexicon, not a verb.
 *   <li><b>Two verbs.</b> "a settler shot and injured a man": the first of two past verbs joined by "and" is no noun.
 *   <li><b>Headline verbs.</b> Headlines drop articles and auxiliaries ("Kenya police arrest
 *       journalist over report", "eu slaps fresh sanctions on belarus"), and the tagger reads the
 *       verb as a noun in a compound ("police arrest"). A sentence that looks like a headline (no
 *       closing punctuation, no finite verb before its first comma) has its first lexicon verb
 *       that follows a noun retagged as a present-tense verb (VBZ or VBP).
 *   <li><b>Headline lists.</b> Headlines write "and" as a comma between the names they open with
 *       ("Thailand, Cambodia agree to ceasefire", "Russia, Ukraine swap prisoners") or end with
 *       ("Tariffs on Mexico, Canada"); that comma is retagged as a conjunction (CC), so the parser
 *       coordinates the names.
 *   <li><b>A national.</b> "expelled a Chinese national accused of …": "national" after a nationality that
 *       ends its noun phrase is the noun, a citizen, not an adjective.
 *   <li><b>Nouns after an article.</b> "a Russian drone", "the drone": a word after "a", "an" or
 *       "the" and its modifiers is no base-form verb, so a VB or VBP there becomes NN.
 * </ul>
 */
final class TagRepairs {
  private static final Set<String> FINITE = Set.of("VBZ", "VBP", "VBD", "MD");
  private static final Set<String> SUBJECT_TAGS = Set.of("NN", "NNS", "NNP", "NNPS", "PRP");
  private static final Set<String> ARTICLES = Set.of("a", "an", "the");
  private static final Set<String> MODIFIER_TAGS = Set.of("JJ", "JJR", "JJS", "NNP", "CD");
  private static final Set<String> NOUN_TAGS = Set.of("NN", "NNS", "NNP", "NNPS");
  private static final Set<String> OBJECT_OPENERS = Set.of("CD", "DT", "PRP$");
  private static final Set<String> QUANTITY_WORDS = Set.of("dozens", "scores", "hundreds", "thousands", "several", "many");
  private static final Set<String> SUBJECT_MODIFIER_TAGS = Set.of("DT", "JJ", "NNP", "NNPS", "PRP$");

  private final VerbLexicon lexicon;

  TagRepairs(VerbLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** The sentence with its tags repaired, or the sentence itself. */
  Sentence repair(Sentence sentence) {
    return headlineVerb(closingList(headlineList(gerundSubject(pastTenseAdjective(coordinatedPastVerb(shotDead(hyphenatedVerb(
        nounsBeforeVerbs(gerundNouns(capitalisedGerunds(setFire(particlesInNames(nationalsAsNouns(nounsAfterArticles(sentence)))))))))))))));
  }

  /** Lower-case particles inside names: "Dar es Salaam", "Mocimboa da Praia", "Rio de Janeiro". */
  static final Set<String> NAME_PARTICLES = Set.of("es", "de", "da", "do", "dos", "das", "del", "della", "di", "du", "des",
      "la", "le", "al", "el", "ul", "ud", "bin", "ibn", "van", "von", "der", "den");

  /** "Traders in Dar es Salaam": a name's particle between two capitalised name words is part of the name, no verb. */
  private static Sentence particlesInNames(Sentence sentence) {
    List<Token> tokens = sentence.tokens();
    for (int i = 1; i + 1 < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (NAME_PARTICLES.contains(t.word()) && !t.pos().equals("NNP") && tokens.get(i - 1).pos().equals("NNP")
          && tokens.get(i + 1).pos().startsWith("NNP") && Character.isUpperCase(tokens.get(i + 1).word().codePointAt(0))) {
        return particlesInNames(retagged(sentence, i, t.word(), "NNP"));
      }
    }
    return sentence;
  }

  /** What follows "set" when it means to burn: "a mob set fire to a police station", "set ablaze". */
  private static final Set<String> BURNING = Set.of("fire", "ablaze", "alight", "afire");

  /** "a mob set fire to a police station": "set" after a noun and before fire is the verb, not a noun of a compound. */
  private static Sentence setFire(Sentence sentence) {
    List<Token> tokens = sentence.tokens();
    for (int i = 1; i + 1 < tokens.size(); i++) {
      Token t = tokens.get(i);
      // (after the subject, or after "and" when it is the second of two acts: "killed 11 civilians … and set fire to the clinic")
      boolean after = NOUN_TAGS.contains(tokens.get(i - 1).pos()) || tokens.get(i - 1).pos().equals("CC");
      if (t.word().equalsIgnoreCase("set") && !t.pos().startsWith("VB") && after
          && BURNING.contains(tokens.get(i + 1).word().toLowerCase(java.util.Locale.ROOT))) {
        return retagged(sentence, i, "set", "VBD");
      }
    }
    return sentence;
  }

  /**
   * "arrested two activists in Reading": a capitalised gerund inside a sentence, after a preposition,
   * is a name (a caseless article's words are capitalised only where they are names).
   */
  private static Sentence capitalisedGerunds(Sentence sentence) {
    List<Token> tokens = sentence.tokens();
    for (int i = 2; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.pos().equals("VBG") && Character.isUpperCase(t.word().codePointAt(0)) && tokens.get(i - 1).pos().equals("IN")
          && !Character.isUpperCase(tokens.get(i - 1).word().codePointAt(0))) {
        return retagged(sentence, i, t.word(), "NNP");
      }
    }
    return sentence;
  }

  /**
   * "killed in Russian shelling of Kherson", "after the shelling of": a gerund the lexicon lists as an
   * event noun, after an article or a preposition and modifiers (or right before "of"), is that noun.
   */
  private Sentence gerundNouns(Sentence sentence) {
    List<Token> tokens = sentence.tokens();
    for (int i = 1; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      String word = t.word().toLowerCase(java.util.Locale.ROOT);
      if (!t.pos().equals("VBG") || lexicon.nouns(word).isEmpty()) {
        continue;
      }
      int k = i - 1;
      while (k > 0 && i - k <= 3 && MODIFIER_TAGS.contains(tokens.get(k).pos())) {
        k--;
      }
      boolean opened = ARTICLES.contains(tokens.get(k).word().toLowerCase(java.util.Locale.ROOT)) || tokens.get(k).pos().equals("IN");
      boolean ofFollows = i + 1 < tokens.size() && tokens.get(i + 1).word().equalsIgnoreCase("of");
      if (opened && (k < i - 1 || ofFollows)) {
        return retagged(sentence, i, word, "NN");
      }
    }
    return sentence;
  }

  /** Past forms the "-ed" rule cannot undo, of the verbs that open "shot and killed". */
  private static final java.util.Map<String, String> IRREGULAR_PAST = java.util.Map.of("shot", "shoot", "struck", "strike", "beat", "beat");

  /**
   * "An Israeli settler shot and injured a Palestinian man": a lexicon verb's past form tagged as
   * a noun, before "and" and a past-tense verb and after no finite verb, is the first of the two verbs.
   */
  private Sentence coordinatedPastVerb(Sentence sentence) {
    List<Token> tokens = sentence.tokens();
    for (int i = 1; i + 2 < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (FINITE.contains(t.pos())) {
        return sentence;
      }
      if (!t.pos().equals("NN") || !NOUN_TAGS.contains(tokens.get(i - 1).pos()) || !tokens.get(i + 1).word().equals("and")
          || !tokens.get(i + 2).pos().equals("VBD")) {
        continue;
      }
      String word = t.word().toLowerCase(java.util.Locale.ROOT);
      String verb = IRREGULAR_PAST.getOrDefault(word, pastTenseLemma(word));
      if (!verb.isEmpty() && !lexicon.verbs(verb).isEmpty()) {
        return retagged(sentence, i, verb, "VBD");
      }
    }
    return sentence;
  }

  /**
   * "Sudanese Armed Forces airstrikes hit a market": a present-tense verb right before a past-tense
   * one, after a name or noun, is the plural noun the subject ends on (two finite verbs do not meet).
   */
  private Sentence nounsBeforeVerbs(Sentence sentence) {
    List<Token> tokens = sentence.tokens();
    for (int i = 1; i + 1 < tokens.size(); i++) {
      Token t = tokens.get(i);
      boolean plural = t.pos().equals("VBZ") && t.word().toLowerCase(java.util.Locale.ROOT).endsWith("s");
      boolean eventNoun = plural && !lexicon.nouns(t.lemma().toLowerCase(java.util.Locale.ROOT)).isEmpty();
      if (eventNoun && Set.of("VBD", "VBN").contains(tokens.get(i + 1).pos()) && NOUN_TAGS.contains(tokens.get(i - 1).pos())) {
        return retagged(sentence, i, t.lemma(), "NNS");
      }
      // "china and us hold trade talks in geneva": a verb's object noun before it is a compound's first word
      if (eventNoun && i >= 2 && tokens.get(i - 1).pos().equals("NN") && tokens.get(i - 2).pos().startsWith("VB")) {
        return retagged(sentence, i, t.lemma(), "NNS");
      }
    }
    return sentence;
  }

  /**
   * "police baton-charged protesters", "Police Tear-Gas Protesters": the tokenizer splits a
   * hyphenated verb of the lexicon at its hyphen; its last part takes the whole verb's lemma and a
   * verb's tag (past where it was a participle or an adjective, else present), so the parser makes
   * it the verb and the lexicon finds it.
   */
  private Sentence hyphenatedVerb(Sentence sentence) {
    List<Token> tokens = sentence.tokens();
    for (int i = 0; i + 2 < tokens.size(); i++) {
      Token first = tokens.get(i);
      Token hyphen = tokens.get(i + 1);
      Token last = tokens.get(i + 2);
      boolean joined = hyphen.word().equals("-") && first.span().end() == hyphen.span().start() && hyphen.span().end() == last.span().start();
      String verb = joined ? first.word().toLowerCase(java.util.Locale.ROOT) + "-" + last.lemma().toLowerCase(java.util.Locale.ROOT) : "";
      if (joined && !lexicon.verbs(verb).isEmpty()) {
        String tag = Set.of("VBN", "VBD", "JJ").contains(last.pos()) ? "VBD" : last.word().toLowerCase(java.util.Locale.ROOT).endsWith("s") ? "VBZ" : "VBP";
        // (its first part an adverb of it, so the parser takes no subject for it: "Riot police tear-gassed …")
        return retagged(retagged(sentence, i + 2, verb, tag), i, first.lemma(), "RB");
      }
    }
    return sentence;
  }

  /**
   * "police shot dead five protesters": "dead" between a killing verb and its object is an adverb
   * of the verb (the tagger's adjective makes the parser take it for the object).
   */
  private static Sentence shotDead(Sentence sentence) {
    List<Token> tokens = sentence.tokens();
    for (int i = 1; i + 1 < tokens.size(); i++) {
      Token t = tokens.get(i);
      boolean killing = tokens.get(i - 1).pos().startsWith("VB") && KILLING_VERBS.contains(tokens.get(i - 1).lemma().toLowerCase(java.util.Locale.ROOT));
      Token next = tokens.get(i + 1);
      boolean objectFollows = OBJECT_OPENERS.contains(next.pos()) || NOUN_TAGS.contains(next.pos()) || next.pos().equals("JJ")
          || next.pos().equals("IN") && next.word().equalsIgnoreCase("at");
      if (killing && t.word().equalsIgnoreCase("dead") && t.pos().equals("JJ") && objectFollows) {
        return retagged(sentence, i, "dead", "RB");
      }
    }
    return sentence;
  }

  private static final Set<String> KILLING_VERBS = Set.of("shoot", "gun", "stab", "beat", "hack", "club", "stone", "knife");

  /**
   * "Thailand, Cambodia agree …": a comma between the names or nouns a headline opens with, before
   * anything else, or before nouns of which one may be the verb ("japan, australia sign defence pact").
   */
  private Sentence headlineList(Sentence sentence) {
    List<Token> tokens = sentence.tokens();
    int n = tokens.size();
    if (!Headlines.shaped(tokens, 4)) {
      return sentence;
    }
    int comma = 0;
    while (comma < n && isListed(tokens.get(comma))) {
      comma++;
    }
    int after = comma + 1;
    while (after < n && isListed(tokens.get(after))) {
      after++;
    }
    boolean verbAmongNouns = after >= n && comma + 2 < n && tokens.subList(comma + 2, n).stream().anyMatch(t -> !verbLemma(t).isEmpty());
    if (comma == 0 || comma >= n || !tokens.get(comma).word().equals(",") || after == comma + 1 || after >= n && !verbAmongNouns
        || after < n && tokens.get(after).word().equals(",")) {
      return sentence;
    }
    return retagged(sentence, comma, tokens.get(comma).lemma(), "CC");
  }

  /**
   * "Trump Slaps 25% Tariffs on Mexico, Canada": a comma between the two names a headline ends with
   * is "and" too, so that both names are the act's target.
   */
  private static Sentence closingList(Sentence sentence) {
    List<Token> tokens = sentence.tokens();
    int n = tokens.size();
    if (!Headlines.shaped(tokens, 4)) {
      return sentence;
    }
    int comma = n - 2;
    boolean names = tokens.get(comma - 1).pos().startsWith("NNP") && tokens.get(n - 1).pos().startsWith("NNP");
    return names && tokens.get(comma).word().equals(",") ? retagged(sentence, comma, tokens.get(comma).lemma(), "CC") : sentence;
  }

  /** The lexicon verb a noun-tagged word may be: its lemma, the word ("teargas"), or the word without its "s" or "es" ("summons"). */
  private String verbLemma(Token t) {
    String word = t.word().toLowerCase(java.util.Locale.ROOT);
    for (String candidate : List.of(t.lemma().toLowerCase(java.util.Locale.ROOT), word, word.endsWith("s") ? word.substring(0, word.length() - 1) : "",
        word.endsWith("es") ? word.substring(0, word.length() - 2) : "")) {
      if (!candidate.isEmpty() && !lexicon.verbs(candidate).isEmpty()) {
        return candidate;
      }
    }
    return "";
  }

  /** A name or a noun, as a headline's list gives them: "Thailand, Cambodia", "Police, Protesters". */
  private static boolean isListed(Token t) {
    return t.pos().startsWith("NN");
  }

  /** "expelled a Chinese national accused of …": a "national" after a nationality, ending its noun phrase, is a noun. */
  private static Sentence nationalsAsNouns(Sentence sentence) {
    List<Token> tokens = sentence.tokens();
    Sentence repaired = sentence;
    for (int i = 1; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      boolean last = i + 1 == tokens.size() || !MODIFIER_OR_NOUN.contains(tokens.get(i + 1).pos());
      if (t.pos().equals("JJ") && t.word().equalsIgnoreCase("national") && last
          && Set.of("JJ", "NNP").contains(tokens.get(i - 1).pos())) {
        repaired = retagged(repaired, i, "national", "NN");
      }
    }
    return repaired;
  }

  /** Tags that go on a noun phrase past a word: its nouns and their modifiers. */
  private static final Set<String> MODIFIER_OR_NOUN = Set.of("NN", "NNS", "NNP", "NNPS", "JJ", "VBG", "CD");

  private static Sentence nounsAfterArticles(Sentence sentence) {
    List<Token> tokens = sentence.tokens();
    List<Token> repaired = null;
    for (int i = 1; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (!t.pos().equals("VB") && !t.pos().equals("VBP")) {
        continue;
      }
      int k = i - 1;
      while (k > 0 && i - k <= 3 && MODIFIER_TAGS.contains(tokens.get(k).pos())) {
        k--;
      }
      if (ARTICLES.contains(tokens.get(k).word().toLowerCase(java.util.Locale.ROOT))) {
        repaired = repaired == null ? new ArrayList<>(tokens) : repaired;
        repaired.set(i, new Token(t.index(), t.word(), t.lemma(), "NN", t.span()));
      }
    }
    return repaired == null ? sentence : new Sentence(sentence.index(), sentence.span(), sentence.text(), repaired, sentence.dependencies());
  }

  /** "A drone strike wounded five civilians": the JJ after the subject noun is the verb. */
  private Sentence pastTenseAdjective(Sentence sentence) {
    List<Token> tokens = sentence.tokens();
    for (int i = 1; i + 1 < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (tokens.get(i - 1).pos().startsWith("VB") || tokens.get(i - 1).pos().equals("MD")) {
        return sentence;
      }
      if (!t.pos().equals("JJ") || !NOUN_TAGS.contains(tokens.get(i - 1).pos())) {
        continue;
      }
      Token next = tokens.get(i + 1);
      String verb = pastTenseLemma(t.word().toLowerCase(java.util.Locale.ROOT));
      if (!verb.isEmpty() && (OBJECT_OPENERS.contains(next.pos()) || QUANTITY_WORDS.contains(next.word().toLowerCase(java.util.Locale.ROOT)))) {
        return retagged(sentence, i, verb, "VBD");
      }
    }
    return sentence;
  }

  /** The lexicon verb whose "-ed" form the word is ("wounded" → wound, "injured" → injure), or "". */
  private String pastTenseLemma(String word) {
    if (!word.endsWith("ed")) {
      return "";
    }
    for (String candidate : List.of(word.substring(0, word.length() - 2), word.substring(0, word.length() - 1))) {
      if (!lexicon.verbs(candidate).isEmpty()) {
        return candidate;
      }
    }
    return "";
  }

  /** "Russian shelling injured a woman": a gerund after modifiers alone is the subject, the participle after it the verb. */
  private Sentence gerundSubject(Sentence sentence) {
    List<Token> tokens = sentence.tokens();
    int i = 0;
    while (i < tokens.size() && SUBJECT_MODIFIER_TAGS.contains(tokens.get(i).pos())) {
      i++;
    }
    if (i + 2 >= tokens.size() || !tokens.get(i).pos().equals("VBG")) {
      return sentence;
    }
    Token verb = tokens.get(i + 1);
    boolean pastVerb = verb.pos().equals("VBN") || verb.pos().equals("VBD");
    if (!pastVerb || lexicon.verbs(verb.lemma().toLowerCase(java.util.Locale.ROOT)).isEmpty() || tokens.get(i + 2).word().equalsIgnoreCase("by")) {
      return sentence;
    }
    Token gerund = tokens.get(i);
    Sentence nounFirst = retagged(sentence, i, gerund.word().toLowerCase(java.util.Locale.ROOT), "NN");
    return retagged(nounFirst, i + 1, verb.lemma(), "VBD");
  }

  private static Sentence retagged(Sentence sentence, int i, String lemma, String tag) {
    List<Token> tokens = new ArrayList<>(sentence.tokens());
    Token t = tokens.get(i);
    tokens.set(i, new Token(t.index(), t.word(), lemma, tag, t.span()));
    return new Sentence(sentence.index(), sentence.span(), sentence.text(), tokens, sentence.dependencies());
  }

  /** Words that open a headline's clause of circumstance, after its own clause. */
  private static final Set<String> CIRCUMSTANCE = Set.of("as", "while", "amid", "after", "despite", "when", "before");

  private Sentence headlineVerb(Sentence sentence) {
    List<Token> tokens = sentence.tokens();
    int n = tokens.size();
    if (!Headlines.shaped(tokens, 3)) {
      return sentence;
    }
    // the headline proper ends at its first comma or colon ("… strike kills 45, health ministry says") or at a
    // clause of circumstance ("Protesters storm parliament in Nepal as anger over social media ban grows")
    int end = 0;
    while (end < n && !(tokens.get(end).word().equals(",") && !tokens.get(end).pos().equals("CC")) && !tokens.get(end).word().equals(":")
        && !(end > 1 && CIRCUMSTANCE.contains(tokens.get(end).word().toLowerCase(java.util.Locale.ROOT)))) {
      end++;
    }
    // (a base form after its subject is finite too: "china and us hold trade talks", not "… to hold"; a participle
    // between a number or determiner and its noun is none: "Troops Rescue 40 Kidnapped Villagers")
    boolean finite = java.util.stream.IntStream.range(0, end).anyMatch(k -> !adjectival(tokens, k) && (FINITE.contains(tokens.get(k).pos())
        || tokens.get(k).pos().equals("VB") && k > 0 && SUBJECT_TAGS.contains(tokens.get(k - 1).pos())));
    if (finite) {
      return sentence;
    }
    for (int i = 1; i < end - 1; i++) {
      Token t = tokens.get(i);
      if (t.pos().equals("VBN") && !adjectival(tokens, i)) {
        return sentence; // "Five Officers Wounded in Grenade Attack": the participle is the verb
      }
      // (a noun the lexicon lists as a verb)
      boolean noun = t.pos().equals("NN") || t.pos().equals("NNS");
      String verb = noun ? verbLemma(t) : "";
      if (!verb.isEmpty() && SUBJECT_TAGS.contains(tokens.get(i - 1).pos())) {
        Sentence repaired = retagged(sentence, i, verb, t.pos().equals("NNS") ? "VBZ" : "VBP");
        for (int k = i + 1; k < end; k++) {
          if (adjectival(tokens, k)) {
            repaired = retagged(repaired, k, tokens.get(k).lemma(), "JJ"); // ("Kidnapped Villagers")
          }
        }
        return repaired;
      }
    }
    return sentence;
  }

  /** Tags that open a noun phrase before a participle used as its adjective: "40 Kidnapped Villagers", "the Detained Men". */
  private static final Set<String> ADJECTIVE_OPENERS = Set.of("CD", "DT", "PRP$", "JJ");

  /** Whether token k is a past participle or past tense between a number or determiner and the noun it describes. */
  private static boolean adjectival(List<Token> tokens, int k) {
    Token t = tokens.get(k);
    return (t.pos().equals("VBD") || t.pos().equals("VBN")) && k > 0 && k + 1 < tokens.size()
        && ADJECTIVE_OPENERS.contains(tokens.get(k - 1).pos()) && NOUN_TAGS.contains(tokens.get(k + 1).pos());
  }
}
