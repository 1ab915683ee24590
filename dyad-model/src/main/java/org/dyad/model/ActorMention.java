package org.dyad.model;

import java.util.Objects;

/**
 * An actor as it appears in a sentence: what was written, where, and what it resolved to.
 *
 * @param actor the resolved actor
 * @param text the words as written ("Russian President Vladimir Putin")
 * @param span where they stand in the article
 * @param countryFrom where the actor's country came from: its own words, or a context it was
 *     inferred from
 */
public record ActorMention(Actor actor, String text, Span span, CountrySource countryFrom) {
  public ActorMention {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(countryFrom, "countryFrom");
  }

  /** An actor whose words name it; a country-less sector ("critics") has {@link CountrySource#NONE}. */
  public ActorMention(Actor actor, String text, Span span) {
    this(actor, text, span, actor.country().isEmpty() ? CountrySource.NONE : CountrySource.WRITTEN);
  }

  /** The same mention with a country found in the context. */
  public ActorMention inCountry(String country, CountrySource from) {
    return new ActorMention(Actor.of(country, actor.agent(), actor.name()), text, span, from);
  }
}
