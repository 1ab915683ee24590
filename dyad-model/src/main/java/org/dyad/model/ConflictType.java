package org.dyad.model;

/**
 * The ACLED-style type of an event of political violence, protest or strategic development:
 * {@code Explosions/Remote violence} / {@code Air/drone strike}. Derived from the CAMEO code, the
 * actors' sectors and the sentence's words through one table
 * ({@code org/dyad/ontology/conflict-types.tsv}); {@link #NONE} for diplomacy and statements.
 *
 * @param eventType one of ACLED's six event types, or empty
 * @param subEventType one of its 25 sub-event types, or empty
 */
public record ConflictType(String eventType, String subEventType) {
  public static final ConflictType NONE = new ConflictType("", "");

  public ConflictType {
    if (eventType == null || subEventType == null) {
      throw new NullPointerException("eventType and subEventType");
    }
  }

  public boolean isEmpty() {
    return subEventType.isEmpty();
  }
}
