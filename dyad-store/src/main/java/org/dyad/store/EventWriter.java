package org.dyad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dyad.model.Article;
import org.dyad.model.Event;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Writes articles: an original with its events (fused with stored events by {@link
 * ReportFusion}) and its MinHash signature, in one transaction, the events through DuckDB's
 * Appender; or a near-duplicate, which names its original and gets no events. The Appender fills
 * the columns of {@code coded_events} (the reports Dyad codes; {@code events} is the view of
 * them and the imported ones, schema v17) in table order, from {@link EventColumns}. Inside a batch ({@link
 * #inOneTransaction}) the articles, their events and their signatures are held ({@link PendingRows})
 * and written once, just before the commit: each statement costs DuckDB about as much for one
 * article's rows as for a batch's (an Appender's flush 2 ms at 10 million events, measured), and
 * nothing in a batch reads them back (fusion reads its own lookup, the sentences for fusion by
 * meaning included; the batch's hashes are known here).
 * Not thread-safe (one connection); its statements close with the connection.
 */
final class EventWriter {
  /** The {@code provenance} of the events Dyad codes (imported ones name their format). */

  private final Connection connection;
  private final SignatureTable signatures;
  private final ReportFusion fusion;
  /** Statements of every save, prepared once per connection (parsing and planning cost DuckDB more than running them). */
  private PreparedStatement containsQuery;
  private PreparedStatement insertArticle;
  /** Whether failed_articles holds any row; {@code null} until looked up. */
  private Boolean failures;
  /** What the open batch saved, written just before it commits; {@code null} outside a batch. */
  private PendingRows batch;
  /** Inserts of several articles in one statement, by their number, prepared once per connection. */
  private final java.util.Map<Integer, PreparedStatement> insertArticles = new java.util.HashMap<>();

  EventWriter(Connection connection, SignatureTable signatures) {
    this.connection = connection;
    this.signatures = signatures;
    this.fusion = new ReportFusion(connection);
  }

  boolean contains(String contentHash) throws SQLException {
    if (batch != null && batch.holds(contentHash)) {
      return true;
    }
    if (containsQuery == null) {
      containsQuery = connection.prepareStatement("SELECT 1 FROM articles WHERE hash = ?");
    }
    containsQuery.setString(1, contentHash);
    try (ResultSet r = containsQuery.executeQuery()) {
      return r.next();
    }
  }

  /** See {@link EventStore#save}; {@code coderVersion} and {@code meaning} may be {@code null} (not known; the rule alone). */
  boolean save(Article article, String contentHash, List<Event> events, String coderVersion, ReportMeaning meaning) throws SQLException {
    if (contains(contentHash)) {
      return false;
    }
    if (batch != null) {
      forgetFailure(contentHash);
      batch.article(article, contentHash, coderVersion);
      writeEvents(article, contentHash, events, coderVersion, meaning);
      batch.signature(contentHash, MinHash.of(article.text()));
      return true;
    }
    Transaction.run(connection, () -> {
      forgetFailure(contentHash);
      insertArticle(article, contentHash, null, coderVersion);
      writeEvents(article, contentHash, events, coderVersion, meaning);
      signatures.add(contentHash, MinHash.of(article.text()));
      return null;
    });
    fusion.compactIfDue();
    return true;
  }

  /**
   * Stores the events of a stored article whose events {@link Recoding#clear} removed, coded anew,
   * fused as a new article's are, in one transaction. See {@link EventStore#saveRecoded}.
   */
  void saveRecoded(Article article, String contentHash, List<Event> events, String coderVersion, ReportMeaning meaning)
      throws SQLException {
    Transaction.run(connection, () -> {
      forgetFailure(contentHash);
      writeEvents(article, contentHash, events, coderVersion, meaning);
      try (PreparedStatement p = connection.prepareStatement("UPDATE articles SET coder_version = ? WHERE hash = ?")) {
        p.setString(1, coderVersion);
        p.setString(2, contentHash);
        return p.executeUpdate();
      }
    });
    fusion.compactIfDue();
  }

  /** Fuses and appends an article's events and records their coder (v11), inside the caller's transaction. */
  private void writeEvents(Article article, String contentHash, List<Event> events, String coderVersion, ReportMeaning meaning)
      throws SQLException {
    List<FusionRule.Earlier> earlier = fusion.earlierEvents(contentHash, article.date(), events, meaning);
    List<List<Object>> rows = new ArrayList<>();
    for (int n = 0; n < events.size(); n++) {
      FusionRule.Earlier e = earlier.get(n);
      rows.add(EventColumns.values(contentHash, n, article.date(), events.get(n), e == null ? null : e.key(),
          e == null ? null : e.rule(), coderVersion));
    }
    if (batch != null) {
      batch.events(rows);
    } else {
      appendEvents(rows);
    }
    fusion.record(contentHash, article.date(), events, earlier, meaning != null);
  }

  /**
   * Runs a batch of saves in one transaction (see {@link EventStore#inOneTransaction}): one commit
   * for the batch instead of one per article; the fusion lookup is compacted after it.
   */
  <T> T inOneTransaction(Transaction.Work<T> saves) throws SQLException {
    if (batch != null || !connection.getAutoCommit()) {
      return saves.run(); // inside a batch already: it writes and commits
    }
    batch = new PendingRows();
    try {
      return Transaction.run(connection, () -> {
        T result = saves.run();
        insertArticles(batch.articles());
        appendEvents(batch.events());
        signatures.addAll(batch.signatures());
        return result;
      });
    } catch (SQLException | RuntimeException e) {
      fusion.forget();
      throw e;
    } finally {
      batch = null;
      fusion.compactIfDue();
    }
  }

  /** See {@link EventStore#saveFailed}. */
  void saveFailed(Article a, String hash, String reason, String coderVersion) throws SQLException {
    try (PreparedStatement p = connection.prepareStatement("INSERT OR REPLACE INTO failed_articles"
        + " (hash, id, source, title, published, text, reason, coder_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      setArticle(p, a, hash);
      p.setString(7, reason);
      p.setString(8, coderVersion);
      p.executeUpdate();
    }
    failures = true;
  }

  /** Removes an article's failure record, once it is saved; looked up only while the store holds any. */
  private void forgetFailure(String hash) throws SQLException {
    if (failures == null) {
      try (Statement s = connection.createStatement();
          ResultSet r = s.executeQuery("SELECT EXISTS (SELECT 1 FROM failed_articles)")) {
        r.next();
        failures = r.getBoolean(1);
      }
    }
    if (failures) {
      try (PreparedStatement p = connection.prepareStatement("DELETE FROM failed_articles WHERE hash = ?")) {
        p.setString(1, hash);
        p.executeUpdate();
      }
    }
  }

  /** See {@link EventStore#saveDuplicate}. */
  boolean saveDuplicate(Article article, String contentHash, String originalHash) throws SQLException {
    if (contains(contentHash)) {
      return false;
    }
    if (!contains(originalHash)) {
      throw new IllegalArgumentException("no stored article " + originalHash + " for " + article.id() + " to duplicate");
    }
    insertArticle(article, contentHash, originalHash, null);
    return true;
  }

  /** Inserts an article; {@code duplicateOf} names the original of a near-duplicate, else {@code null}. */
  private void insertArticle(Article a, String hash, String duplicateOf, String coderVersion) throws SQLException {
    if (insertArticle == null) {
      insertArticle = connection.prepareStatement(
          "INSERT INTO articles (hash, id, source, title, published, text, duplicate_of, coder_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    }
    PreparedStatement p = insertArticle;
    setArticle(p, a, hash);
    p.setString(7, duplicateOf);
    p.setString(8, coderVersion);
    p.executeUpdate();
  }

  /** Inserts a batch's articles ({@link PendingRows#article} rows) in one statement. */
  private void insertArticles(List<Object[]> rows) throws SQLException {
    if (rows.isEmpty()) {
      return;
    }
    PreparedStatement p = insertArticles.get(rows.size());
    if (p == null) {
      p = connection.prepareStatement("INSERT INTO articles (hash, id, source, title, published, text, duplicate_of, coder_version) VALUES "
          + String.join(", ", java.util.Collections.nCopies(rows.size(), "(?, ?, ?, ?, ?, ?, ?, ?)")));
      insertArticles.put(rows.size(), p);
    }
    int n = 1;
    for (Object[] row : rows) {
      for (Object value : row) {
        p.setObject(n++, value);
      }
    }
    p.executeUpdate();
  }

  /** Sets an article's hash, id, source, title, date and text as parameters 1 to 6. */
  private static void setArticle(PreparedStatement p, Article a, String hash) throws SQLException {
    p.setString(1, hash);
    p.setString(2, a.id());
    p.setString(3, a.source());
    p.setString(4, a.title());
    p.setObject(5, a.date());
    p.setString(6, a.text());
  }

  /** Appends rows of {@link EventColumns#values}, in the column order of {@code coded_events} (schema v1 to the newest). */
  private void appendEvents(List<List<Object>> rows) throws SQLException {
    if (rows.isEmpty()) {
      return;
    }
    try (DuckDBAppender app = connection.unwrap(DuckDBConnection.class).createAppender(DuckDBConnection.DEFAULT_SCHEMA, "coded_events")) {
      for (List<Object> row : rows) {
        app.beginRow();
        for (Object value : row) {
          append(app, value);
        }
        app.endRow();
      }
    }
  }

  /** Appends one value of {@link EventColumns#values} by its type. */
  private static void append(DuckDBAppender app, Object value) throws SQLException {
    if (value == null) {
      app.appendNull();
    } else if (value instanceof String v) {
      app.append(v);
    } else if (value instanceof Integer v) {
      app.append(v.intValue());
    } else if (value instanceof Long v) {
      app.append(v.longValue());
    } else if (value instanceof Double v) {
      app.append(v.doubleValue());
    } else if (value instanceof Boolean v) {
      app.append(v.booleanValue());
    } else if (value instanceof LocalDate v) {
      app.append(v);
    } else {
      throw new IllegalArgumentException("no column type for " + value.getClass().getName());
    }
  }
}
