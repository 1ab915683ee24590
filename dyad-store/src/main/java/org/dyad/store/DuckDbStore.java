package org.dyad.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dyad.model.Article;
import org.dyad.model.DyadInputException;
import org.dyad.model.Event;
import org.dyad.model.Location;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * The default {@link EventStore}: one embedded DuckDB file. The schema is versioned
 * ({@code schema_version}) and migrated on open; events are written through DuckDB's Appender
 * inside the article's transaction. Not thread-safe: one writer per file.
 */
public final class DuckDbStore implements EventStore {
  /** Schema migrations, applied in order; the index + 1 is the version they lead to. */
  private static final List<String> MIGRATIONS = List.of(
      """
      CREATE TABLE articles (
        hash VARCHAR PRIMARY KEY, id VARCHAR NOT NULL, source VARCHAR NOT NULL, title VARCHAR NOT NULL,
        published DATE, text VARCHAR NOT NULL, ingested_at TIMESTAMP NOT NULL DEFAULT current_timestamp);
      CREATE TABLE events (
        article_hash VARCHAR NOT NULL, event_no INTEGER NOT NULL, doc_id VARCHAR NOT NULL, published DATE,
        source_code VARCHAR NOT NULL, source_country VARCHAR NOT NULL, source_agent VARCHAR NOT NULL,
        source_name VARCHAR NOT NULL, source_text VARCHAR NOT NULL,
        target_code VARCHAR NOT NULL, target_country VARCHAR NOT NULL, target_agent VARCHAR NOT NULL,
        target_name VARCHAR NOT NULL, target_text VARCHAR NOT NULL,
        cameo VARCHAR NOT NULL, root VARCHAR NOT NULL, goldstein DOUBLE NOT NULL, quad_class INTEGER NOT NULL,
        plover_type VARCHAR NOT NULL, plover_mode VARCHAR NOT NULL,
        sentence_index INTEGER NOT NULL, sentence_text VARCHAR NOT NULL, span_start INTEGER NOT NULL, span_end INTEGER NOT NULL,
        rule VARCHAR NOT NULL, entry VARCHAR NOT NULL, trigger VARCHAR NOT NULL, attribution VARCHAR NOT NULL,
        hedged BOOLEAN NOT NULL, issues VARCHAR NOT NULL,
        place_written VARCHAR, place VARCHAR, geonames_id BIGINT, feature VARCHAR, place_country VARCHAR,
        admin1 VARCHAR, latitude DOUBLE, longitude DOUBLE, precision VARCHAR, location_method VARCHAR,
        PRIMARY KEY (article_hash, event_no));
      """);

  private final Path file;
  private final Connection connection;

  private DuckDbStore(Path file, Connection connection) {
    this.file = file;
    this.connection = connection;
  }

