package org.dyad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Which stored articles a re-coding takes, and clearing their events. An article is taken when it
 * is an original (not a near-duplicate) published on or after the day asked and its events were
 * made by another coder (or an unknown one); then, transitively, every article with a report fused
 * into an event of a taken one, since that event is about to go. Articles come in storage order,
 * the order they were fused in, so fusing them again decides as ingest did. Not thread-safe.
 */
final class Recoding {
  /** The taken articles, and those fused into them, transitively; by hash. */
  private static final String TAKEN = """
      WITH RECURSIVE taken(hash) AS (
        SELECT hash FROM articles
        WHERE duplicate_of IS NULL AND (CAST(? AS DATE) IS NULL OR published >= ?) AND coder_version IS DISTINCT FROM ?
        UNION
        SELECT e.article_hash FROM events e JOIN taken t ON e.event_key LIKE t.hash || '-%' AND NOT e.primary_report)
      SELECT DISTINCT hash FROM taken""";

  private final Connection connection;

  Recoding(Connection connection) {
    this.connection = connection;
  }

  /** See {@link EventStore#toRecode}. */
  List<StoredArticle> pending(LocalDate since, String coderVersion) throws SQLException {
    String sql = "SELECT a.hash, a.id, a.source, a.title, a.published, a.text FROM articles a WHERE a.hash IN (" + TAKEN + ")"
        + " ORDER BY a.ingested_at, a.rowid";
    try (PreparedStatement p = connection.prepareStatement(sql)) {
      p.setObject(1, since);
      p.setObject(2, since);
      p.setString(3, coderVersion);
      List<StoredArticle> found = new ArrayList<>();
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          found.add(new StoredArticle(r.getString(1), r.getString(2), r.getString(3), r.getString(4),
              r.getObject(5, LocalDate.class), 0, null, r.getString(6)));
        }
      }
      return found;
    }
  }

  /**
   * Removes the events of the given articles and their rows in the fusion lookup, and marks the
   * articles as coded by no one, in one transaction: a re-coding stopped after this finds them again.
   */
  void clear(List<String> hashes) throws SQLException {
    if (hashes.isEmpty()) {
      return;
    }
    Transaction.run(connection, () -> {
      clearInTransaction(hashes);
      return null;
    });
  }

  private void clearInTransaction(List<String> hashes) throws SQLException {
    try (Statement s = connection.createStatement()) {
      s.execute("CREATE TEMP TABLE recode_hashes (hash VARCHAR PRIMARY KEY)");
      try (PreparedStatement p = connection.prepareStatement("INSERT INTO recode_hashes VALUES (?)")) {
        for (String h : hashes) {
          p.setString(1, h);
          p.addBatch();
        }
        p.executeBatch();
      }
      String keys = "(SELECT article_hash || '-' || event_no FROM coded_events WHERE article_hash IN (SELECT hash FROM recode_hashes))";
      s.execute("DELETE FROM fusion_lookup WHERE event_key IN " + keys);
      s.execute("DELETE FROM fusion_recent WHERE event_key IN " + keys);
      s.execute("DELETE FROM coded_events WHERE article_hash IN (SELECT hash FROM recode_hashes)");
      s.execute("UPDATE articles SET coder_version = NULL WHERE hash IN (SELECT hash FROM recode_hashes)");
      s.execute("DROP TABLE recode_hashes");
    }
  }
}
