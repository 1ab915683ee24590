package org.dyad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.dyad.model.Article;
import org.dyad.model.Event;
import org.dyad.model.Location;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Writes articles: an original with its events (fused with stored events by {@link
 * ReportFusion}) and its MinHash signature, in one transaction, the events through DuckDB's
 * Appender; or a near-duplicate, which names its original and gets no events. The Appender fills
 * the columns of {@code events} in table order, so a new column is one more {@code append} at the
 * end of {@link #appendEvents}. Not thread-safe (one connection); its statements close with the
 * connection.
 */
final class EventWriter {
  /** The {@code provenance} of the events Dyad codes (imported ones name their format). */
  static final String PROVENANCE = "dyad";

  private final Connection connection;
  private final SignatureTable signatures;
  private final ReportFusion fusion;
  /** Statements of every save, prepared once per connection (parsing and planning cost DuckDB more than running them). */
  private PreparedStatement containsQuery;
  private PreparedStatement insertArticle;

  EventWriter(Connection connection, SignatureTable signatures) {
    this.connection = connection;
    this.signatures = signatures;
    this.fusion = new ReportFusion(connection);
  }

  boolean contains(String contentHash) throws SQLException {
    if (containsQuery == null) {
      containsQuery = connection.prepareStatement("SELECT 1 FROM articles WHERE hash = ?");
    }
    containsQuery.setString(1, contentHash);
    try (ResultSet r = containsQuery.executeQuery()) {
      return r.next();
    }
  }

  /** See {@link EventStore#save}. */
  boolean save(Article article, String contentHash, List<Event> events) throws SQLException {
    if (contains(contentHash)) {
      return false;
    }
    connection.setAutoCommit(false);
    try {
      List<String> earlier = fusion.earlierEvents(contentHash, article.date(), events);
      insertArticle(article, contentHash, null);
      appendEvents(contentHash, article.date(), events, earlier);
      fusion.record(contentHash, article.date(), events, earlier);
      signatures.add(contentHash, MinHash.of(article.text()));
      connection.commit();
    } catch (SQLException e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(true);
    }
    fusion.compactIfDue();
    return true;
  }

  /** See {@link EventStore#saveDuplicate}. */
  boolean saveDuplicate(Article article, String contentHash, String originalHash) throws SQLException {
    if (contains(contentHash)) {
      return false;
    }
    if (!contains(originalHash)) {
      throw new IllegalArgumentException("no stored article " + originalHash + " for " + article.id() + " to duplicate");
    }
    insertArticle(article, contentHash, originalHash);
    return true;
  }

  /** Inserts an article; {@code duplicateOf} names the original of a near-duplicate, else {@code null}. */
  private void insertArticle(Article a, String hash, String duplicateOf) throws SQLException {
    if (insertArticle == null) {
      insertArticle = connection.prepareStatement(
          "INSERT INTO articles (hash, id, source, title, published, text, duplicate_of) VALUES (?, ?, ?, ?, ?, ?, ?)");
    }
    PreparedStatement p = insertArticle;
    p.setString(1, hash);
    p.setString(2, a.id());
    p.setString(3, a.source());
    p.setString(4, a.title());
    p.setObject(5, a.date());
    p.setString(6, a.text());
    p.setString(7, duplicateOf);
    p.executeUpdate();
  }

  /** The date of the act: the event's own, else its article's (see {@link FusionRule.Report#of}). */
  static LocalDate eventDate(Event e, LocalDate published) {
    return e.time().date() != null ? e.time().date() : e.date() != null ? e.date() : published;
  }

  /** Appends the events, one row each, in the column order of {@code events} (schema v1 to the newest). */
  private void appendEvents(String hash, LocalDate published, List<Event> events, List<String> earlier) throws SQLException {
    try (DuckDBAppender app = connection.unwrap(DuckDBConnection.class).createAppender(DuckDBConnection.DEFAULT_SCHEMA, "events")) {
      for (int n = 0; n < events.size(); n++) {
        Event e = events.get(n);
        Location l = e.location();
        app.beginRow()
            .append(hash).append(n).append(e.docId()).append(e.date() != null ? e.date() : published)
            .append(e.source().actor().code()).append(e.source().actor().country()).append(e.source().actor().agent())
            .append(e.source().actor().name()).append(e.source().text())
            .append(e.target().actor().code()).append(e.target().actor().country()).append(e.target().actor().agent())
            .append(e.target().actor().name()).append(e.target().text())
            .append(e.code().code()).append(e.code().root()).append(e.code().goldstein()).append(e.code().quadClass().number())
            .append(e.code().ploverType().name()).append(e.code().ploverMode())
            .append(e.sentenceIndex()).append(e.sentenceText()).append(e.span().start()).append(e.span().end())
            .append(e.evidence().rule()).append(e.evidence().entry()).append(e.evidence().trigger()).append(e.attribution())
            .append(e.hedged()).append(String.join(",", e.issues()))
            .append(l == null ? null : l.written()).append(l == null ? null : l.name())
            .append(l == null ? null : (Long) l.geonameId()).append(l == null ? null : l.feature())
            .append(l == null ? null : l.country()).append(l == null ? null : l.admin1())
            .append(l == null ? null : (Double) l.latitude()).append(l == null ? null : (Double) l.longitude())
            .append(l == null ? null : l.precision().name().toLowerCase(Locale.ROOT))
            .append(l == null ? null : l.method())
            // v2: evidence spans
            .append(e.source().span().start()).append(e.source().span().end())
            .append(e.target().span().start()).append(e.target().span().end())
            .append(e.evidence().triggerSpan().start()).append(e.evidence().triggerSpan().end())
            // v3: fusion
            .append(earlier.get(n) != null ? earlier.get(n) : hash + "-" + n).append(earlier.get(n) == null)
            // v6: the rule that fused the report
            .append(earlier.get(n) != null ? FusionRule.NAME : null)
            // v8: where each actor's country came from
            .append(e.source().countryFrom().label()).append(e.target().countryFrom().label())
            // v9: modality, toll, date of the act, conflict type
            .append(e.modality().label())
            .append(e.casualties().fatalities()).append(e.casualties().injured()).append(e.casualties().arrested())
            .append(e.casualties().words())
            .append(eventDate(e, published)).append(e.time().date() != null ? e.time().precision().label() : "day")
            .append(e.conflictType().eventType()).append(e.conflictType().subEventType())
            // v10: coded by Dyad, so no external id and no imported columns
            .append(PROVENANCE).append((String) null).append((String) null)
            .endRow();
      }
    }
  }
}
