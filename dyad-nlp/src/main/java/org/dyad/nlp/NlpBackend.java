package org.dyad.nlp;

import java.util.List;
import org.dyad.model.Article;
import org.dyad.model.Sentence;

/**
 * The NLP stage: article text to sentences of tokens with lemmas and part-of-speech tags, and, on
 * request, their dependency trees.
 *
 * <p>Design decision: the two steps are separate because parsing costs ten times more than
 * tagging and most news sentences cannot yield an event; the caller tags everything cheaply,
 * decides which sentences are worth parsing, and parses only those.
 *
 * <p>Implementations are thread-safe: one instance serves all worker threads.
 */
public interface NlpBackend {

  /** Splits the article into sentences and tokenizes, tags and lemmatizes them; no parse. */
  List<Sentence> annotate(Article article);

  /** The same sentence with its basic Universal Dependencies tree. */
  Sentence parse(Sentence sentence);

  /** A short description of the models in use, for {@code --explain} and benchmarks. */
  String describe();
}
