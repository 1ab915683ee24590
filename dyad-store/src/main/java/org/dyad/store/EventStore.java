package org.dyad.store;

import java.time.LocalDate;
import java.util.List;
import org.dyad.model.Article;
import org.dyad.model.DyadInputException;
import org.dyad.model.Event;

/**
 * Where coded events are kept: articles by content hash, so that re-ingesting a corpus adds
 * nothing, and their events with evidence and location.
 *
 * <p>Design decision: an interface because a shared deployment wants PostgreSQL while the
 * default is one embedded DuckDB file; everything above it talks to this.
 */
public interface EventStore extends AutoCloseable {

  /** Whether an article with this content hash is stored already. */
  boolean contains(String contentHash) throws DyadInputException;

  /**
   * Stores an article and its events atomically: after a crash either both are there or
   * neither. An article already stored (same content hash) is left as it is. Every event is
   * stored, whatever its modality, with its toll, the date of its act and its conflict type; what
   * counts and aggregates (dyads, timelines, alerts, exports, counts, the default event lists)
   * holds asserted events only. An asserted event that repeats a stored asserted event of another
   * article (same actor codes and CAMEO root, dates of the acts at most a day apart, not placed in
   * two different cities, not two different specific codes of the root) is stored as one more
   * report of it: its {@code event_key}, not primary, with the rule's name in {@code fused_by}.
   *
   * @return whether the article was new
   */
  default boolean save(Article article, String contentHash, List<Event> events) throws DyadInputException {
    return save(article, contentHash, events, null);
  }

  /**
   * {@link #save(Article, String, List)}, recording on the article and each event the coder that
   * made them ({@code coderVersion}, e.g. {@code 0.1.0-SNAPSHOT+1a2b3c4d5e6f}; {@code null}: unknown).
   */
  default boolean save(Article article, String contentHash, List<Event> events, String coderVersion) throws DyadInputException {
    return save(article, contentHash, events, coderVersion, null);
  }

  /**
   * {@link #save(Article, String, List, String)}, the fusion rule's borderline cases decided by
   * what the reports' sentences mean ({@code meaning}; {@code null}: by the rule alone): a report
   * then joins the borderline event most alike in meaning, when alike enough, with {@link
   * ReportMeaning#NAME} in {@code fused_by}, and no other.
   */
  boolean save(Article article, String contentHash, List<Event> events, String coderVersion, ReportMeaning meaning)
      throws DyadInputException;

  /**
   * The stored articles a re-coding with coder {@code coderVersion} takes, with their text, in
   * storage order: the originals published since a day (all when {@code null}) that another or an
   * unknown coder made, and, transitively, those with reports fused into their events. Empty when
   * this coder made them all, so re-coding twice does nothing the second time.
   */
  List<StoredArticle> toRecode(LocalDate since, String coderVersion) throws DyadInputException;

  /**
   * Removes the events of these stored articles (by hash) from the events and the fusion lookup,
   * in one transaction, before they are coded again; a re-coding stopped after this takes them again.
   */
  void clearEvents(List<String> contentHashes) throws DyadInputException;

  /**
   * Stores the new events of a stored article that {@link #clearEvents} cleared, fused as a new
   * article's are, with their coder, in one transaction.
   */
  default void saveRecoded(Article article, String contentHash, List<Event> events, String coderVersion) throws DyadInputException {
    saveRecoded(article, contentHash, events, coderVersion, null);
  }

  /** {@link #saveRecoded(Article, String, List, String)}, fused as {@link #save(Article, String, List, String, ReportMeaning)} fuses. */
  void saveRecoded(Article article, String contentHash, List<Event> events, String coderVersion, ReportMeaning meaning)
      throws DyadInputException;

  /**
   * The stored original article that an article with this signature ({@link MinHash#of} its
   * text) near-duplicates (estimated Jaccard similarity of 5-word shingles at least {@link
   * MinHash#THRESHOLD}), by its content hash; empty when none.
   */
  java.util.Optional<String> nearDuplicateOf(MinHash signature) throws DyadInputException;

