package org.dyad.spark;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The store's derived tables in Spark SQL, over the views {@code events} (every report, the
 * store's columns) and {@code articles}: the fused events that {@code dyad export --format parquet}
 * writes (the store's {@code fused_events}: one row per asserted event, its first report, with its
 * report and source counts, a near-duplicate article counting as one more report, and the largest
 * toll any of its reports states), and each country dyad's weekly series.
 */
final class EventTables {
  private static final List<String> TOLLS = List.of("fatalities", "injured", "arrested");

  private EventTables() {}

  /** The fused events, columns as the store's {@code fused_events} view: every events column, then reports and sources. */
  static Dataset<Row> fusedEvents(SparkSession spark) {
    StringBuilder select = new StringBuilder();
    for (String name : ReportRows.names()) {
      select.append(TOLLS.contains(name) ? "t." : "e.").append(name).append(", ");
    }
    return spark.sql("""
        WITH reports AS (
          SELECT e.event_key, a.source FROM events e LEFT JOIN articles a ON a.hash = e.article_hash WHERE e.modality = 'asserted'
          UNION ALL
          SELECT e.event_key, d.source FROM events e JOIN articles d ON d.duplicate_of = e.article_hash WHERE e.modality = 'asserted'),
        r AS (SELECT event_key, count(*) AS reports, count(DISTINCT source) AS sources FROM reports GROUP BY event_key),
        t AS (SELECT event_key, max(fatalities) AS fatalities, max(injured) AS injured, max(arrested) AS arrested
              FROM events WHERE modality = 'asserted' GROUP BY event_key)
        SELECT %s r.reports, r.sources
        FROM events e JOIN r ON r.event_key = e.event_key JOIN t ON t.event_key = e.event_key
        WHERE e.primary_report AND e.modality = 'asserted'""".formatted(select));
  }

  /**
   * Each country dyad's weekly series of asserted events (weeks from Monday, by the date of the
   * act): events, conflict events (quad classes 3 and 4), their Goldstein sum and the conflict
   * score {@code dyad alerts} uses (minus the Goldstein sum of the conflict events).
   */
  static Dataset<Row> weeklySeries(SparkSession spark) {
    return spark.sql("""
        SELECT source_country AS source, target_country AS target, CAST(date_trunc('week', event_date) AS DATE) AS week,
               count(*) AS events, count_if(quad_class >= 3) AS conflicts, sum(goldstein) AS goldstein,
               coalesce(-sum(goldstein) FILTER (WHERE quad_class >= 3), 0) AS conflict_score
        FROM events WHERE primary_report AND modality = 'asserted' AND event_date IS NOT NULL
          AND source_country <> '' AND target_country <> ''
        GROUP BY source_country, target_country, CAST(date_trunc('week', event_date) AS DATE)""");
  }
}
