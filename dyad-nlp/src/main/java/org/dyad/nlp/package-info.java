/**
 * NLP: {@link org.dyad.model.Article} to {@link org.dyad.model.Sentence}s through the {@link
 * org.dyad.nlp.NlpBackend} interface; {@link org.dyad.nlp.CoreNlpBackend} is Stanford CoreNLP
 * (tokenize, ssplit with newlines as breaks; pos and lemma per sentence on request; CoreNLP's neural
 * UD dependency parser model on request, run by Dyad's own float32 inference, {@code
 * NeuralDependencyParser}, or by CoreNLP's, as {@link org.dyad.nlp.ParserChoice} says).
 *
 * <p>Invariants: token spans are offsets into the article; a sentence's tags are those tagging
 * the whole article would give (the tagger reads one sentence at a time); a sentence's
 * dependencies are its basic UD tree, one edge per token, or empty when it was not parsed. No
 * CoreNLP type leaves this package. Traps: tagging costs ten times more than tokenising and
 * parsing ten times more than tagging, so callers tag and parse only what can yield an event
 * ({@link org.dyad.nlp.TokenizedArticle#possibleLemmas} lets them decide from the words); models
 * load in seconds and hold about 400 MB of heap, so build one backend per process and share it (it
 * is thread-safe).
 */
package org.dyad.nlp;
