package org.dyad.store;

import java.time.LocalDate;

/**
 * A dyad whose conflict rose sharply against its own baseline.
 *
 * @param source the source country or organization
 * @param target the target country or organization
 * @param since the first day of the recent window
 * @param until its last day: the alert's as-of day, after which no event was read
 * @param recentMean mean weekly conflict score in the window (minus the Goldstein sum of conflict events)
 * @param baselineMean mean weekly conflict score before the window
 * @param baselineSd its standard deviation
 * @param z how many baseline deviations the window's mean lies above the baseline mean
 * @param recentEvents conflict events in the window
 */
public record Alert(
    String source, String target, LocalDate since, LocalDate until, double recentMean, double baselineMean, double baselineSd, double z,
    long recentEvents) {}