  /**
   * Stores an article as a near-duplicate of a stored one: it keeps its own identity and text,
   * names the original in {@code duplicate_of}, gets no events of its own and counts as one more
   * report of each of the original's events.
   *
   * @return whether the article was new
   */
  boolean saveDuplicate(Article article, String contentHash, String originalHash) throws DyadInputException;

  /**
   * Records an article whose coding failed, with the reason (v12, {@code failed_articles}), so that
   * it is not silently lost; it stays out of {@code articles}, so a later ingest codes it again, and
   * its record goes when it is saved. A stored article that a re-coding failed to code stays stored
   * without events, and its record goes when a later re-coding saves it ({@link #saveRecoded}).
   * Recording it again replaces the record.
   */
  void saveFailed(Article article, String contentHash, String reason, String coderVersion) throws DyadInputException;

  /** Writes to the store run by {@link #inOneTransaction}. */
  @FunctionalInterface
  interface Writes<T> {
    T run() throws DyadInputException;
  }

  /**
   * Runs several writes (a batch's saves) as one transaction: all are stored, or, when one fails,
   * none. A batch so costs one commit, not one per article. By default they simply run in turn.
   */
  default <T> T inOneTransaction(Writes<T> writes) throws DyadInputException {
    return writes.run();
  }

  /** The most active dyads of whole actor codes with acts since a day (all when {@code null}), most events first; asserted events only. */
  default List<DyadSummary> dyads(LocalDate since, int top) throws DyadInputException {
    return dyads(DyadQuery.since(since, top));
  }

  /**
   * The most active dyads the query asks for (dates of the acts, country or sector level, a
   * sector), most events first; asserted events only.
   */
  List<DyadSummary> dyads(DyadQuery query) throws DyadInputException;

  /**
   * A dyad's series by day, week or month. Codes match by prefix, so "RUS" covers RUSGOV and
   * RUSMIL; with {@code both} the events of target → source count too.
   */
  default List<TimelinePoint> timeline(String source, String target, Period by, boolean both) throws DyadInputException {
    return timeline(source, target, by, both, null);
  }

  /** {@link #timeline(String, String, Period, boolean)} of the events of one provenance ({@code null}: all). */
  List<TimelinePoint> timeline(String source, String target, Period by, boolean both, org.dyad.store.exchange.Provenance provenance)
      throws DyadInputException;

  /**
   * Dyads (of countries, or of actor codes with their sectors) whose weekly conflict in the
   * query's window stands at least its threshold of standard deviations above their own earlier
   * weeks (see {@link Alerts}), highest z first; events after the query's as-of day are not read.
   */
  List<Alert> alerts(AlertQuery query) throws DyadInputException;

  /** The first and last day of the asserted events' acts, and how many events are undated. */
  DateRange eventDates() throws DyadInputException;

  /**
   * The days the stored events span.
   *
   * @param first the earliest date of an act, {@code null} when no event is dated
   * @param last the latest, {@code null} when no event is dated
   * @param undated asserted events without a date (from undated articles), which no timeline,
   *     alert or date filter can count
   */
  record DateRange(LocalDate first, LocalDate last, long undated) {}

  /** Writes the events whose acts fall between two days (either may be {@code null}) to a file; returns how many. */
  default long export(ExportFormat format, java.nio.file.Path out, LocalDate since, LocalDate until) throws DyadInputException {
    return export(format, out, since, until, null);
  }

  /**
   * Writes the events whose acts fall between two days (either may be {@code null}) of one provenance (all when
   * {@code null}) to a file; returns how many.
   */
  long export(ExportFormat format, java.nio.file.Path out, LocalDate since, LocalDate until,
      org.dyad.store.exchange.Provenance provenance) throws DyadInputException;

  /**
   * Imports a GDELT, ACLED or POLECAT file as events of that provenance, kept apart from coded
   * ones; events stored already (same id in that format) are left as they are. A file with a bad
   * row stores nothing.
   */
  org.dyad.store.exchange.Importer.Result importFile(org.dyad.store.exchange.ImportFormat format, java.nio.file.Path file)
      throws DyadInputException;

