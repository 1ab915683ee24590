package org.dyad.store;

import java.util.List;

/**
 * How alike in meaning report sentences are: what decides {@link FusionRule}'s borderline cases,
 * two reports of one dyad and day from different articles whose codes or places differ or are
 * missing (see {@link FusionRule#judge}). The store asks only about those few candidates, with
 * their sentences, when it saves an article; nothing of it is stored but the rule's name.
 *
 * <p>Design decision: an interface because the store must not depend on a model. The pipeline
 * implements it with the learned typer's sentence embedding when hybrid typing is on; without it
 * the rule alone decides. Implementations are thread-safe.
 */
public interface ReportMeaning {
  /** Recorded in {@code events.fused_by} for reports fused by meaning. */
  String NAME = "dyad-meaning";

  /** How alike in meaning {@code sentence} is to each of {@code others}, from −1 to 1, in their order. */
  double[] similarities(String sentence, List<String> others);

  /** The similarity from which two borderline reports are of one event. */
  double threshold();
}
