package org.dyad.store;

/**
 * A directed dyad's activity: how many events, how cooperative or hostile on the Goldstein
 * scale, and how they split across the quad classes.
 */
public record DyadSummary(
    String source,
    String target,
    long events,
    double meanGoldstein,
    double totalGoldstein,
    long verbalCooperation,
    long materialCooperation,
    long verbalConflict,
    long materialConflict) {}
