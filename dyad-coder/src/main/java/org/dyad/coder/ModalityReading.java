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
record ModalityReading(Status status, String reason, int governor, boolean hedged, String attribution) {

  /** The verdicts; only {@link #REALIZED}, {@link #INTENDED}, {@link #FUTURE} and {@link #PROMISED} produce asserted events. */
  enum Status {
    /** Reported as having happened (or happening). */
    REALIZED,
    /** Denied: "did not attack", "has yet to respond". */
    NEGATED,
    /** Modal or speculative: "would attack", "could trigger". */
    HYPOTHETICAL,
    /** Under a condition: "if they attack", "unless it pays". */
    CONDITIONAL,
    /**
     * Announced on a condition: "would free the soldiers if the army halted operations", "will
     * block the highway unless …"; the announcement is the act's intent (an offer or a threat), the
     * act itself conditional.
     */
    PROMISED,
    /** Alleged and denied: "denied attacking". */
    DENIED,
    /** An infinitive with no intent governor: "missiles to target locations". */
    UNREALIZED,
    /** Planned, proposed or offered: "is exploring … to mediate". */
    INTENDED,
    /** Announced for the future: "will meet on Saturday"; coded with the act's intent code where it has one. */
    FUTURE,
    /** Refused: "refused to release", "will not lift sanctions"; the refusal is itself an act (CAMEO 12). */
    REFUSED
  }

  /** Whether the act is announced for later (intended, future, or on a condition), so its reason belongs in the rule. */
  boolean announced() {
    return status == Status.INTENDED || status == Status.FUTURE || status == Status.PROMISED;
  }

  /** Whether the act is yet to happen, if at all: announced, conditional or hypothetical. */
  boolean yetToHappen() {
    return announced() || status == Status.CONDITIONAL || status == Status.HYPOTHETICAL;
  }

  boolean codes() {
    return status == Status.REALIZED || status == Status.INTENDED || status == Status.FUTURE || status == Status.PROMISED;
  }
}
