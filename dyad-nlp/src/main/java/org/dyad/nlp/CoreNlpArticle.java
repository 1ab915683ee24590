package org.dyad.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dyad.model.Sentence;
import org.dyad.model.Span;
import org.dyad.model.Token;

/**
 * A {@link TokenizedArticle} of {@link CoreNlpBackend}: keeps CoreNLP's tokens (whose normalised
 * words the tagger reads) and tags a sentence when first asked. Different sentences may be tagged
 * on different threads at once: each has its own tokens and slot in {@code tagged}.
 */
final class CoreNlpArticle implements TokenizedArticle {
  private final CoreNlpBackend backend;
  private final String text;
  private final List<CoreMap> maps;
  private final List<Sentence> sentences;
  private final Sentence[] tagged;
  private final PossibleLemmas lemmas;

  CoreNlpArticle(CoreNlpBackend backend, PossibleLemmas lemmas, String text, List<CoreMap> maps) {
    this.backend = backend;
    this.lemmas = lemmas;
    this.text = text;
    this.maps = maps;
    List<Sentence> untagged = new ArrayList<>(maps.size());
    for (CoreMap map : maps) {
      untagged.add(toSentence(untagged.size(), map, false));
    }
    this.sentences = List.copyOf(untagged);
    this.tagged = new Sentence[maps.size()];
  }

  @Override
  public List<Sentence> sentences() {
    return sentences;
  }

  @Override
  public Sentence tagged(int index) {
    if (tagged[index] == null) {
      backend.tag(maps.get(index));
      tagged[index] = toSentence(index, maps.get(index), true);
    }
    return tagged[index];
  }

  @Override
  public Set<String> possibleLemmas(int sentence, int token, WordClass wordClass) {
    String word = maps.get(sentence).get(CoreAnnotations.TokensAnnotation.class).get(token).word();
    if (word.contains("_")) {
      return null; // the lemma annotator joins a phrasal verb's parts: not known before tagging
    }
    return lemmas.of(word, wordClass);
  }

  private Sentence toSentence(int index, CoreMap map, boolean withTags) {
    List<CoreLabel> labels = map.get(CoreAnnotations.TokensAnnotation.class);
    List<Token> tokens = new ArrayList<>(labels.size());
    for (CoreLabel label : labels) {
      Span span = new Span(label.beginPosition(), label.endPosition());
      tokens.add(new Token(tokens.size(), span.of(text), withTags ? label.lemma() : "", withTags ? label.tag() : "", span));
    }
    Span span =
        new Span(
            map.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
            map.get(CoreAnnotations.CharacterOffsetEndAnnotation.class));
    return new Sentence(index, span, span.of(text), tokens, List.of());
  }
}
