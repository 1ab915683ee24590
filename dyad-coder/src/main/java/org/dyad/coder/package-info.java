/**
 * The coder: sentences to {@link org.dyad.model.Event}s. {@link org.dyad.coder.ArticleCoder}
 * assembles the steps in one place, in order: {@code NameMatcher} (dictionary names in tokens),
 * {@code CandidateFilter} (is the sentence worth parsing?), parsing, {@code TriggerFinder} (event
 * words of the lexicon whose conditions hold), {@code ModalityAnalyzer} (realized, negated,
 * hypothetical, unrealized or intended; hedges and attribution), {@code ArgumentFinder} (source
 * and target through {@code ActorResolver}, with {@code DiscourseMemory} for "such concessions"),
 * and {@code EventDeduplicator} (one event per source, target and code in an article).
 *
 * <p>Invariants: every event carries the lexicon entry and rule that produced it and spans inside
 * its sentence; negated, hypothetical and unrealized acts produce no event, only a {@link
 * org.dyad.coder.Decision} saying why. What it deliberately does not do: coreference beyond
 * initiative nouns, locations (the geo stage), cross-article fusion (the store). Traps: parsers
 * mis-attach headlines and long modifier chains, so argument rules fall back to word order and
 * say so in the rule ({@code target.linear}, {@code source.possessive-linear}).
 */
package org.dyad.coder;
