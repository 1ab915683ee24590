package org.dyad.model;

import java.util.Objects;

/**
 * An actor as it appears in a sentence: what was written, where, and what it resolved to.
 *
 * @param actor the resolved actor
 * @param text the words as written ("Russian President Vladimir Putin")
 * @param span where they stand in the article
 */
public record ActorMention(Actor actor, String text, Span span) {
  public ActorMention {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(span, "span");
  }
}
