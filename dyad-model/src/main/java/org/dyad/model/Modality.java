package org.dyad.model;

import java.util.Locale;

/**
 * How a report presents an act: as done, or as not (yet) done. Only {@link #ASSERTED} events
 * count in outputs, timelines, alerts and exports by default; the others are kept so that a user
 * can see what was denied, threatened or only imagined, instead of losing it silently.
 */
public enum Modality {
  /** Reported as done or happening. */
  ASSERTED,
  /** Reported as not done: "did not attack", "has yet to respond". */
  NEGATED,
  /** Speculated: "could", "would", "might", a question. */
  HYPOTHETICAL,
  /** Depending on a condition: "if talks fail, fighting would resume". */
  CONDITIONAL,
  /** Planned or prepared by its actor: "the army plans to retake the town". */
  INTENDED,
  /** Announced for later: "the ministers will meet on Saturday". */
  FUTURE,
  /** Background long before the story: "Russia annexed Crimea in 2014". */
  HISTORICAL,
  /** Alleged and denied: "Rwanda denied backing the M23 rebels". */
  DENIED;

  /** The name used in every output: {@code hypothetical}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The modality named by {@link #label()}. */
  public static Modality ofLabel(String label) {
    return valueOf(label.toUpperCase(Locale.ROOT));
  }
}
