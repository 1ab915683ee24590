package org.dyad.model;

import java.util.Objects;

/**
 * Why an event was coded: the rule that fired, the dictionary entry it used and the words that
 * triggered it.
 *
 * @param rule the coder rule, e.g. {@code verb.active}, {@code noun.possessive-source}
 * @param entry the dictionary entry, with its file and line, e.g. {@code verbs.tsv:41 attack → 190}
 * @param trigger the event word as written ("authorized", "assaults")
 * @param triggerSpan where the trigger stands in the article
 */
public record Evidence(String rule, String entry, String trigger, Span triggerSpan) {
  public Evidence {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(entry, "entry");
    Objects.requireNonNull(trigger, "trigger");
    Objects.requireNonNull(triggerSpan, "triggerSpan");
  }
}
