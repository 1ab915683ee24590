package org.dyad.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.MorphaAnnotator;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * CoreNLP's lemmas ({@link MorphaAnnotator}) remembered by word and tag. Its lemma is a function
 * of a token's text and tag alone, and its lexer cost 7 % of a warm run's CPU samples, mostly on
 * words seen before; a word not yet seen is lemmatised by the annotator itself, so every lemma is
 * the one it gives. At most {@link #LIMIT} pairs are kept, so a long run's memory stays bounded.
 * Thread-safe.
 */
final class MemoisedLemmas {
  static final int LIMIT = 200_000;
  private final MorphaAnnotator morpha = new MorphaAnnotator(false);
  private final ConcurrentHashMap<String, String> lemmas = new ConcurrentHashMap<>();

  /** Sets the lemma of every token, as {@link MorphaAnnotator} would on a sentence of them. */
  void annotate(List<CoreLabel> tokens) {
    List<CoreLabel> unseen = null;
    for (CoreLabel token : tokens) {
      String lemma = lemmas.get(key(token));
      if (lemma != null) {
        token.setLemma(lemma);
      } else {
        unseen = unseen != null ? unseen : new ArrayList<>();
        unseen.add(token);
      }
    }
    if (unseen == null) {
      return;
    }
    CoreMap sentence = new ArrayCoreMap();
    sentence.set(CoreAnnotations.TokensAnnotation.class, unseen);
    Annotation annotation = new Annotation("");
    annotation.set(CoreAnnotations.SentencesAnnotation.class, List.of(sentence));
    morpha.annotate(annotation);
    for (CoreLabel token : unseen) {
      if (token.lemma() != null && lemmas.size() < LIMIT) {
        lemmas.putIfAbsent(key(token), token.lemma());
      }
    }
  }

  private static String key(CoreLabel token) {
    return token.tag() + ' ' + token.get(CoreAnnotations.TextAnnotation.class);
  }
}
