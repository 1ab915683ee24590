/**
 * NLP: {@link org.dyad.model.Article} to {@link org.dyad.model.Sentence}s through the {@link
 * org.dyad.nlp.NlpBackend} interface; {@link org.dyad.nlp.CoreNlpBackend} is Stanford CoreNLP
 * (tokenize, ssplit with newlines as breaks, pos, lemma; the neural UD dependency parser on
 * request).
 *
 * <p>Invariants: token spans are offsets into the article; a sentence's dependencies are its basic
 * UD tree, one edge per token, or empty when it was not parsed. No CoreNLP type leaves this
 * package. Traps: the parser is ten times slower than tagging, so callers parse only what can
 * yield an event; models load in seconds and want about 2 GB of heap, so build one backend per
 * process and share it (it is thread-safe).
 */
package org.dyad.nlp;
