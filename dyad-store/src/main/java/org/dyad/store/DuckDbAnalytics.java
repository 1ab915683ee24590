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
import org.dyad.store.exchange.Provenance;

/**
 * The aggregates of {@link DuckDbStore}: most active dyads, a dyad's timeline, escalation alerts
 * and the store's counts. Each is one SQL query that counts events (primary reports), not
 * reports, and reduces in DuckDB, so that Java only reads the few result rows. Only asserted
 * events count ({@code modality = 'asserted'}); dyads, timelines and alerts date an event by its
 * act ({@code event_date}). Fatalities are summed over events, each event giving the largest figure
 * any of its reports states ({@link #TOLLS}). Not thread-safe (one connection).
 */
final class DuckDbAnalytics {
  /**
   * Each asserted event that some report gives a death toll, with its largest figure: a retold toll
   * is the same dead, so the reports' figures are never summed. The fatalities filter comes first,
   * so row groups without any toll are skipped by their zone maps. {@code %s}: a further condition.
   */
  private static final String TOLLS = """
      SELECT event_key, max(fatalities) AS f FROM events
      WHERE fatalities IS NOT NULL AND modality = 'asserted' AND %s GROUP BY event_key""";

  private final Connection connection;

  DuckDbAnalytics(Connection connection) {
    this.connection = connection;
  }

  /** See {@link EventStore#dyads(DyadQuery)}. */
  List<DyadSummary> dyads(DyadQuery q) throws SQLException {
    // Near-duplicate articles add reports to their originals' events; finding those events reads
    // every article_hash, so that part is left out while the store has no near-duplicates.
    // Days and the sector go into the text as literals (a LocalDate prints as digits and dashes, a
    // sector is three capital letters, checked by DyadQuery): a bound "? IS NULL OR published >= ?"
    // would be evaluated per row instead of pushed into the scan. The dyad's columns are the level's.
    String s = q.level().sourceColumn;
    String t = q.level().targetColumn;
    String when = (q.since() == null ? "true" : "event_date >= DATE '" + q.since() + "'")
        + (q.until() == null ? "" : " AND event_date <= DATE '" + q.until() + "'")
        + (q.sector() == null ? "" : " AND (starts_with(source_agent, '" + q.sector() + "') OR starts_with(target_agent, '" + q.sector() + "'))")
        + " AND " + s + " <> '' AND " + t + " <> ''" + ofProvenance(q.provenance());
    String sql = """
        WITH d AS MATERIALIZED (
          SELECT %4$s AS source_code, %5$s AS target_code, count(*) AS events, avg(goldstein) AS mean, sum(goldstein) AS total,
                 count(*) FILTER (WHERE quad_class = 1) AS vc, count(*) FILTER (WHERE quad_class = 2) AS mc,
                 count(*) FILTER (WHERE quad_class = 3) AS vk, count(*) FILTER (WHERE quad_class = 4) AS mk
          FROM events WHERE primary_report AND modality = 'asserted' AND %1$s
          GROUP BY ALL ORDER BY 3 DESC, 1, 2 LIMIT ?),
        more AS (
          SELECT %4$s AS source_code, %5$s AS target_code, count(*) AS n FROM events
          WHERE NOT primary_report AND modality = 'asserted' AND %1$s GROUP BY ALL
          %2$s),
        extra AS (SELECT source_code, target_code, sum(n) AS n FROM more GROUP BY ALL),
        tolls AS (%3$s),
        fat AS (
          SELECT e.%4$s AS source_code, e.%5$s AS target_code, sum(tolls.f) AS fatalities
          FROM tolls JOIN events e ON e.event_key = tolls.event_key
          WHERE e.primary_report AND e.modality = 'asserted' AND %1$s GROUP BY ALL)
        SELECT d.source_code, d.target_code, events, mean, total, vc, mc, vk, mk, events + coalesce(extra.n, 0),
               coalesce(fat.fatalities, 0)
        FROM d LEFT JOIN extra USING (source_code, target_code) LEFT JOIN fat USING (source_code, target_code)
        ORDER BY events DESC, d.source_code, d.target_code""".formatted(when, hasCopies() ? """
          UNION ALL
          SELECT %2$s AS source_code, %3$s AS target_code, count(*) AS n FROM events
          WHERE article_hash IN (SELECT duplicate_of FROM articles WHERE duplicate_of IS NOT NULL) AND modality = 'asserted' AND %1$s
          GROUP BY ALL""".formatted(when, s, t) : "", TOLLS.formatted("true"), s, t);
    try (PreparedStatement p = connection.prepareStatement(sql)) {
      p.setInt(1, q.top());
      List<DyadSummary> dyads = new ArrayList<>();
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          dyads.add(new DyadSummary(r.getString(1), r.getString(2), r.getLong(3), r.getDouble(4), r.getDouble(5),
              r.getLong(6), r.getLong(7), r.getLong(8), r.getLong(9), r.getLong(10), r.getLong(11)));
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
  List<TimelinePoint> timeline(String source, String target, EventStore.Period by, boolean both, Provenance provenance)
      throws SQLException {
    String dyad = "((starts_with(source_code, ?) AND starts_with(target_code, ?))"
        + " OR (? AND starts_with(source_code, ?) AND starts_with(target_code, ?)))" + ofProvenance(provenance);
    String sql = """
        WITH tolls AS (%1$s)
        SELECT CAST(date_trunc(?, e.event_date) AS DATE) AS period, count(*), sum(goldstein),
               count(*) FILTER (WHERE quad_class >= 3), count(*) FILTER (WHERE quad_class <= 2), coalesce(sum(tolls.f), 0)
        FROM events e LEFT JOIN tolls ON tolls.event_key = e.event_key
        WHERE e.event_date IS NOT NULL AND e.primary_report AND e.modality = 'asserted' AND %2$s
        GROUP BY period ORDER BY period""".formatted(TOLLS.formatted(dyad), dyad);
    try (PreparedStatement p = connection.prepareStatement(sql)) {
      bindDyad(p, 1, source, target, both);
      p.setString(6, by.name().toLowerCase(Locale.ROOT));
      bindDyad(p, 7, source, target, both);
      List<TimelinePoint> points = new ArrayList<>();
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          points.add(new TimelinePoint(r.getObject(1, LocalDate.class), r.getLong(2), r.getDouble(3), r.getLong(4), r.getLong(5),
              r.getLong(6)));
        }
      }
      return points;
    }
  }

