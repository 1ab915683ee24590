package org.dyad.store;

import java.sql.Connection;
import java.sql.Statement;
import java.sql.SQLException;

/**
 * Synthetic events for benchmarks ({@code bench-store}, {@code bench-serve}): 200 countries with
 * skewed activity (a few dyads very active, as in real data), 20 CAMEO roots, three years of days
 * in random order (the worst case for date-bounded reads). Generated in DuckDB by one {@code
 * INSERT … SELECT} that names its columns, so a new nullable column of {@code events} needs no
 * change here (the v9 columns are filled: asserted, dated by the article to the day, no toll); pseudo-random from DuckDB's {@code hash} of the row number, draw and seed, so a
 * seed gives the same store.
 */
final class SyntheticEvents {
  /** Six uniform draws in (0, 1] per row, a Gaussian |g| from Box–Muller for each actor, and a country code from it. */
  private static final String ROWS = """
      WITH u AS (
        SELECT i, 1 - (hash(i * 8 + 1 + $seed) >> 11) / 9007199254740992.0 AS u1, (hash(i * 8 + 2 + $seed) >> 11) / 9007199254740992.0 AS u2,
               1 - (hash(i * 8 + 3 + $seed) >> 11) / 9007199254740992.0 AS u3, (hash(i * 8 + 4 + $seed) >> 11) / 9007199254740992.0 AS u4,
               hash(i * 8 + 5 + $seed) % 20 + 1 AS r, hash(i * 8 + 6 + $seed) % 1095 AS d
        FROM range($n) t(i)),
      g AS (
        SELECT i, r, d, least(199, floor(abs(sqrt(-2 * ln(u1)) * cos(2 * pi() * u2)) * 30))::INTEGER AS si,
               least(199, floor(abs(sqrt(-2 * ln(u3)) * cos(2 * pi() * u4)) * 30))::INTEGER AS ti
        FROM u)
      SELECT i, r, d, 'C' || chr(65 + (si // 26) % 26) || chr(65 + si % 26) AS s, 'C' || chr(65 + (ti // 26) % 26) || chr(65 + ti % 26) AS t,
             lpad(r::VARCHAR, 2, '0') AS root
      FROM g""";

  private static final String INSERT = """
      INSERT INTO coded_events (article_hash, event_no, doc_id, published,
        source_code, source_country, source_agent, source_name, source_text,
        target_code, target_country, target_agent, target_name, target_text,
        cameo, root, goldstein, quad_class, plover_type, plover_mode,
        sentence_index, sentence_text, span_start, span_end, rule, entry, trigger, attribution, hedged, issues,
        source_start, source_end, target_start, target_end, trigger_start, trigger_end, event_key, primary_report,
        modality, casualty_words, event_date, time_precision, event_type, sub_event_type)
      SELECT 'synthetic-' || (i // 5), (i % 5)::INTEGER, 'synthetic', DATE '2023-01-01' + (d::INTEGER),
             s, s, '', s, s, t, t, '', t, t,
             root || '0', root, CASE WHEN r <= 8 THEN 3.0 ELSE -5.0 END,
             CASE WHEN r <= 5 THEN 1 WHEN r <= 8 THEN 2 WHEN r <= 13 THEN 3 ELSE 4 END, 'ASSAULT', '',
             0, '', 0, 0, 'synthetic', '', '', '', false, '', 0, 0, 0, 0, 0, 0,
             'synthetic-' || (i // 5) || '-' || (i % 5), true,
             'asserted', '', DATE '2023-01-01' + (d::INTEGER), 'day', '', ''
      FROM ($rows) ORDER BY i""";

  private SyntheticEvents() {}

  /** Adds {@code n} synthetic events to a fresh store, and to its fusion lookup sorted by day, in one transaction. */
  static void fill(Connection connection, long n, long seed) throws SQLException {
    String rows = ROWS.replace("$seed", Long.toString((seed & 0xFFFFF) << 40)).replace("$n", Long.toString(n));
    connection.setAutoCommit(false);
    // Plain statements, run one after the other: a statement prepared while events was empty
    // would keep a plan that DuckDB had pruned to nothing from the empty table's statistics.
    try (Statement s = connection.createStatement()) {
      s.executeUpdate(INSERT.replace("$rows", rows));
      s.executeUpdate("""
          INSERT INTO fusion_lookup SELECT event_key, event_date, source_code, target_code, root, cameo, geonames_id, precision,
          sentence_text FROM coded_events WHERE doc_id = 'synthetic' AND primary_report ORDER BY event_date, source_code, target_code""");
      connection.commit();
    } catch (SQLException e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(true);
    }
  }
}
