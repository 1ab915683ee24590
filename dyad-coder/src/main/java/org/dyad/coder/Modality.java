package org.dyad.coder;

/**
 * How a report presents an event word: as done, denied, hypothetical, or intended, and on whose
 * authority.
 *
 * @param status the verdict
 * @param reason the words that decided it, for --explain ("not" on "commented")
 * @param governor the token expressing intent ("exploring" in "is exploring … to mediate"), or -1
 * @param hedged whether the report marks the event as uncertain
 * @param attribution who the report says the information comes from, or empty
 */
record Modality(Status status, String reason, int governor, boolean hedged, String attribution) {

  /** The verdicts; only {@link #REALIZED} and {@link #INTENDED} produce events. */
  enum Status {
    /** Reported as having happened (or happening). */
    REALIZED,
    /** Denied: "did not attack", "has yet to respond". */
    NEGATED,
    /** Conditional or modal: "would attack", "if they attack". */
    HYPOTHETICAL,
    /** An infinitive with no intent governor: "missiles to target locations". */
    UNREALIZED,
    /** Planned, proposed or offered: "is exploring … to mediate". */
    INTENDED
  }

  boolean codes() {
    return status == Status.REALIZED || status == Status.INTENDED;
  }
}
