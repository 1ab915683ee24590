package org.dyad.store;

/**
 * How a dyad is formed from the two actor codes of an event: of countries (or organizations), or
 * of whole actor codes with their sectors. Domestic events need the second: police against
 * civilians, KENCOP → KENCVL, is its own dyad there, not one more KEN → KEN row.
 */
public enum ActorLevel {
  /** The country or organization part only: ARM, ARMMIL and ARMGOV are one actor, ARM. */
  COUNTRY("source_country", "target_country"),
  /** The whole code with its sectors: KENCOP and KENCVL are two actors. */
  SECTOR("source_code", "target_code");

  final String sourceColumn;
  final String targetColumn;

  ActorLevel(String sourceColumn, String targetColumn) {
    this.sourceColumn = sourceColumn;
    this.targetColumn = targetColumn;
  }
}
