package org.dyad.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.model.Article;
import org.dyad.model.DyadInputException;
import org.dyad.model.Event;

/**
 * The default {@link EventStore}: one embedded DuckDB file. It opens the connection, brings the
 * schema up to date ({@link Migrations}) and hands each call to the class that does that job:
 * {@link EventWriter} (writes and fusion), {@link DuckDbReads} (browsing), {@link
 * DuckDbAnalytics} (aggregates), {@link DuckDbExport} and {@link SyntheticEvents}. Not
 * thread-safe: one writer per file.
 */
public final class DuckDbStore implements EventStore {
  private static final Pattern LOCKED_BY = Pattern.compile("\\(PID (\\d+)\\)");

  private final Path file;
  private final Connection connection;
  private final SignatureTable signatures;
  private final EventWriter writer;
  private final DuckDbReads reads;
  private final DuckDbAnalytics analytics;
  private final DuckDbExport export;
  private final Recoding recoding;

  private DuckDbStore(Path file, Connection connection) {
    this.file = file;
    this.connection = connection;
    this.signatures = new SignatureTable(connection);
    this.writer = new EventWriter(connection, signatures);
    this.reads = new DuckDbReads(connection);
    this.analytics = new DuckDbAnalytics(connection);
    this.export = new DuckDbExport(connection);
    this.recoding = new Recoding(connection);
  }

  /** Opens (creating if needed) a store file and brings its schema up to date. */
  public static DuckDbStore open(Path file) throws DyadInputException {
    Connection c = null;
    try {
      c = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath());
      Migrations.apply(c);
      return new DuckDbStore(file, c);
    } catch (SQLException e) {
      closeQuietly(c);
      String message = String.valueOf(e.getMessage());
      if (message.contains("Could not set lock on file")) {
        Matcher pid = LOCKED_BY.matcher(message);
        throw new DyadInputException(file + ": in use by another process" + (pid.find() ? " (PID " + pid.group(1) + ")" : "")
            + "; a store has one writer at a time: stop it, or send articles to its server's POST /api/ingest", e);
      }
      throw new DyadInputException(file + ": cannot open as a Dyad store: " + message, e);
    }
  }

  /** The schema version of the open file. */
  public int schemaVersion() throws DyadInputException {
    return call(() -> Migrations.version(connection));
  }

  @Override
  public boolean contains(String contentHash) throws DyadInputException {
    return call(() -> writer.contains(contentHash));
  }

  @Override
  public boolean save(Article article, String contentHash, List<Event> events, String coderVersion) throws DyadInputException {
    return call(() -> writer.save(article, contentHash, events, coderVersion));
  }

  @Override
  public List<StoredArticle> toRecode(LocalDate since, String coderVersion) throws DyadInputException {
    return call(() -> recoding.pending(since, coderVersion));
  }

  @Override
  public void clearEvents(List<String> contentHashes) throws DyadInputException {
    call(() -> {
      recoding.clear(contentHashes);
      return null;
    });
  }

  @Override
  public void saveRecoded(Article article, String contentHash, List<Event> events, String coderVersion) throws DyadInputException {
    call(() -> {
      writer.saveRecoded(article, contentHash, events, coderVersion);
      return null;
    });
  }

  @Override
  public Optional<String> nearDuplicateOf(MinHash signature) throws DyadInputException {
    return call(() -> signatures.nearest(signature));
  }

  @Override
  public boolean saveDuplicate(Article article, String contentHash, String originalHash) throws DyadInputException {
    return call(() -> writer.saveDuplicate(article, contentHash, originalHash));
  }

  @Override
  public List<DyadSummary> dyads(LocalDate since, int top) throws DyadInputException {
    return call(() -> analytics.dyads(since, top));
  }

  @Override
  public List<TimelinePoint> timeline(String source, String target, Period by, boolean both) throws DyadInputException {
    return call(() -> analytics.timeline(source, target, by, both));
  }

  @Override
  public List<Alert> alerts(int window, double threshold) throws DyadInputException {
    return call(() -> analytics.alerts(window, threshold));
  }

  @Override
  public Counts counts() throws DyadInputException {
    return call(analytics::counts);
  }

  @Override
  public Fusion fusion() throws DyadInputException {
    return call(analytics::fusion);
  }

  @Override
  public long export(ExportFormat format, Path out, LocalDate since, LocalDate until) throws DyadInputException {
    try {
      return export.export(format, out, since, until);
    } catch (SQLException e) {
      throw new DyadInputException(out + ": cannot export: " + e.getMessage(), e);
    }
  }

  /**
   * What loading a Spark run added.
   *
   * @param articles articles new to the store
   * @param nearDuplicates of which near-duplicates
   * @param reports event reports added
   */
  public record Loaded(long articles, long nearDuplicates, long reports) {}

  /**
   * Loads the output of {@code dyad spark code} ({@code DIR/articles} and {@code DIR/reports}) in one
   * transaction; articles stored already are skipped (see {@link SparkRunImport}).
   */
  public Loaded loadSparkRun(Path dir) throws DyadInputException {
    try {
      return new SparkRunImport(connection, signatures).load(dir);
    } catch (SQLException e) {
      throw new DyadInputException(dir + ": cannot load: " + e.getMessage(), e);
    }
  }

  /** Fills the store with {@code n} synthetic events, for benchmarks (see {@link SyntheticEvents}). */
  public void fillSynthetic(long n, long seed) throws DyadInputException {
    call(() -> {
      SyntheticEvents.fill(connection, n, seed);
      return null;
    });
  }

  @Override
  public Page<StoredEvent> events(EventQuery query) throws DyadInputException {
    return call(() -> reads.events(query));
  }

  @Override
  public Optional<StoredEvent> event(String id) throws DyadInputException {
    return call(() -> reads.event(id));
  }

  @Override
  public List<StoredEvent> reports(String eventKey) throws DyadInputException {
    return call(() -> reads.reports(eventKey));
  }

  @Override
  public List<StoredArticle> copies(String eventKey) throws DyadInputException {
    return call(() -> reads.copies(eventKey));
  }

  @Override
  public List<StoredEvent> eventsOf(String articleHash) throws DyadInputException {
    return call(() -> reads.eventsOf(articleHash));
  }

  @Override
  public Page<StoredArticle> articles(String text, int page, int size) throws DyadInputException {
    return call(() -> reads.articles(text, page, size));
  }

  @Override
  public Optional<StoredArticle> article(String hash) throws DyadInputException {
    return call(() -> reads.article(hash));
  }

  /** Each stored report's event key and whether it is primary, as "key true"; in storage order. */
  List<String> eventKeys() throws DyadInputException {
    return call(reads::eventKeys);
  }

  /** Each stored event's location as "place country precision method latitude", or "null"; in storage order. */
  List<String> locations() throws DyadInputException {
    return call(reads::locations);
  }

  @Override
  public void close() throws DyadInputException {
    call(() -> {
      connection.close();
      return null;
    });
  }

  private static void closeQuietly(Connection c) {
    try {
      if (c != null) {
        c.close();
      }
    } catch (SQLException ignored) {
      // the open failed already; that error is the one to report
    }
  }

  /** A call to one of the delegates. */
  @FunctionalInterface
  private interface Call<T> {
    T run() throws SQLException;
  }

  private <T> T call(Call<T> call) throws DyadInputException {
    try {
      return call.run();
    } catch (SQLException e) {
      throw new DyadInputException(file + ": store error: " + e.getMessage(), e);
    }
  }
}
