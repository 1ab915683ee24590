package org.dyad.coder.typing;

/**
 * Types a sentence by its meaning, beside the rules: the labelled exemplars it most resembles (CAMEO
 * codes, ACLED-style sub-event types, and "no event"). The coder asks it to confirm or refine what
 * the lexicon found, and to fill the gaps where no lexicon word fires. An extension point: the
 * shipped implementation embeds sentences with a small sentence-embedding model (dyad-typer).
 * Implementations are thread-safe.
 */
public interface EventTyper {
  /** The nearest exemplars of each kind, best first. */
  Typing type(String sentence);

  /** What this typer is, for reports and the coder version ("all-MiniLM-L6-v2-q, 1,843 exemplars"). */
  String describe();
}
