package org.dyad.store;

/**
 * A directed dyad's activity: how many events (reports of one event fused), how cooperative or
 * hostile on the Goldstein scale, how they split across the quad classes, how many reports
 * (coded reports plus near-duplicate articles) stand behind them, and how many people they killed
 * (each event's largest reported figure, summed over the events; 0 when none is reported).
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
    long materialConflict,
    long reports,
    long fatalities) {}
