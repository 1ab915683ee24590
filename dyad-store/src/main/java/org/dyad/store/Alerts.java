package org.dyad.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

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
      LocalDate first = (LocalDate) rows.get(0)[0];
      List<Double> baseline = new ArrayList<>();
      double recentSum = 0;
      long recentEvents = 0;
      int r = 0;
      for (LocalDate week = first; !week.isAfter(lastWeek); week = week.plusWeeks(1)) {
        double score = 0;
        long events = 0;
        if (r < rows.size() && rows.get(r)[0].equals(week)) {
          score = (Double) rows.get(r)[1];
          events = (Long) rows.get(r)[2];
          r++;
        }
        if (week.isBefore(windowStart)) {
          baseline.add(score);
        } else {
          recentSum += score;
          recentEvents += events;
        }
      }
      if (baseline.size() < 4 || recentEvents < 3) {
        continue;
      }
      double mean = baseline.stream().mapToDouble(Double::doubleValue).average().orElse(0);
      double var = baseline.stream().mapToDouble(x -> (x - mean) * (x - mean)).sum() / (baseline.size() - 1);
      double sd = Math.max(1, Math.sqrt(var));
      double recent = recentSum / window;
      double z = (recent - mean) / sd;
      if (z >= threshold) {
        String[] st = dyad.getKey().split(" ");
        alerts.add(new Alert(st[0], st[1], windowStart, recent, mean, sd, z, recentEvents));
      }
    }
    alerts.sort(Comparator.comparingDouble(Alert::z).reversed());
    return alerts;
  }
}