  /** Opens (creating if needed) a store file and brings its schema up to date. */
  public static DuckDbStore open(Path file) throws DyadInputException {
    try {
      Connection c = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath());
      DuckDbStore store = new DuckDbStore(file, c);
      store.migrate();
      return store;
    } catch (SQLException e) {
      throw new DyadInputException(file + ": cannot open as a Dyad store: " + e.getMessage(), e);
    }
  }

  /** The schema version of the open file. */
  public int schemaVersion() throws DyadInputException {
    try (Statement s = connection.createStatement();
        ResultSet r = s.executeQuery("SELECT max(version) FROM schema_version")) {
      r.next();
      return r.getInt(1);
    } catch (SQLException e) {
      throw problem(e);
    }
  }

  private void migrate() throws SQLException, DyadInputException {
    try (Statement s = connection.createStatement()) {
      s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL, applied_at TIMESTAMP DEFAULT current_timestamp)");
    }
    for (int v = schemaVersion(); v < MIGRATIONS.size(); v++) {
      connection.setAutoCommit(false);
      try (Statement s = connection.createStatement()) {
        s.execute(MIGRATIONS.get(v));
        s.execute("INSERT INTO schema_version (version) VALUES (" + (v + 1) + ")");
        connection.commit();
      } catch (SQLException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(true);
      }
    }
  }

  @Override
  public boolean contains(String contentHash) throws DyadInputException {
    try (PreparedStatement p = connection.prepareStatement("SELECT 1 FROM articles WHERE hash = ?")) {
      p.setString(1, contentHash);
      try (ResultSet r = p.executeQuery()) {
        return r.next();
      }
    } catch (SQLException e) {
      throw problem(e);
    }
  }

  @Override
  public boolean save(Article article, String contentHash, List<Event> events) throws DyadInputException {
    try {
      if (contains(contentHash)) {
        return false;
      }
      connection.setAutoCommit(false);
      try {
        insertArticle(article, contentHash);
        appendEvents(contentHash, article.date(), events);
        connection.commit();
        return true;
      } catch (SQLException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw problem(e);
    }
  }

  private void insertArticle(Article a, String hash) throws SQLException {
    try (PreparedStatement p = connection.prepareStatement(
        "INSERT INTO articles (hash, id, source, title, published, text) VALUES (?, ?, ?, ?, ?, ?)")) {
      p.setString(1, hash);
      p.setString(2, a.id());
      p.setString(3, a.source());
      p.setString(4, a.title());
      p.setObject(5, a.date());
      p.setString(6, a.text());
      p.executeUpdate();
    }
  }

  private void appendEvents(String hash, LocalDate published, List<Event> events) throws SQLException {
    try (DuckDBAppender app = connection.unwrap(DuckDBConnection.class).createAppender(DuckDBConnection.DEFAULT_SCHEMA, "events")) {
      int n = 0;
      for (Event e : events) {
        Location l = e.location();
        app.beginRow()
            .append(hash).append(n++).append(e.docId()).append(e.date() != null ? e.date() : published)
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
            .append(l == null ? null : l.precision().name().toLowerCase(java.util.Locale.ROOT))
            .append(l == null ? null : l.method())
            .endRow();
      }
    }
  }

  @Override
  public List<DyadSummary> dyads(LocalDate since, int top) throws DyadInputException {
    String sql = """
        SELECT source_code, target_code, count(*), avg(goldstein), sum(goldstein),
               count(*) FILTER (WHERE quad_class = 1), count(*) FILTER (WHERE quad_class = 2),
               count(*) FILTER (WHERE quad_class = 3), count(*) FILTER (WHERE quad_class = 4)
        FROM events WHERE ? IS NULL OR published >= ?
        GROUP BY source_code, target_code ORDER BY count(*) DESC, source_code, target_code LIMIT ?""";
    try (PreparedStatement p = connection.prepareStatement(sql)) {
      p.setObject(1, since);
      p.setObject(2, since);
      p.setInt(3, top);
      List<DyadSummary> dyads = new ArrayList<>();
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          dyads.add(new DyadSummary(r.getString(1), r.getString(2), r.getLong(3), r.getDouble(4), r.getDouble(5),
              r.getLong(6), r.getLong(7), r.getLong(8), r.getLong(9)));
        }
      }
      return dyads;
    } catch (SQLException e) {
      throw problem(e);
    }
  }

  /** Each stored event's location as "place country precision method latitude", or "null"; in storage order. */
  List<String> locations() throws DyadInputException {
    try (Statement s = connection.createStatement();
        ResultSet r = s.executeQuery("SELECT place, place_country, precision, location_method, latitude FROM events ORDER BY article_hash, event_no")) {
      List<String> all = new ArrayList<>();
      while (r.next()) {
        all.add(r.getString(1) == null ? "null" : r.getString(1) + " " + r.getString(2) + " " + r.getString(3) + " " + r.getString(4) + " " + r.getDouble(5));
      }
      return all;
    } catch (SQLException e) {
      throw problem(e);
    }
  }

  @Override
  public List<TimelinePoint> timeline(String source, String target, Period by, boolean both) throws DyadInputException {
    String sql = """
        SELECT CAST(date_trunc(?, published) AS DATE) AS period, count(*), sum(goldstein),
               count(*) FILTER (WHERE quad_class >= 3), count(*) FILTER (WHERE quad_class <= 2)
        FROM events
        WHERE published IS NOT NULL
          AND ((starts_with(source_code, ?) AND starts_with(target_code, ?))
               OR (? AND starts_with(source_code, ?) AND starts_with(target_code, ?)))
        GROUP BY period ORDER BY period""";
    try (PreparedStatement p = connection.prepareStatement(sql)) {
      p.setString(1, by.name().toLowerCase(java.util.Locale.ROOT));
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
    } catch (SQLException e) {
      throw problem(e);
    }
  }

  @Override
  public List<Alert> alerts(int window, double threshold) throws DyadInputException {
    String sql = """
        SELECT left(source_code, 3) || ' ' || left(target_code, 3) AS dyad,
               CAST(date_trunc('week', published) AS DATE) AS week,
               -sum(goldstein) FILTER (WHERE quad_class >= 3), count(*) FILTER (WHERE quad_class >= 3)
        FROM events WHERE published IS NOT NULL AND length(source_code) >= 3 AND length(target_code) >= 3
        GROUP BY dyad, week ORDER BY dyad, week""";
    try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(sql)) {
      Map<String, List<Object[]>> weekly = new LinkedHashMap<>();
      LocalDate last = null;
      while (r.next()) {
        LocalDate week = r.getObject(2, LocalDate.class);
        double score = r.getObject(3) == null ? 0 : r.getDouble(3);
        weekly.computeIfAbsent(r.getString(1), k -> new ArrayList<>()).add(new Object[] {week, score, r.getLong(4)});
        last = last == null || week.isAfter(last) ? week : last;
      }
      return last == null ? List.of() : Alerts.find(weekly, last, window, threshold);
    } catch (SQLException e) {
      throw problem(e);
    }
  }

  @Override
  public long export(ExportFormat format, Path out, LocalDate since, LocalDate until) throws DyadInputException {
    String where = " WHERE (CAST(? AS DATE) IS NULL OR published >= ?) AND (CAST(? AS DATE) IS NULL OR published <= ?)";
    String query = format.query() + where;
    try (PreparedStatement count = connection.prepareStatement("SELECT count(*) FROM (" + query + ")")) {
      bind(count, since, until);
      long rows;
      try (ResultSet r = count.executeQuery()) {
        r.next();
        rows = r.getLong(1);
      }
      String target = out.toAbsolutePath().toString().replace("'", "''");
      try (PreparedStatement copy = connection.prepareStatement("COPY (" + query + ") TO '" + target + "' " + format.options())) {
        bind(copy, since, until);
        copy.execute();
      }
      return rows;
    } catch (SQLException e) {
      throw new DyadInputException(out + ": cannot export: " + e.getMessage(), e);
    }
  }

  private static void bind(PreparedStatement p, LocalDate since, LocalDate until) throws SQLException {
    p.setObject(1, since);
    p.setObject(2, since);
    p.setObject(3, until);
    p.setObject(4, until);
  }

  @Override
  public Counts counts() throws DyadInputException {
    try (Statement s = connection.createStatement();
        ResultSet r = s.executeQuery("SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM events)")) {
      r.next();
      return new Counts(r.getLong(1), r.getLong(2));
    } catch (SQLException e) {
      throw problem(e);
    }
  }

  @Override
  public void close() throws DyadInputException {
    try {
      connection.close();
    } catch (SQLException e) {
      throw problem(e);
    }
  }

  private DyadInputException problem(SQLException e) {
    return new DyadInputException(file + ": store error: " + e.getMessage(), e);
  }
}
