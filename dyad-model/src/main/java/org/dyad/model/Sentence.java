package org.dyad.model;

import java.util.List;
import java.util.Objects;

/**
 * A sentence of an article after NLP: tokens with lemmas and tags, and (when it was worth parsing)
 * its dependency tree.
 *
 * @param index position in the article, from 0
 * @param span where the sentence stands in the article
 * @param text the sentence as written
 * @param tokens its words
 * @param dependencies the basic UD tree, one edge per token; empty when the sentence was not parsed
 */
public record Sentence(
    int index, Span span, String text, List<Token> tokens, List<Dependency> dependencies) {
  public Sentence {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    tokens = List.copyOf(tokens);
    dependencies = List.copyOf(dependencies);
  }

  public boolean isParsed() {
    return !dependencies.isEmpty();
  }

  public Sentence withDependencies(List<Dependency> parsed) {
    return new Sentence(index, span, text, tokens, parsed);
  }
}
