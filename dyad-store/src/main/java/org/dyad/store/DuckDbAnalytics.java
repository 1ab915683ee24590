package org.dyad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The aggregates of {@link DuckDbStore}: most active dyads, a dyad's timeline, escalation alerts
 * and the store's counts. Each is one SQL query that counts events (primary reports), not
 * reports, and reduces in DuckDB, so that Java only reads the few result rows. Not thread-safe
 * (one connection).
 */
final class DuckDbAnalytics {
  private final Connection connection;

  DuckDbAnalytics(Connection connection) {
    this.connection = connection;
  }

  /** See {@link EventStore#dyads}. */
  List<DyadSummary> dyads(LocalDate since, int top) throws SQLException {
    // Near-duplicate articles add reports to their originals' events; finding those events reads
    // every article_hash, so that part is left out while the store has no near-duplicates.
    // The day goes into the text as a literal (a LocalDate prints as digits and dashes): a bound
    // "? IS NULL OR published >= ?" would be evaluated per row instead of pushed into the scan.
    String when = since == null ? "true" : "published >= DATE '" + since + "'";
    String sql = """
        WITH d AS MATERIALIZED (
          SELECT source_code, target_code, count(*) AS events, avg(goldstein) AS mean, sum(goldstein) AS total,
                 count(*) FILTER (WHERE quad_class = 1) AS vc, count(*) FILTER (WHERE quad_class = 2) AS mc,
                 count(*) FILTER (WHERE quad_class = 3) AS vk, count(*) FILTER (WHERE quad_class = 4) AS mk
          FROM events WHERE primary_report AND %1$s
          GROUP BY source_code, target_code ORDER BY events DESC, source_code, target_code LIMIT ?),
        more AS (
          SELECT source_code, target_code, count(*) AS n FROM events
          WHERE NOT primary_report AND %1$s GROUP BY ALL
          %2$s),
        extra AS (SELECT source_code, target_code, sum(n) AS n FROM more GROUP BY ALL)
        SELECT d.source_code, d.target_code, events, mean, total, vc, mc, vk, mk, events + coalesce(extra.n, 0)
        FROM d LEFT JOIN extra USING (source_code, target_code) ORDER BY events DESC, d.source_code, d.target_code""".formatted(when, hasCopies() ? """
          UNION ALL
          SELECT source_code, target_code, count(*) AS n FROM events
          WHERE article_hash IN (SELECT duplicate_of FROM articles WHERE duplicate_of IS NOT NULL) AND %s GROUP BY ALL""".formatted(when) : "");
    try (PreparedStatement p = connection.prepareStatement(sql)) {
      p.setInt(1, top);
      List<DyadSummary> dyads = new ArrayList<>();
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          dyads.add(new DyadSummary(r.getString(1), r.getString(2), r.getLong(3), r.getDouble(4), r.getDouble(5),
              r.getLong(6), r.getLong(7), r.getLong(8), r.getLong(9), r.getLong(10)));
        }
      }
      return dyads;
    }
  }

  private boolean hasCopies() throws SQLException {
    try (Statement s = connection.createStatement();
        ResultSet r = s.executeQuery("SELECT EXISTS (SELECT 1 FROM articles WHERE duplicate_of IS NOT NULL)")) {
      r.next();
      return r.getBoolean(1);
    }
  }

  /** See {@link EventStore#timeline}. */
  List<TimelinePoint> timeline(String source, String target, EventStore.Period by, boolean both) throws SQLException {
    String sql = """
        SELECT CAST(date_trunc(?, published) AS DATE) AS period, count(*), sum(goldstein),
               count(*) FILTER (WHERE quad_class >= 3), count(*) FILTER (WHERE quad_class <= 2)
        FROM events
        WHERE published IS NOT NULL AND primary_report
          AND ((starts_with(source_code, ?) AND starts_with(target_code, ?))
               OR (? AND starts_with(source_code, ?) AND starts_with(target_code, ?)))
        GROUP BY period ORDER BY period""";
    try (PreparedStatement p = connection.prepareStatement(sql)) {
      p.setString(1, by.name().toLowerCase(Locale.ROOT));
      p.setString(2, source);
      p.setString(3, target);
      p.setBoolean(4, both);
      p.setString(5, target);
      p.setString(6, source);
      List<TimelinePoint> points = new ArrayList<>();
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          points.add(new TimelinePoint(r.getObject(1, LocalDate.class), r.getLong(2), r.getDouble(3), r.getLong(4), r.getLong(5)));
        }
      }
      return points;
    }
  }

  /** See {@link EventStore#alerts}. */
  List<Alert> alerts(int window, double threshold) throws SQLException {
    // Only dyads with at least three conflict events in the window can alert: the others are
    // dropped first. Their weekly series are then reduced in SQL to the sums Alerts.judge needs,
    // one row per dyad, grouped by the country columns themselves (no per-row strings).
    // Weeks are numbered from Monday 2000-01-03 (integer arithmetic, not date_trunc per row); only
    // conflict events are grouped by week, since other weeks score zero and add nothing to the sums.
    String sql = """
        WITH span AS (
          SELECT w, ws, (ws - DATE '2000-01-03') // 7 AS wks
          FROM (SELECT w, CAST(w - to_days((CAST(? AS INTEGER) - 1) * 7) AS DATE) AS ws
                FROM (SELECT CAST(date_trunc('week', max(published)) AS DATE) AS w FROM events WHERE primary_report))),
        hot AS (
          SELECT source_country AS s, target_country AS t FROM events, span
          WHERE published >= ws AND quad_class >= 3 AND primary_report
            AND source_country <> '' AND target_country <> ''
          GROUP BY ALL HAVING count(*) >= 3),
        weekly AS (
          SELECT source_country AS s, target_country AS t, (published - DATE '2000-01-03') // 7 AS wk,
                 -sum(goldstein) AS score, count(*) AS conflicts
          FROM events e SEMI JOIN hot ON e.source_country = hot.s AND e.target_country = hot.t
          WHERE quad_class >= 3 AND primary_report AND published IS NOT NULL
          GROUP BY ALL),
        firsts AS (
          SELECT source_country AS s, target_country AS t, min(published) AS first
          FROM events e SEMI JOIN hot ON e.source_country = hot.s AND e.target_country = hot.t
          WHERE primary_report AND published IS NOT NULL GROUP BY ALL),
        sums AS (
          SELECT s, t, coalesce(sum(score) FILTER (WHERE wk < wks), 0) AS baseline,
                 coalesce(sum(score * score) FILTER (WHERE wk < wks), 0) AS squares,
                 coalesce(sum(score) FILTER (WHERE wk >= wks), 0) AS recent,
                 coalesce(sum(conflicts) FILTER (WHERE wk >= wks), 0) AS conflicts
          FROM weekly, span GROUP BY s, t)
        SELECT s, t, CAST(date_trunc('week', first) AS DATE), baseline, squares, recent, conflicts, ws
        FROM sums JOIN firsts USING (s, t), span ORDER BY s, t""";
    try (PreparedStatement p = connection.prepareStatement(sql)) {
      p.setInt(1, window);
      List<Alert> alerts = new ArrayList<>();
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          Alerts.Series series = new Alerts.Series(r.getString(1), r.getString(2), r.getObject(3, LocalDate.class),
              r.getDouble(4), r.getDouble(5), r.getDouble(6), r.getLong(7));
          Alerts.judge(series, r.getObject(8, LocalDate.class), window, threshold).ifPresent(alerts::add);
        }
      }
      alerts.sort(Comparator.comparingDouble(Alert::z).reversed());
      return alerts;
    }
  }

  /** See {@link EventStore#counts}. */
  EventStore.Counts counts() throws SQLException {
    try (Statement s = connection.createStatement();
        ResultSet r = s.executeQuery("SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM events)")) {
      r.next();
      return new EventStore.Counts(r.getLong(1), r.getLong(2));
    }
  }

  /** See {@link EventStore#fusion}. */
  EventStore.Fusion fusion() throws SQLException {
    try (Statement s = connection.createStatement();
        ResultSet r = s.executeQuery("SELECT (SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL),"
            + " (SELECT count(*) FILTER (WHERE NOT primary_report) FROM events), (SELECT count(*) FILTER (WHERE primary_report) FROM events)")) {
      r.next();
      return new EventStore.Fusion(r.getLong(1), r.getLong(2), r.getLong(3));
    }
  }
}
