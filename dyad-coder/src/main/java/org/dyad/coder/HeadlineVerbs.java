package org.dyad.coder;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dyad.coder.dictionary.VerbLexicon;
import org.dyad.model.Sentence;
import org.dyad.model.Token;

/**
 * Gives a headline back its verb. Headlines drop articles and auxiliaries ("Kenya police arrest
 * journalist over report", "eu slaps fresh sanctions on belarus"), and the tagger, trained on full
 * sentences, then reads the verb as a noun in a compound ("police arrest"). A sentence that looks
 * like a headline (no closing punctuation, no finite verb) has its first lexicon verb that follows
 * a noun and precedes more words retagged as a present-tense verb (VBZ or VBP). Only the tag
 * changes, so the parse and every later decision can be explained from the retagged sentence.
 * Thread-safe.
 */
final class HeadlineVerbs {
  private static final Set<String> FINITE = Set.of("VBZ", "VBP", "VBD", "MD");
  private static final Set<String> SUBJECT_TAGS = Set.of("NN", "NNS", "NNP", "NNPS", "PRP");
  private static final Set<String> CLOSING = Set.of(".", "?", "!");
  private static final int LONGEST_HEADLINE = 25;

  private final VerbLexicon lexicon;

  HeadlineVerbs(VerbLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** The sentence with its headline verb tagged as one, or the sentence itself. */
  Sentence retag(Sentence sentence) {
    List<Token> tokens = sentence.tokens();
    int n = tokens.size();
    if (n < 3 || n > LONGEST_HEADLINE || CLOSING.contains(tokens.get(n - 1).word())
        || tokens.stream().anyMatch(t -> FINITE.contains(t.pos()))) {
      return sentence;
    }
    for (int i = 1; i < n - 1; i++) {
      Token t = tokens.get(i);
      boolean noun = t.pos().equals("NN") || t.pos().equals("NNS");
      if (noun && SUBJECT_TAGS.contains(tokens.get(i - 1).pos()) && !lexicon.verbs(t.lemma()).isEmpty()) {
        String tag = t.pos().equals("NNS") ? "VBZ" : "VBP";
        List<Token> retagged = new ArrayList<>(tokens);
        retagged.set(i, new Token(t.index(), t.word(), t.lemma(), tag, t.span()));
        return new Sentence(sentence.index(), sentence.span(), sentence.text(), retagged, sentence.dependencies());
      }
    }
    return sentence;
  }
}
