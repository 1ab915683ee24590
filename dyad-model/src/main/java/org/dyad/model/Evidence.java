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
 * @param confidence 1 when nothing doubts the coding; lower when the learned typer strongly
 *     disagrees with the rules (its vote share for another root), or the typer's own vote share
 *     for an event it made
 * @param typing what the learned typer saw, for --explain: its vote and nearest exemplars, or empty
 */
public record Evidence(String rule, String entry, String trigger, Span triggerSpan, double confidence, String typing) {
  public Evidence {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(entry, "entry");
    Objects.requireNonNull(trigger, "trigger");
    Objects.requireNonNull(triggerSpan, "triggerSpan");
    Objects.requireNonNull(typing, "typing");
  }

  /** Evidence of the rules alone. */
  public Evidence(String rule, String entry, String trigger, Span triggerSpan) {
    this(rule, entry, trigger, triggerSpan, 1.0, "");
  }

  /** The same evidence with the typer's view and the confidence it leaves. */
  public Evidence withTyping(double newConfidence, String newTyping) {
    return new Evidence(rule, entry, trigger, triggerSpan, newConfidence, newTyping);
  }
}
