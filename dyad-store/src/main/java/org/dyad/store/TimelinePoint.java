package org.dyad.store;

import java.time.LocalDate;

/**
 * One period of a dyad's conflict–cooperation series.
 *
 * @param period the first day of the period (day, ISO week or month) of the acts' dates
 * @param events how many events
 * @param goldstein the sum of their Goldstein scores (negative: conflict)
 * @param conflict how many were conflict (quad classes 3 and 4)
 * @param cooperation how many were cooperation (quad classes 1 and 2)
 * @param fatalities people killed: each event's largest reported figure, summed over the period's events
 */
public record TimelinePoint(LocalDate period, long events, double goldstein, long conflict, long cooperation, long fatalities) {}
