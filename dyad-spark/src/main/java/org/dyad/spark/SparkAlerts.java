package org.dyad.spark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.dyad.store.Alert;
import org.dyad.store.Alerts;

/**
 * Escalation alerts with the statistic of {@code dyad alerts} ({@link Alerts}): Spark SQL reduces
 * each candidate country dyad's weekly conflict series to the same sums the store's query does
 * (baseline sum and sum of squares, window sum, conflict events in the window; weeks counted from
 * Monday 2000-01-03, the window ending with the week of the latest event), and {@link
 * Alerts#judge} judges each dyad, as it does for the store.
 */
final class SparkAlerts {
  private SparkAlerts() {}

  /** The alerts over the view {@code events}, highest z first. */
  static List<Alert> alerts(SparkSession spark, int window, double threshold) {
    String sql = """
        WITH span AS (
          SELECT w, ws, CAST(floor(datediff(ws, DATE '2000-01-03') / 7) AS BIGINT) AS wks
          FROM (SELECT w, date_sub(w, (%d - 1) * 7) AS ws
                FROM (SELECT CAST(date_trunc('week', max(event_date)) AS DATE) AS w FROM events
                      WHERE primary_report AND modality = 'asserted'))),
        hot AS (
          SELECT source_country AS s, target_country AS t FROM events CROSS JOIN span
          WHERE event_date >= ws AND quad_class >= 3 AND primary_report AND modality = 'asserted'
            AND source_country <> '' AND target_country <> ''
          GROUP BY source_country, target_country HAVING count(*) >= 3),
        weekly AS (
          SELECT source_country AS s, target_country AS t, CAST(floor(datediff(event_date, DATE '2000-01-03') / 7) AS BIGINT) AS wk,
                 -sum(goldstein) AS score, count(*) AS conflicts
          FROM events e LEFT SEMI JOIN hot ON e.source_country = hot.s AND e.target_country = hot.t
          WHERE quad_class >= 3 AND primary_report AND modality = 'asserted' AND event_date IS NOT NULL
          GROUP BY 1, 2, 3),
        firsts AS (
          SELECT source_country AS s, target_country AS t, min(event_date) AS first
          FROM events e LEFT SEMI JOIN hot ON e.source_country = hot.s AND e.target_country = hot.t
          WHERE primary_report AND modality = 'asserted' AND event_date IS NOT NULL GROUP BY 1, 2),
        sums AS (
          SELECT s, t, coalesce(sum(score) FILTER (WHERE wk < wks), 0) AS baseline,
                 coalesce(sum(score * score) FILTER (WHERE wk < wks), 0) AS squares,
                 coalesce(sum(score) FILTER (WHERE wk >= wks), 0) AS recent,
                 coalesce(sum(conflicts) FILTER (WHERE wk >= wks), 0) AS conflicts
          FROM weekly CROSS JOIN span GROUP BY s, t)
        SELECT s, t, CAST(date_trunc('week', first) AS DATE), baseline, squares, recent, conflicts, ws
        FROM sums JOIN firsts USING (s, t) CROSS JOIN span ORDER BY s, t""".formatted(window);
    List<Alert> alerts = new ArrayList<>();
    for (Row r : spark.sql(sql).collectAsList()) {
      Alerts.Series series = new Alerts.Series(r.getString(0), r.getString(1), (LocalDate) r.get(2), ((Number) r.get(3)).doubleValue(),
          ((Number) r.get(4)).doubleValue(), ((Number) r.get(5)).doubleValue(), ((Number) r.get(6)).longValue());
      Alerts.judge(series, (LocalDate) r.get(7), window, threshold).ifPresent(alerts::add);
    }
    alerts.sort(Comparator.comparingDouble(Alert::z).reversed());
    return alerts;
  }
}
