package org.dyad.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Collectors;
import org.dyad.model.DyadInputException;

/**
 * Loads the output of {@code dyad spark code} ({@code articles/} and {@code reports/}, Parquet)
 * into the store, in one transaction, with DuckDB reading the Parquet itself: the articles not
 * stored yet (by content hash; so loading twice adds nothing), their reports as the Spark job
 * fused them, their MinHash signatures (so later ingests find their near-duplicates) and their
 * primary reports in the fusion lookup (so later ingests fuse with them). Reports are not fused
 * again with events stored before: a run is loaded as it was fused. Not thread-safe.
 */
final class SparkRunImport {
  private final Connection connection;
  private final SignatureTable signatures;

  SparkRunImport(Connection connection, SignatureTable signatures) {
    this.connection = connection;
    this.signatures = signatures;
  }

  /** See {@link DuckDbStore#loadSparkRun}. */
  DuckDbStore.Loaded load(Path dir) throws SQLException, DyadInputException {
    String articles = parquet(dir, "articles");
    String reports = parquet(dir, "reports");
    String columns = EventColumns.COLUMNS.stream().map(EventColumns.Column::name).collect(Collectors.joining(", "));
    try {
      return Transaction.run(connection, () -> insert(articles, reports, columns));
    } catch (SQLException e) {
      throw new DyadInputException(dir + ": cannot load as the output of 'dyad spark code': " + e.getMessage(), e);
    }
  }

  private DuckDbStore.Loaded insert(String articles, String reports, String columns) throws SQLException {
    try (Statement s = connection.createStatement()) {
      s.execute("CREATE TEMP TABLE run_articles AS SELECT hash, id, source, title, published, text, duplicate_of, coder_version FROM "
          + articles + " WHERE hash NOT IN (SELECT hash FROM articles) ORDER BY published, hash");
      s.execute("INSERT INTO articles (hash, id, source, title, published, text, duplicate_of, coder_version)"
          + " SELECT hash, id, source, title, published, text, duplicate_of, coder_version FROM run_articles");
      s.execute("INSERT INTO coded_events (" + columns + ") SELECT " + columns + " FROM " + reports
          + " WHERE article_hash IN (SELECT hash FROM run_articles) ORDER BY article_hash, event_no");
      s.execute("INSERT INTO fusion_recent (event_key, event_date, source_code, target_code, root, cameo, geonames_id, precision,"
          + " sentence_text) SELECT event_key, event_date, source_code, target_code, root, cameo, geonames_id, precision, sentence_text"
          + " FROM events"
          + " WHERE primary_report AND modality = 'asserted' AND event_date IS NOT NULL AND article_hash IN (SELECT hash FROM run_articles)");
      try (ResultSet r = s.executeQuery("SELECT hash, text FROM run_articles WHERE duplicate_of IS NULL")) {
        while (r.next()) {
          signatures.add(r.getString(1), MinHash.of(r.getString(2)));
        }
      }
      DuckDbStore.Loaded loaded = counts(s);
      s.execute("DROP TABLE run_articles");
      return loaded;
    }
  }

  private static DuckDbStore.Loaded counts(Statement s) throws SQLException {
    try (ResultSet r = s.executeQuery("SELECT count(*), count(duplicate_of),"
        + " (SELECT count(*) FROM events WHERE article_hash IN (SELECT hash FROM run_articles)) FROM run_articles")) {
      r.next();
      return new DuckDbStore.Loaded(r.getLong(1), r.getLong(2), r.getLong(3));
    }
  }

  /** A read_parquet over a part of the output, checked to be there. */
  private static String parquet(Path dir, String part) throws DyadInputException {
    Path folder = dir.resolve(part);
    if (!Files.isDirectory(folder)) {
      throw new DyadInputException(dir + ": not the output of 'dyad spark code' (no " + part + "/ directory)");
    }
    return "read_parquet('" + folder.toAbsolutePath().toString().replace("'", "''") + "/*.parquet')";
  }
}
