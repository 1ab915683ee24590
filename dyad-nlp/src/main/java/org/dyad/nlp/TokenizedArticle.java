package org.dyad.nlp;

import java.util.List;
import java.util.Set;
import org.dyad.model.Sentence;

/**
 * An article after the cheap first half of the NLP stage: split into sentences of tokens, not yet
 * tagged. The coder decides from the tokens which sentences can hold an event and has only those
 * tagged, since tagging costs far more than tokenising.
 *
 * <p>One per article. {@link #tagged} may be called from several threads at once for different
 * sentences (the coder tags a long article's sentences in parallel), never for the same one.
 */
public interface TokenizedArticle {

  /** The sentences in order; their tokens have an empty lemma and tag. */
  List<Sentence> sentences();

  /**
   * Sentence {@code index} tagged and lemmatised (computed once); the same tags as tagging the
   * whole article. Callers that tag different sentences on different threads see each other's
   * results only after joining them.
   */
  Sentence tagged(int index);

  /**
   * Every lemma, in lower case, token {@code token} of sentence {@code sentence} gets under any tag of the class:
   * what tagging could make of it, so a test on these never misses what a test on the tagged
   * lemma would find. Null when the word's lemma cannot be known before tagging (a phrasal verb
   * written with an underscore).
   */
  Set<String> possibleLemmas(int sentence, int token, WordClass wordClass);
}
