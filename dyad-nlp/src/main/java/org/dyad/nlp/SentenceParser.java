package org.dyad.nlp;

import java.util.List;
import org.dyad.model.Dependency;
import org.dyad.model.Sentence;

/** Tagged sentences to their basic UD trees: Dyad's inference or CoreNLP's, chosen by {@link ParserChoice}. Thread-safe. */
interface SentenceParser {

  /** Each sentence's edges, one per token, ordered by dependent. */
  List<List<Dependency>> parse(List<Sentence> sentences);
}
