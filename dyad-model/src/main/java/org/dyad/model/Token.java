package org.dyad.model;

import java.util.Objects;

/**
 * A word of a sentence with its annotations.
 *
 * @param index position in its sentence, from 0
 * @param word the text as written
 * @param lemma the dictionary form ("strikes" → "strike")
 * @param pos the Penn Treebank part-of-speech tag ("NNP", "VBD", …)
 * @param span where the word stands in the article
 */
public record Token(int index, String word, String lemma, String pos, Span span) {
  public Token {
    Objects.requireNonNull(word, "word");
    Objects.requireNonNull(lemma, "lemma");
    Objects.requireNonNull(pos, "pos");
    Objects.requireNonNull(span, "span");
  }

  public boolean isVerb() {
    return pos.startsWith("VB");
  }

  public boolean isNoun() {
    return pos.startsWith("NN");
  }

  public boolean isProperNoun() {
    return pos.startsWith("NNP");
  }
}
