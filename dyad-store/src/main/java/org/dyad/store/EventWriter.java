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
 * ReportFusion}) and its MinHash signature, or a near-duplicate, which names its original and gets
 * no events. The Appender fills the columns of {@code coded_events} (the reports Dyad codes; {@code
 * events} is the view of them and the imported ones, schema v17) in table order, from {@link
 * EventColumns}.
 *
 * <p>Every save runs in a transaction ({@link #inOneTransaction}: a batch's, or its own), whose
 * rows are held ({@link PendingRows}) until its commit: nothing in it reads them back from the
 * tables (contains, fusion and the near-duplicate lookup read the held rows too). At the commit a
 * small transaction, one or a few saves, writes its rows as one entry of the {@link SaveJournal}
 * (one row in one table: about 1 ms at 10 million events, where rows in the five tables cost DuckDB
 * 6-8 ms for its work per table and per transaction, measured); the journaled rows are written to
 * their tables, and the journal emptied, by the first transaction that brings them to {@link
 * #JOURNAL_LIMIT} articles, by {@link #flush} (before any read of the store, and at its close),
 * and by the store's next open after a process stopped with entries left. Not thread-safe (one
 * connection); its statements close with the connection.
 */
final class EventWriter {
  /** Articles the journal holds at most; a transaction that would pass it writes every held row to its table. */
  static final int JOURNAL_LIMIT = 32;

  private final Connection connection;
  private final SignatureTable signatures;
  private final ReportFusion fusion;
  private final SaveJournal journal;
  /** Statements of every save, prepared once per connection (parsing and planning cost DuckDB more than running them). */
  private PreparedStatement containsQuery;
  /** Whether failed_articles holds any row; {@code null} until looked up. */
  private Boolean failures;
  /** Rows committed in the journal and not yet in their tables, in save order. */
  private PendingRows journaled = new PendingRows();
  /** The open transaction's rows; {@code null} outside a transaction. */
  private PendingRows open;
  /** Whether the open transaction has written {@link #journaled} to the tables (to be forgotten at its commit). */
  private boolean journaledWritten;
  /** Inserts of several articles in one statement, by their number, prepared once per connection. */
  private final java.util.Map<Integer, PreparedStatement> insertArticles = new java.util.HashMap<>();

  EventWriter(Connection connection, SignatureTable signatures) {
    this.connection = connection;
    this.signatures = signatures;
    this.fusion = new ReportFusion(connection);
    this.journal = new SaveJournal(connection);
  }

  /** Writes the journal's entries left by a process that stopped before writing them; on opening the store. */
  void recover() throws SQLException {
    journaled = journal.entries();
    flush();
  }

  boolean contains(String contentHash) throws SQLException {
    if ((open != null && open.holds(contentHash)) || journaled.holds(contentHash)) {
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

  /** The signatures of saved articles not yet in their table, for the near-duplicate lookup. */
  java.util.Map<String, MinHash> heldSignatures() {
    java.util.Map<String, MinHash> held = new java.util.LinkedHashMap<>();
    if (!journaledWritten) {
      held.putAll(journaled.signatures());
    }
    if (open != null) {
      held.putAll(open.signatures());
    }
    return held;
  }

  /** See {@link EventStore#save}; {@code coderVersion} and {@code meaning} may be {@code null} (not known; the rule alone). */
  boolean save(Article article, String contentHash, List<Event> events, String coderVersion, ReportMeaning meaning) throws SQLException {
    if (open == null) {
      return inOneTransaction(() -> save(article, contentHash, events, coderVersion, meaning));
    }
    if (contains(contentHash)) {
      return false;
    }
    forgetFailure(contentHash);
    open.article(article, contentHash, null, coderVersion);
    writeEvents(article, contentHash, events, coderVersion, meaning);
    open.signature(contentHash, MinHash.of(article.text()));
    return true;
  }

  /**
   * Stores the events of a stored article whose events {@link Recoding#clear} removed, coded anew,
   * fused as a new article's are, in one transaction. See {@link EventStore#saveRecoded}.
   */
  void saveRecoded(Article article, String contentHash, List<Event> events, String coderVersion, ReportMeaning meaning)
      throws SQLException {
    inOneTransaction(() -> {
      flush(); // re-coding changes stored rows: the transaction writes its rows to the tables, not to the journal
      forgetFailure(contentHash);
      writeEvents(article, contentHash, events, coderVersion, meaning);
      try (PreparedStatement p = connection.prepareStatement("UPDATE articles SET coder_version = ? WHERE hash = ?")) {
        p.setString(1, coderVersion);
        p.setString(2, contentHash);
        return p.executeUpdate();
      }
    });
  }

  /** Fuses an article's events and holds their rows and their new primary reports, in the open transaction. */
  private void writeEvents(Article article, String contentHash, List<Event> events, String coderVersion, ReportMeaning meaning)
      throws SQLException {
    List<PendingRows.RecentReport> held = new ArrayList<>(journaledWritten ? List.of() : journaled.reports());
    held.addAll(open.reports());
    List<FusionRule.Earlier> earlier = fusion.earlierEvents(contentHash, article.date(), events, meaning, held);
    List<List<Object>> rows = new ArrayList<>();
    for (int n = 0; n < events.size(); n++) {
      FusionRule.Earlier e = earlier.get(n);
      rows.add(EventColumns.values(contentHash, n, article.date(), events.get(n), e == null ? null : e.key(),
          e == null ? null : e.rule(), coderVersion));
    }
    open.events(rows);
    open.reports(ReportFusion.newReports(contentHash, article.date(), events, earlier, meaning != null));
  }

  /**
   * Runs saves in one transaction (see {@link EventStore#inOneTransaction}): one commit for all of
   * them instead of one each. At the commit their rows go to the journal, or, with the journaled
   * rows, to their tables (see the class comment); the fusion lookup is compacted after a write.
   */
  <T> T inOneTransaction(Transaction.Work<T> saves) throws SQLException {
    if (open != null || !connection.getAutoCommit()) {
      return saves.run(); // inside a transaction already: it writes and commits
    }
    open = new PendingRows();
    journaledWritten = false;
    boolean[] toJournal = {false};
    try {
      T result = Transaction.run(connection, () -> {
        T r = saves.run();
        if (open.isEmpty()) {
          return r;
        }
        if (!journaledWritten && journaled.size() + open.size() < JOURNAL_LIMIT) {
          journal.append(open);
          toJournal[0] = true;
        } else {
          writeJournaled();
          write(open);
        }
        return r;
      });
      if (toJournal[0]) {
        journaled.addAll(open);
      } else if (journaledWritten) {
        journaled = new PendingRows();
      }
      return result;
    } catch (SQLException | RuntimeException e) {
      fusion.forget();
      journal.forget();
      throw e;
    } finally {
      open = null;
      journaledWritten = false;
      fusion.compactIfDue();
    }
  }

  /**
   * Writes the journaled rows to their tables and empties the journal: in a transaction of its own,
   * or, inside an open transaction, in that one (they are forgotten at its commit). Before a read
   * or a change of stored rows, and at close.
   */
  void flush() throws SQLException {
    if (open != null) {
      writeJournaled();
      return;
    }
    if (journaled.isEmpty()) {
      return;
    }
    inOneTransaction(() -> {
      writeJournaled();
      return null;
    });
  }

  /** Writes the journaled rows to their tables and empties the journal, once per open transaction. */
  private void writeJournaled() throws SQLException {
    if (journaledWritten) {
      return;
    }
    if (!journaled.isEmpty()) {
      write(journaled);
      journal.clear();
    }
    journaledWritten = true;
  }

  /** Writes held rows to their tables, one statement or Appender a table. */
  private void write(PendingRows rows) throws SQLException {
    insertArticles(rows.articles());
    appendEvents(rows.events());
    signatures.addAll(rows.signatures());
    fusion.write(rows.reports());
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
    if (open == null) {
      return inOneTransaction(() -> saveDuplicate(article, contentHash, originalHash));
    }
    if (contains(contentHash)) {
      return false;
    }
    if (!contains(originalHash)) {
      throw new IllegalArgumentException("no stored article " + originalHash + " for " + article.id() + " to duplicate");
    }
    open.article(article, contentHash, originalHash, null);
    return true;
  }

  /** Inserts articles ({@link PendingRows#article} rows) in one statement. */
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
