package org.dyad.store;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The escalation statistic: for each country-level directed dyad (the country or organization
 * parts of the actor codes), the weekly conflict score is
 * minus the sum of the Goldstein scores of its conflict events (quad classes 3 and 4), zero for a
 * week without any. The last {@code window} weeks are compared with all earlier weeks since the
 * dyad's first event: z = (mean of the window − mean of the baseline) / standard deviation of the
 * baseline (at least 1, so that a quiet dyad's first clash is not infinitely surprising). An
 * alert needs z ≥ threshold, at least four baseline weeks and at least three conflict events in
 * the window. This is the classic z-score of a weekly Goldstein sum used in early-warning work;
 * simple, explainable, and each alert shows its numbers.
 *
 * <p>A series is reduced to sums (baseline sum and sum of squares, window sum and events), so the
 * store can compute them in SQL and hand over one row per dyad instead of one per week; the
 * variance is the same sample variance, computed from the sums. The Spark job reduces its series
 * to the same sums in Spark SQL and judges them here.
 */
public final class Alerts {
  private Alerts() {}

  /**
   * A dyad's weekly series reduced to what the statistic needs; weeks without events add nothing
   * to the sums but count as baseline weeks (zero).
   *
   * @param first the first day of the dyad's first week with an event
   * @param baselineSum sum of the weekly scores before the window
   * @param baselineSquares sum of their squares
   * @param recentSum sum of the weekly scores in the window
   * @param recentEvents conflict events in the window
   */
  public record Series(String source, String target, LocalDate first, double baselineSum, double baselineSquares, double recentSum,
      long recentEvents) {}

  /** The alert a series raises, if any: the statistic of the class comment. */
  public static Optional<Alert> judge(Series s, LocalDate windowStart, int window, double threshold) {
    long baselineWeeks = s.first().isBefore(windowStart) ? ChronoUnit.WEEKS.between(s.first(), windowStart) : 0;
    if (baselineWeeks < 4 || s.recentEvents() < 3) {
      return Optional.empty();
    }
    double mean = s.baselineSum() / baselineWeeks;
    double var = Math.max(0, (s.baselineSquares() - baselineWeeks * mean * mean) / (baselineWeeks - 1));
    double sd = Math.max(1, Math.sqrt(var));
    double recent = s.recentSum() / window;
    double z = (recent - mean) / sd;
    return z >= threshold
        ? Optional.of(new Alert(s.source(), s.target(), windowStart, recent, mean, sd, z, s.recentEvents()))
        : Optional.empty();
  }
}
