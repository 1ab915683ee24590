package org.dyad.store;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
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
 * variance is the same sample variance, computed from the sums.
 */
final class Alerts {
  private Alerts() {}

  /**
   * The alerts of dyads' weekly series.
   *
   * @param weekly per dyad ("SRC TGT"), rows of {first day of the week, conflict score, conflict
   *     events} in week order; weeks without a row count as zero
   * @param lastWeek the first day of the latest week in the store
   */
  static List<Alert> find(Map<String, List<Object[]>> weekly, LocalDate lastWeek, int window, double threshold) {
    List<Alert> alerts = new ArrayList<>();
    LocalDate windowStart = lastWeek.minusWeeks(window - 1L);
    for (Map.Entry<String, List<Object[]>> dyad : weekly.entrySet()) {
      List<Object[]> rows = dyad.getValue();
      double baselineSum = 0;
      double baselineSquares = 0;
      double recentSum = 0;
      long recentEvents = 0;
      for (Object[] row : rows) {
        double score = (Double) row[1];
        if (((LocalDate) row[0]).isBefore(windowStart)) {
          baselineSum += score;
          baselineSquares += score * score;
        } else {
          recentSum += score;
          recentEvents += (Long) row[2];
        }
      }
      String[] st = dyad.getKey().split(" ");
      Series series = new Series(st[0], st[1], (LocalDate) rows.get(0)[0], baselineSum, baselineSquares, recentSum, recentEvents);
      judge(series, windowStart, window, threshold).ifPresent(alerts::add);
    }
    alerts.sort(Comparator.comparingDouble(Alert::z).reversed());
    return alerts;
  }

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
  record Series(String source, String target, LocalDate first, double baselineSum, double baselineSquares, double recentSum,
      long recentEvents) {}

  /** The alert a series raises, if any: the statistic of the class comment. */
  static Optional<Alert> judge(Series s, LocalDate windowStart, int window, double threshold) {
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
