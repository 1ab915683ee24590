package org.dyad.nlp;

import java.util.ArrayList;
import java.util.List;
import org.dyad.model.Article;
import org.dyad.model.Sentence;

/**
 * The NLP stage: article text to sentences of tokens with lemmas and part-of-speech tags, and, on
 * request, their dependency trees.
 *
 * <p>Design decision: the stage comes in three steps because their costs differ tenfold and most
 * news sentences cannot yield an event: the caller tokenises everything ({@link #tokenize}), tags
 * only the sentences whose words may hold an event ({@link TokenizedArticle#tagged}), and parses
 * only those that still may ({@link #parse}, or {@link #parseAll} for several at once).
 *
 * <p>Implementations are thread-safe: one instance serves all worker threads.
 */
public interface NlpBackend {

  /** Splits the article into sentences of tokens; no tags yet. */
  TokenizedArticle tokenize(Article article);

  /** Splits the article into sentences and tokenizes, tags and lemmatizes them all; no parse. */
  default List<Sentence> annotate(Article article) {
    TokenizedArticle tokenized = tokenize(article);
    List<Sentence> tagged = new ArrayList<>(tokenized.sentences().size());
    for (int i = 0; i < tokenized.sentences().size(); i++) {
      tagged.add(tokenized.tagged(i));
    }
    return tagged;
  }

  /** The same sentence with its basic Universal Dependencies tree. */
  Sentence parse(Sentence sentence);

  /**
   * The same sentences, each with its basic Universal Dependencies tree, in order. An
   * implementation may parse them together, which is faster than one at a time.
   */
  default List<Sentence> parseAll(List<Sentence> sentences) {
    List<Sentence> parsed = new ArrayList<>(sentences.size());
    for (Sentence sentence : sentences) {
      parsed.add(parse(sentence));
    }
    return parsed;
  }

  /** A short description of the models in use, for {@code --explain} and benchmarks. */
  String describe();
}
