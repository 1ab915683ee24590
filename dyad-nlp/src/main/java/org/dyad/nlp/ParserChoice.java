package org.dyad.nlp;

/**
 * Which inference runs CoreNLP's neural dependency parser model (english_UD): Dyad's own
 * float32 forward pass, batched over sentences (the default, several times faster), or CoreNLP's
 * {@code DependencyParser} in double precision, kept to compare against. The two give the same
 * edges on at least 99.9 % of tokens (float32 may break a near-tie the other way).
 */
public enum ParserChoice {
  DYAD,
  CORENLP
}