  /** Periods of a timeline. */
  enum Period {
    DAY,
    WEEK,
    MONTH
  }

  /** How many articles and asserted event reports are stored. */
  Counts counts() throws DyadInputException;

  /** Article and event counts. */
  record Counts(long articles, long events) {}

  /** Events (one row per fused event, its first report) matching a filter, one page of them. */
  Page<StoredEvent> events(EventQuery query) throws DyadInputException;

  /** A report by its id ({@code articleHash-eventNo}). */
  java.util.Optional<StoredEvent> event(String id) throws DyadInputException;

  /** Every report of a fused event, first report first. */
  List<StoredEvent> reports(String eventKey) throws DyadInputException;

  /**
   * The events that drove an alert: the dyad's most hostile conflict events (quad classes 3 and
   * 4) since the alert's window began, at most {@code limit}.
   */
  default List<StoredEvent> drivers(Alert alert, int limit) throws DyadInputException {
    return drivers(alert, limit, null);
  }

  /** {@link #drivers(Alert, int)} among the events of one provenance ({@code null}: all), as an alert of that provenance asks. */
  default List<StoredEvent> drivers(Alert alert, int limit, org.dyad.store.exchange.Provenance provenance) throws DyadInputException {
    EventQuery query = new EventQuery(alert.since(), alert.until(), alert.source(), alert.target(), null, null, null, null, null, false,
        EventQuery.Sort.MOST_HOSTILE, 1, limit).withProvenance(provenance == null ? null : provenance.label());
    return events(query).items().stream().filter(e -> e.quadClass() >= 3).toList();
  }

  /** The near-duplicate copies (reprints, not coded) of the articles reporting a fused event. */
  List<StoredArticle> copies(String eventKey) throws DyadInputException;

  /**
   * The mentions of an event imported from GDELT, in the order they were imported (the first is
   * usually the event's own SOURCEURL); empty for any other event, and for a store that keeps none.
   */
  default List<StoredMention> mentions(String eventKey) throws DyadInputException {
    return List.of();
  }

  /** The asserted events coded from one article, in article order. */
  List<StoredEvent> eventsOf(String articleHash) throws DyadInputException;

  /** Stored articles, newest first, whose title or text holds each word of {@code text} as a whole word (all when {@code null}); without their text. */
  Page<StoredArticle> articles(String text, int page, int size) throws DyadInputException;

  /**
   * Actors looked up by name ("Hamas", "Putin", "European Union"): those whose dictionary name or
   * a news mention holds the words as whole words (in any case), or whose code it is; most active
   * first, at most {@code limit}. Asserted events only.
   */
  List<ActorMatch> actors(String name, int limit) throws DyadInputException;

  /**
   * Articles stored without a date (no {@code --date}, no date in the source), oldest stored
   * first, at most {@code limit}; without their text. Their events count in dyads and exports but
   * in no timeline, alert or date filter until they are dated ({@link #dateArticles}).
   */
  List<StoredArticle> undatedArticles(int limit) throws DyadInputException;

  /**
   * Dates undated articles, each named by its id or content hash, and their events (see {@link
   * ArticleDating}); articles that have a date are left as they are.
   *
   * @return the content hashes of the articles dated
   */
  List<String> dateArticles(List<String> keys, LocalDate day) throws DyadInputException;

  /** One article with its text. */
  java.util.Optional<StoredArticle> article(String hash) throws DyadInputException;

  /** How much fusion found: near-duplicate articles, reports fused into an earlier event, distinct events. */
  Fusion fusion() throws DyadInputException;

  /**
   * Fusion counts.
   *
   * @param nearDuplicates articles stored as near-duplicates of another
   * @param fusedReports coded reports that repeat an earlier stored event (not primary)
   * @param events distinct asserted events (primary reports)
   */
  record Fusion(long nearDuplicates, long fusedReports, long events) {}

  @Override
  void close() throws DyadInputException;
}
