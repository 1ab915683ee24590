package org.dyad.coder.typing;

/**
 * A labelled sentence the typer compares with: a CAMEO code's description or example, a PLOVER
 * type description, an ACLED-style sub-event type description, or a gold sentence.
 *
 * @param id a stable id ("cameo-desc-0231", "acled-07", "dev-0054")
 * @param kind "cameo" (label is a CAMEO code or {@link #NO_EVENT}) or "subevent" (label is a sub-event type)
 * @param label the CAMEO code, {@link #NO_EVENT}, or the sub-event type
 * @param origin where it comes from: "icews-cameo", "ngec-plover", "dyad-acled", or a gold file name
 *     ("dev.jsonl", "real.jsonl"), so that a gold file is never scored against its own sentences
 * @param text the sentence
 */
public record Exemplar(String id, String kind, String label, String origin, String text) {
  /** The label of exemplars that report no event. */
  public static final String NO_EVENT = "none";
}
