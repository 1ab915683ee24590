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
import java.util.Optional;
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
      """,
      // v2: where the source, target and trigger stand in the article, for highlighting evidence.
      """
      ALTER TABLE events ADD COLUMN source_start INTEGER; ALTER TABLE events ADD COLUMN source_end INTEGER;
      ALTER TABLE events ADD COLUMN target_start INTEGER; ALTER TABLE events ADD COLUMN target_end INTEGER;
      ALTER TABLE events ADD COLUMN trigger_start INTEGER; ALTER TABLE events ADD COLUMN trigger_end INTEGER;
      """,
      // v3: fusion of reports. Each row of events is one report; reports of the same event share
      // its event_key (the id, article_hash-event_no, of its first report), and only that first
      // report is primary, so counting primary rows counts events, not headlines. An article that
      // near-duplicates a stored one names it in duplicate_of and is not coded again.
      """
      ALTER TABLE events ADD COLUMN event_key VARCHAR; ALTER TABLE events ADD COLUMN primary_report BOOLEAN;
      UPDATE events SET event_key = article_hash || '-' || event_no, primary_report = true;
      ALTER TABLE articles ADD COLUMN duplicate_of VARCHAR;
      """,
      // v4: MinHash signatures of original articles and their LSH buckets (near-duplicates found
      // across runs; see MinHash); every report of every event, counting a near-duplicate article
      // as one more report of its original's events; and the fused events with their report and
      // source counts. Articles stored before v4 have no signature.
      """
      CREATE TABLE article_signatures (hash VARCHAR PRIMARY KEY, minhash BLOB NOT NULL);
      CREATE TABLE lsh_buckets (bucket BIGINT NOT NULL, hash VARCHAR NOT NULL);
      CREATE INDEX lsh_buckets_bucket ON lsh_buckets (bucket);
      CREATE VIEW reports AS
        SELECT e.event_key, e.article_hash, e.doc_id, a.source, e.published, false AS near_duplicate
        FROM events e LEFT JOIN articles a ON a.hash = e.article_hash
        UNION ALL
        SELECT e.event_key, d.hash, d.id, d.source, d.published, true
        FROM events e JOIN articles d ON d.duplicate_of = e.article_hash;
      CREATE VIEW fused_events AS
        SELECT e.*, r.reports, r.sources FROM events e
        JOIN (SELECT event_key, count(*) AS reports, count(DISTINCT source) AS sources FROM reports GROUP BY event_key) r
          ON r.event_key = e.event_key
        WHERE e.primary_report;
      """,
      // v5: the actors and the sentences of the stored events, for querying the file directly
      // (derived from events, so they cannot disagree with them).
      """
      CREATE VIEW actors AS
        SELECT code, any_value(country) AS country, any_value(agent) AS agent, mode(name) AS name,
               count(*) FILTER (WHERE side = 'source') AS as_source, count(*) FILTER (WHERE side = 'target') AS as_target
        FROM (SELECT source_code AS code, source_country AS country, source_agent AS agent, source_name AS name, 'source' AS side
              FROM events WHERE primary_report
              UNION ALL
              SELECT target_code, target_country, target_agent, target_name, 'target' FROM events WHERE primary_report)
        GROUP BY code;
      CREATE VIEW sentences AS
        SELECT article_hash, sentence_index, any_value(sentence_text) AS text, count(*) AS events
        FROM events GROUP BY article_hash, sentence_index;
      """);

  private final Path file;
  private final Connection connection;
  private final DuckDbReads reads;
  private final SignatureTable signatures;
  private final ReportFusion fusion;

  private DuckDbStore(Path file, Connection connection) {
    this.file = file;
    this.connection = connection;
    this.reads = new DuckDbReads(connection);
    this.signatures = new SignatureTable(connection);
    this.fusion = new ReportFusion(connection);
  }

  /** Opens (creating if needed) a store file and brings its schema up to date. */
  public static DuckDbStore open(Path file) throws DyadInputException {
    try {
      Connection c = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath());
      DuckDbStore store = new DuckDbStore(file, c);
      store.migrate();
      return store;
    } catch (SQLException e) {
      String message = String.valueOf(e.getMessage());
      if (message.contains("Could not set lock on file")) {
        java.util.regex.Matcher pid = java.util.regex.Pattern.compile("\\(PID (\\d+)\\)").matcher(message);
        throw new DyadInputException(file + ": in use by another process" + (pid.find() ? " (PID " + pid.group(1) + ")" : "")
            + "; a store has one writer at a time: stop it, or send articles to its server's POST /api/ingest", e);
      }
      throw new DyadInputException(file + ": cannot open as a Dyad store: " + message, e);
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
      // Write the new schema into the file itself. DuckDB 1.5.2 cannot replay a write-ahead log
      // holding migrations v1 to v3 after a kill ("Calling DatabaseManager::GetDefaultDatabase with
      // no default database set", likely the ALTER TABLE on articles, whose ingested_at has a
      // DEFAULT, being bound during replay: duckdb/duckdb#18259, #19712), which left a fresh store
      // killed before its first checkpoint unopenable. EscalationPipelineIT's kill test found it.
      try (Statement s = connection.createStatement()) {
        s.execute("CHECKPOINT");
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
        List<String> earlier = fusion.earlierEvents(contentHash, article.date(), events);
        insertArticle(article, contentHash, null);
        appendEvents(contentHash, article.date(), events, earlier);
        signatures.add(contentHash, MinHash.of(article.text()));
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

  @Override
  public Optional<String> nearDuplicateOf(MinHash signature) throws DyadInputException {
    return read(() -> signatures.nearest(signature));
  }

  @Override
  public boolean saveDuplicate(Article article, String contentHash, String originalHash) throws DyadInputException {
    try {
      if (contains(contentHash)) {
        return false;
      }
      if (!contains(originalHash)) {
        throw new IllegalArgumentException("no stored article " + originalHash + " for " + article.id() + " to duplicate");
      }
      insertArticle(article, contentHash, originalHash);
      return true;
    } catch (SQLException e) {
      throw problem(e);
    }
  }

  /** Inserts an article; {@code duplicateOf} names the original of a near-duplicate, else {@code null}. */
  private void insertArticle(Article a, String hash, String duplicateOf) throws SQLException {
    try (PreparedStatement p = connection.prepareStatement(
        "INSERT INTO articles (hash, id, source, title, published, text, duplicate_of) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      p.setString(1, hash);
      p.setString(2, a.id());
      p.setString(3, a.source());
      p.setString(4, a.title());
      p.setObject(5, a.date());
      p.setString(6, a.text());
      p.setString(7, duplicateOf);
      p.executeUpdate();
    }
  }

  private void appendEvents(String hash, LocalDate published, List<Event> events, List<String> earlier) throws SQLException {
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
            .append(e.source().span().start()).append(e.source().span().end())
            .append(e.target().span().start()).append(e.target().span().end())
            .append(e.evidence().triggerSpan().start()).append(e.evidence().triggerSpan().end())
            .append(earlier.get(n - 1) != null ? earlier.get(n - 1) : hash + "-" + (n - 1)).append(earlier.get(n - 1) == null)
            .endRow();
      }
    }
  }

  @Override
  public List<DyadSummary> dyads(LocalDate since, int top) throws DyadInputException {
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
    } catch (SQLException e) {
      throw problem(e);
    }
  }

  private boolean hasCopies() throws DyadInputException {
    try (Statement s = connection.createStatement();
        ResultSet r = s.executeQuery("SELECT EXISTS (SELECT 1 FROM articles WHERE duplicate_of IS NOT NULL)")) {
      r.next();
      return r.getBoolean(1);
    } catch (SQLException e) {
      throw problem(e);
    }
  }

  /** Each stored report's event key and whether it is primary, as "key true"; in storage order. */
  List<String> eventKeys() throws DyadInputException {
    try (Statement s = connection.createStatement();
        ResultSet r = s.executeQuery("SELECT event_key, primary_report FROM events ORDER BY article_hash, event_no")) {
      List<String> all = new ArrayList<>();
      while (r.next()) {
        all.add(r.getString(1) + " " + r.getBoolean(2));
      }
      return all;
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
        WHERE published IS NOT NULL AND primary_report
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
      alerts.sort(java.util.Comparator.comparingDouble(Alert::z).reversed());
      return alerts;
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

  /**
   * Fills the store with {@code n} synthetic events (200 countries, 20 CAMEO roots, three years of
   * days), for benchmarks; written through the Appender in one transaction.
   */
  public void fillSynthetic(long n, long seed) throws DyadInputException {
    String[] countries = new String[200];
    for (int i = 0; i < countries.length; i++) {
      countries[i] = "C" + (char) ('A' + i / 26 % 26) + (char) ('A' + i % 26);
    }
    java.util.Random random = new java.util.Random(seed);
    LocalDate start = LocalDate.of(2023, 1, 1);
    try {
      connection.setAutoCommit(false);
      try (DuckDBAppender app = connection.unwrap(DuckDBConnection.class).createAppender(DuckDBConnection.DEFAULT_SCHEMA, "events")) {
        for (long i = 0; i < n; i++) {
          // Skewed choice: a few dyads are very active, as in real data.
          String s = countries[(int) Math.min(199, Math.abs(random.nextGaussian()) * 30)];
          String t = countries[(int) Math.min(199, Math.abs(random.nextGaussian()) * 30)];
          int root = 1 + random.nextInt(20);
          String code = String.format(java.util.Locale.ROOT, "%02d0", root);
          double goldstein = root <= 8 ? 3.0 : -5.0;
          int quad = root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4;
          app.beginRow()
              .append("synthetic-" + (i / 5)).append((int) (i % 5)).append("synthetic").append(start.plusDays(random.nextInt(1095)))
              .append(s).append(s).append("").append(s).append(s)
              .append(t).append(t).append("").append(t).append(t)
              .append(code).append(code.substring(0, 2)).append(goldstein).append(quad)
              .append("ASSAULT").append("").append(0).append("").append(0).append(0)
              .append("synthetic").append("").append("").append("").append(false).append("")
              .append((String) null).append((String) null).append((Long) null).append((String) null).append((String) null)
              .append((String) null).append((Double) null).append((Double) null).append((String) null).append((String) null)
              .append(0).append(0).append(0).append(0).append(0).append(0)
              .append("synthetic-" + (i / 5) + "-" + (i % 5)).append(true)
              .endRow();
        }
      }
      connection.commit();
      connection.setAutoCommit(true);
    } catch (SQLException e) {
      throw problem(e);
    }
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
  public Page<StoredEvent> events(EventQuery query) throws DyadInputException {
    return read(() -> reads.events(query));
  }

  @Override
  public java.util.Optional<StoredEvent> event(String id) throws DyadInputException {
    return read(() -> reads.event(id));
  }

  @Override
  public List<StoredEvent> reports(String eventKey) throws DyadInputException {
    return read(() -> reads.reports(eventKey));
  }

  @Override
  public List<StoredArticle> copies(String eventKey) throws DyadInputException {
    return read(() -> reads.copies(eventKey));
  }

  @Override
  public List<StoredEvent> eventsOf(String articleHash) throws DyadInputException {
    return read(() -> reads.eventsOf(articleHash));
  }

  @Override
  public Page<StoredArticle> articles(String text, int page, int size) throws DyadInputException {
    return read(() -> reads.articles(text, page, size));
  }

  @Override
  public java.util.Optional<StoredArticle> article(String hash) throws DyadInputException {
    return read(() -> reads.article(hash));
  }

  @Override
  public Fusion fusion() throws DyadInputException {
    try (Statement s = connection.createStatement();
        ResultSet r = s.executeQuery("SELECT (SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL),"
            + " (SELECT count(*) FILTER (WHERE NOT primary_report) FROM events), (SELECT count(*) FILTER (WHERE primary_report) FROM events)")) {
      r.next();
      return new Fusion(r.getLong(1), r.getLong(2), r.getLong(3));
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

  /** A query of {@link DuckDbReads}. */
  @FunctionalInterface
  private interface Read<T> {
    T run() throws SQLException;
  }

  private <T> T read(Read<T> query) throws DyadInputException {
    try {
      return query.run();
    } catch (SQLException e) {
      throw problem(e);
    }
  }

  private DyadInputException problem(SQLException e) {
    return new DyadInputException(file + ": store error: " + e.getMessage(), e);
  }
}
