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
import org.dyad.store.exchange.ExchangeTables;
import org.dyad.store.exchange.ImportFormat;
import org.dyad.store.exchange.Importer;
import org.dyad.store.exchange.Provenance;

/**
 * The default {@link EventStore}: one embedded DuckDB file. It opens the connection, brings the
 * schema up to date ({@link Migrations}) and hands each call to the class that does that job:
 * {@link EventWriter} (writes and fusion), {@link DuckDbReads} (browsing), {@link
 * DuckDbAnalytics} (aggregates), {@link DuckDbExport}, {@link Importer} and {@link SyntheticEvents}. Not
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
  private final ArticleDating dating;
  private final Recoding recoding;
  private final Importer importer;

  private DuckDbStore(Path file, Connection connection) {
    this.file = file;
    this.connection = connection;
    this.signatures = new SignatureTable(connection);
    this.writer = new EventWriter(connection, signatures);
    this.reads = new DuckDbReads(connection);
    this.analytics = new DuckDbAnalytics(connection);
    ExchangeTables tables = new ExchangeTables(connection);
    this.export = new DuckDbExport(connection, tables);
    this.importer = new Importer(connection, tables);
    this.dating = new ArticleDating(connection);
    this.recoding = new Recoding(connection);
  }

  /** Opens (creating if needed) a store file and brings its schema up to date. */
  public static DuckDbStore open(Path file) throws DyadInputException {
    Connection c = null;
    try {
      c = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath());
      Migrations.apply(c);
      DuckDbStore store = new DuckDbStore(file, c);
      store.writer.recover();
      return store;
    } catch (SQLException e) {
      closeQuietly(c);
      String message = String.valueOf(e.getMessage());
      if (message.contains("Could not set lock on file")) {
        Matcher pid = LOCKED_BY.matcher(message);
        throw new StoreInUseException(file, pid.find() ? Long.parseLong(pid.group(1)) : -1, e);
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
    return held(() -> writer.contains(contentHash));
  }

  @Override
  public boolean save(Article article, String contentHash, List<Event> events, String coderVersion, ReportMeaning meaning)
      throws DyadInputException {
    return held(() -> writer.save(article, contentHash, events, coderVersion, meaning));
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
  public void saveRecoded(Article article, String contentHash, List<Event> events, String coderVersion, ReportMeaning meaning)
      throws DyadInputException {
    call(() -> {
      writer.saveRecoded(article, contentHash, events, coderVersion, meaning);
      return null;
    });
  }

  @Override
  public Optional<String> nearDuplicateOf(MinHash signature) throws DyadInputException {
    return held(() -> signatures.nearest(signature, writer.heldSignatures()));
  }

  @Override
  public boolean saveDuplicate(Article article, String contentHash, String originalHash) throws DyadInputException {
    return held(() -> writer.saveDuplicate(article, contentHash, originalHash));
  }

  @Override
  public List<DyadSummary> dyads(DyadQuery query) throws DyadInputException {
    return call(() -> analytics.dyads(query));
  }

  @Override
  public List<TimelinePoint> timeline(String source, String target, Period by, boolean both, Provenance provenance)
      throws DyadInputException {
    return call(() -> analytics.timeline(source, target, by, both, provenance));
  }

  @Override
  public List<Alert> alerts(AlertQuery query) throws DyadInputException {
    return call(() -> analytics.alerts(query));
  }

  @Override
  public DateRange eventDates() throws DyadInputException {
    return call(analytics::eventDates);
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
  public long export(ExportFormat format, Path out, LocalDate since, LocalDate until, Provenance provenance)
      throws DyadInputException {
    try {
      writer.flush();
      return export.export(format, out, since, until, provenance);
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
      writer.flush();
      return new SparkRunImport(connection, signatures).load(dir);
    } catch (SQLException e) {
      throw new DyadInputException(dir + ": cannot load: " + e.getMessage(), e);
    }
  }

  @Override
  public Importer.Result importFile(ImportFormat format, Path file) throws DyadInputException {
    try {
      writer.flush();
      return importer.load(format, file);
    } catch (SQLException e) {
      throw new DyadInputException(file + ": cannot import: " + e.getMessage(), e);
    }
  }

  /** The columns an export format writes, in order. */
  List<String> exportColumns(ExportFormat format) throws DyadInputException {
    return call(() -> export.columns(format));
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
  public List<StoredMention> mentions(String eventKey) throws DyadInputException {
    return call(() -> reads.mentions(eventKey));
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
  public List<ActorMatch> actors(String name, int limit) throws DyadInputException {
    return call(() -> reads.actors(name, limit));
  }

  @Override
  public List<StoredArticle> undatedArticles(int limit) throws DyadInputException {
    return call(() -> reads.undated(limit));
  }

  @Override
  public List<String> dateArticles(List<String> keys, LocalDate day) throws DyadInputException {
    return call(() -> dating.date(keys, day));
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

  @Override
  public void saveFailed(Article article, String contentHash, String reason, String coderVersion) throws DyadInputException {
    held(() -> {
      writer.saveFailed(article, contentHash, reason, coderVersion);
      return null;
    });
  }

  @Override
  public <T> T inOneTransaction(Writes<T> writes) throws DyadInputException {
    try {
      return held(() -> writer.inOneTransaction(() -> {
        try {
          return writes.run();
        } catch (DyadInputException e) {
          throw new Failed(e);
        }
      }));
    } catch (Failed f) {
      throw f.input;
    }
  }

  /** Carries a write's input error out of a transaction, which it rolls back. */
  private static final class Failed extends RuntimeException {
    private final DyadInputException input;

    Failed(DyadInputException input) {
      super(input.getMessage(), input, false, false);
      this.input = input;
    }
  }

  /** A call to one of the delegates. */
  @FunctionalInterface
  private interface Call<T> {
    T run() throws SQLException;
  }

  /**
   * Runs a call on the tables: the rows of saves held in the journal are written to them first
   * ({@link EventWriter#flush}), so that it reads, changes or closes the store as every save left it.
   */
  private <T> T call(Call<T> call) throws DyadInputException {
    return held(() -> {
      writer.flush();
      return call.run();
    });
  }

  /** Runs a call that reads or adds to the held rows of saves as well as the tables (a save and its lookups). */
  private <T> T held(Call<T> call) throws DyadInputException {
    try {
      return call.run();
    } catch (SQLException e) {
      // DuckDB's messages may go on with candidate names and the query text: the first line says it.
      throw new DyadInputException(file + ": store error: " + String.valueOf(e.getMessage()).lines().findFirst().orElse("")
          + " (the file may be damaged or written by another program)", e);
    }
  }
}
