package org.dyad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Dates articles stored without a date, after the fact. An undated article's events have no date
 * of the act unless their sentence gave one, so they count in dyads and exports but in no
 * timeline, alert or date filter; dating the article dates them: {@code published} of the article
 * and its events, and {@code event_date} (precision {@code day}) of each event that had none. Its
 * primary asserted reports then join the fusion lookup, so later reports of the same event fuse
 * with them (reports already stored are not fused afresh). Already dated articles are left as they
 * are. Not thread-safe (one connection).
 */
final class ArticleDating {
  private final Connection connection;

  ArticleDating(Connection connection) {
    this.connection = connection;
  }

  /** See {@link EventStore#dateArticles}. */
  List<String> date(List<String> keys, LocalDate day) throws SQLException {
    return Transaction.run(connection, () -> {
      List<String> dated = new ArrayList<>();
      for (String key : keys) {
        try (PreparedStatement p = connection.prepareStatement(
            "SELECT hash FROM articles WHERE (hash = ? OR id = ?) AND published IS NULL ORDER BY hash")) {
          p.setString(1, key);
          p.setString(2, key);
          try (ResultSet r = p.executeQuery()) {
            while (r.next()) {
              dated.add(r.getString(1));
            }
          }
        }
      }
      for (String hash : dated) {
        update("UPDATE articles SET published = ? WHERE hash = ?", day, hash);
        update("UPDATE coded_events SET published = ? WHERE article_hash = ? AND published IS NULL", day, hash);
        update("UPDATE coded_events SET event_date = ?, time_precision = 'day' WHERE article_hash = ? AND event_date IS NULL", day, hash);
        update("""
            INSERT INTO fusion_recent (event_key, event_date, source_code, target_code, root, cameo, geonames_id, precision, sentence_text)
            SELECT event_key, event_date, source_code, target_code, root, cameo, geonames_id, precision, sentence_text FROM coded_events
            WHERE article_hash = ? AND primary_report AND modality = 'asserted'
              AND event_key NOT IN (SELECT event_key FROM fusion_recent UNION ALL SELECT event_key FROM fusion_lookup)""", null, hash);
      }
      return dated;
    });
  }

  private void update(String sql, LocalDate day, String hash) throws SQLException {
    try (PreparedStatement p = connection.prepareStatement(sql)) {
      int n = 1;
      if (day != null) {
        p.setObject(n++, day);
      }
      p.setString(n, hash);
      p.executeUpdate();
    }
  }
}