  /** Binds a dyad condition's five parameters from {@code at}: source, target, both, target, source. */
  private static void bindDyad(PreparedStatement p, int at, String source, String target, boolean both) throws SQLException {
    p.setString(at, source);
    p.setString(at + 1, target);
    p.setBoolean(at + 2, both);
    p.setString(at + 3, target);
    p.setString(at + 4, source);
  }

  /** See {@link EventStore#alerts}. */
  List<Alert> alerts(AlertQuery query) throws SQLException {
    // Only dyads with at least three conflict events in the window can alert: the others are
    // dropped first. Their weekly series are then reduced in SQL to the sums Alerts.judge needs,
    // one row per dyad, grouped by the dyad's columns themselves (no per-row strings).
    // Weeks are numbered from Monday 2000-01-03 (integer arithmetic, not date_trunc per row); only
    // conflict events are grouped by week, since other weeks score zero and add nothing to the sums.
    // Nothing after the as-of day is read, so later news cannot move the window or the baseline.
    // The day goes into the text as a literal (a LocalDate prints as digits and dashes), so that
    // the bound is pushed into the scan; the column names are the level's constants.
    String asOf = "DATE '" + query.asOf() + "'";
    String sql = """
        WITH span AS (
          SELECT ws, (ws - DATE '2000-01-03') // 7 AS wks
          FROM (SELECT CAST(date_trunc('week', %1$s) - to_days((CAST(? AS INTEGER) - 1) * 7) AS DATE) AS ws)),
        hot AS (
          SELECT %2$s AS s, %3$s AS t FROM events, span
          WHERE event_date >= ws AND event_date <= %1$s AND quad_class >= 3 AND primary_report AND modality = 'asserted'
            AND %2$s <> '' AND %3$s <> ''%4$s
          GROUP BY ALL HAVING count(*) >= 3),
        weekly AS (
          SELECT %2$s AS s, %3$s AS t, (event_date - DATE '2000-01-03') // 7 AS wk,
                 -sum(goldstein) AS score, count(*) AS conflicts
          FROM events e SEMI JOIN hot ON e.%2$s = hot.s AND e.%3$s = hot.t
          WHERE quad_class >= 3 AND primary_report AND modality = 'asserted' AND event_date <= %1$s%4$s
          GROUP BY ALL),
        firsts AS (
          SELECT %2$s AS s, %3$s AS t, min(event_date) AS first
          FROM events e SEMI JOIN hot ON e.%2$s = hot.s AND e.%3$s = hot.t
          WHERE primary_report AND modality = 'asserted' AND event_date <= %1$s%4$s GROUP BY ALL),
        sums AS (
          SELECT s, t, coalesce(sum(score) FILTER (WHERE wk < wks), 0) AS baseline,
                 coalesce(sum(score * score) FILTER (WHERE wk < wks), 0) AS squares,
                 coalesce(sum(score) FILTER (WHERE wk >= wks), 0) AS recent,
                 coalesce(sum(conflicts) FILTER (WHERE wk >= wks), 0) AS conflicts
          FROM weekly, span GROUP BY s, t)
        SELECT s, t, CAST(date_trunc('week', first) AS DATE), baseline, squares, recent, conflicts, ws
        FROM sums JOIN firsts USING (s, t), span ORDER BY s, t""".formatted(asOf, query.level().sourceColumn,
        query.level().targetColumn, ofProvenance(query.provenance()));
    try (PreparedStatement p = connection.prepareStatement(sql)) {
      p.setInt(1, query.window());
      List<Alert> alerts = new ArrayList<>();
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          Alerts.Series series = new Alerts.Series(r.getString(1), r.getString(2), r.getObject(3, LocalDate.class),
              r.getDouble(4), r.getDouble(5), r.getDouble(6), r.getLong(7));
          Alerts.judge(series, r.getObject(8, LocalDate.class), query).ifPresent(alerts::add);
        }
      }
      alerts.sort(Comparator.comparingDouble(Alert::z).reversed().thenComparing(Alert::source).thenComparing(Alert::target));
      return alerts;
    }
  }

  /**
   * A further condition on events of one provenance ({@code null}: none), as a literal: the label
   * is one of {@link Provenance}'s lower-case words, and a literal lets DuckDB prune by it.
   */
  private static String ofProvenance(Provenance provenance) {
    return provenance == null ? "" : " AND provenance = '" + provenance.label() + "'";
  }

  /** See {@link EventStore#eventDates}. */
  EventStore.DateRange eventDates() throws SQLException {
    try (Statement s = connection.createStatement();
        ResultSet r = s.executeQuery("SELECT min(event_date), max(event_date), count(*) FILTER (WHERE event_date IS NULL)"
            + " FROM events WHERE primary_report AND modality = 'asserted'")) {
      r.next();
      return new EventStore.DateRange(r.getObject(1, LocalDate.class), r.getObject(2, LocalDate.class), r.getLong(3));
    }
  }

  /** See {@link EventStore#counts}. */
  EventStore.Counts counts() throws SQLException {
    try (Statement s = connection.createStatement();
        ResultSet r = s.executeQuery("SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM events WHERE modality = 'asserted')")) {
      r.next();
      return new EventStore.Counts(r.getLong(1), r.getLong(2));
    }
  }

  /** See {@link EventStore#fusion}. */
  EventStore.Fusion fusion() throws SQLException {
    try (Statement s = connection.createStatement();
        ResultSet r = s.executeQuery("SELECT (SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL),"
            + " (SELECT count(*) FILTER (WHERE NOT primary_report) FROM events WHERE modality = 'asserted'),"
            + " (SELECT count(*) FILTER (WHERE primary_report) FROM events WHERE modality = 'asserted')")) {
      r.next();
      return new EventStore.Fusion(r.getLong(1), r.getLong(2), r.getLong(3));
    }
  }
}
