package org.dyad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import org.dyad.model.Event;

/**
 * Event fusion: finds, for each report of a new article, the stored event it repeats under {@link
 * FusionRule} (its borderline cases decided by a {@link ReportMeaning} when one is given); the
 * report then takes that event's {@code event_key}, is not primary and names the rule in {@code
 * fused_by}. Among several candidates the closest day wins, then the smallest key,
 * so reruns fuse alike. Reports without a day are never fused, and only asserted reports fuse: a
 * negated, hypothetical, announced… act is its own primary report and never a candidate. Days are
 * the dates of the acts ({@code event_date}), not of the articles.
 *
 * <p>The lookup does not read {@code events}: a scan of its day column costs 30–80 ms at 10
 * million events when articles arrive out of date order, and an ART index on the fusion key
 * costs about 46 bytes per event (measured). It reads a narrow copy of the primary reports
 * instead, {@code fusion_lookup}, kept sorted by day, so that DuckDB's zone maps skip every row
 * group outside the asked days whatever order articles arrived in, plus the reports stored since
 * it was sorted ({@code fusion_recent}); {@link #compactIfDue} moves those in once they pass an
 * eighth of it. The copy adds about 13 bytes per event; with fusion by meaning on, also each
 * primary report's sentence (v16, about 130 bytes), read for the borderline candidates alone.
 * Not thread-safe (one connection).
 */
final class ReportFusion {
  /** Fewest recent reports worth a merge: two DuckDB row groups. */
  static final long COMPACT_MIN = 2 * 122_880L;
  /** What the rule compares, read for every candidate. */
  private static final String COLUMNS = "event_key, event_date, source_code, target_code, root, cameo, geonames_id, precision";
  /** Every column of the lookup: the rule's, then the sentence, read only for borderline candidates (v16). */
  private static final String ALL_COLUMNS = COLUMNS + ", sentence_text";

  private final Connection connection;
  /** The candidates' query, prepared once per connection. */
  private PreparedStatement lookupQuery;
  /** The borderline candidates' sentences (fusion by meaning), prepared once per connection. */
  private PreparedStatement sentencesQuery;
  /** The same from {@code events}, for reports stored without their sentence in the lookup; prepared once per connection. */
  private PreparedStatement storedSentencesQuery;
  /** Rows of fusion_recent and fusion_lookup; -1 until counted. */
  private long recentRows = -1;
  private long lookupRows = -1;

  ReportFusion(Connection connection) {
    this.connection = connection;
  }

  /**
   * For each event, the stored event it reports again, or {@code null} when it is new. With a
   * {@code meaning} (may be {@code null}: the rule alone), a report whose only candidates are
   * {@linkplain FusionRule.Verdict#BORDERLINE borderline} joins the one whose sentence is most
   * alike in meaning, when at least its threshold, and no other.
   */
  List<FusionRule.Earlier> earlierEvents(String articleHash, LocalDate published, List<Event> events, ReportMeaning meaning,
      List<PendingRows.RecentReport> pending) throws SQLException {
    List<FusionRule.Earlier> found = new ArrayList<>(Collections.nCopies(events.size(), null));
    List<FusionRule.Report> reports = events.stream().map(e -> FusionRule.Report.of(null, e, published)).toList();
    List<FusionRule.Report> candidates = candidates(java.util.stream.IntStream.range(0, events.size())
        .filter(i -> events.get(i).asserted()).mapToObj(reports::get).toList(), pending).stream()
        .filter(c -> !c.key().startsWith(articleHash + "-")).toList();
    java.util.Map<String, String> sentences = meaning == null ? java.util.Map.of() : borderlineSentences(reports, events, candidates, pending);
    for (int i = 0; i < reports.size(); i++) {
      if (!events.get(i).asserted()) {
        continue; // a denied, imagined or announced act is its own event, never one more report of another
      }
      FusionRule.Report report = reports.get(i);
      found.set(i, FusionRule.earlier(report, events.get(i).sentenceText(), candidates, sentences, meaning == null ? null : () -> meaning));
    }
    return found;
  }

  /**
   * The sentences of the stored primary reports that are borderline candidates of some new
   * report, by event key: those of reports not yet written from {@code pending}, the others in one
   * query of the lookup (v16), narrowed by the candidates' days as the candidates' own query is. Not from {@code events}: its days are not sorted once articles
   * arrive out of date order, and a scan of them cost 0.6–1.5 s at 10 million events, against 2–3 ms
   * here. The lookup also holds the reports of the open batch, which {@code events} gets only at
   * its commit. Reports stored while fusion by meaning was off have no sentence in the lookup
   * ({@link #record}); theirs are read from {@code events}, the slow way.
   */
  private java.util.Map<String, String> borderlineSentences(List<FusionRule.Report> reports, List<Event> events,
      List<FusionRule.Report> candidates, List<PendingRows.RecentReport> pending) throws SQLException {
    java.util.Map<String, String> sentences = new java.util.HashMap<>();
    for (PendingRows.RecentReport p : pending) {
      sentences.put(p.report().key(), p.sentence());
    }
    List<FusionRule.Report> wanted = candidates.stream().filter(c -> !sentences.containsKey(c.key()))
        .filter(c -> java.util.stream.IntStream.range(0, reports.size())
        .anyMatch(i -> events.get(i).asserted() && FusionRule.judge(c, reports.get(i)) == FusionRule.Verdict.BORDERLINE)).toList();
    if (wanted.isEmpty()) {
      return sentences;
    }
    LocalDate from = wanted.stream().map(FusionRule.Report::day).min(Comparator.naturalOrder()).orElseThrow();
    LocalDate to = wanted.stream().map(FusionRule.Report::day).max(Comparator.naturalOrder()).orElseThrow();
    if (sentencesQuery == null) {
      String where = " WHERE event_date BETWEEN ? AND ? AND list_contains(?::VARCHAR[], event_key) AND sentence_text IS NOT NULL";
      sentencesQuery = connection.prepareStatement("SELECT event_key, sentence_text FROM fusion_lookup" + where
          + " UNION ALL SELECT event_key, sentence_text FROM fusion_recent" + where);
    }
    java.sql.Array keys = list(wanted, FusionRule.Report::key);
    Object[] values = {from, to, keys};
    for (int i = 0; i < values.length; i++) {
      sentencesQuery.setObject(i + 1, values[i]);
      sentencesQuery.setObject(i + 1 + values.length, values[i]);
    }
    try (ResultSet r = sentencesQuery.executeQuery()) {
      while (r.next()) {
        sentences.put(r.getString(1), r.getString(2));
      }
    }
    List<FusionRule.Report> missing = wanted.stream().filter(c -> !sentences.containsKey(c.key())).toList();
    if (!missing.isEmpty()) {
      if (storedSentencesQuery == null) {
        storedSentencesQuery = connection.prepareStatement("SELECT event_key, sentence_text FROM coded_events"
            + " WHERE primary_report AND event_date BETWEEN ? AND ? AND list_contains(?::VARCHAR[], event_key)");
      }
      storedSentencesQuery.setObject(1, missing.stream().map(FusionRule.Report::day).min(Comparator.naturalOrder()).orElseThrow());
      storedSentencesQuery.setObject(2, missing.stream().map(FusionRule.Report::day).max(Comparator.naturalOrder()).orElseThrow());
      storedSentencesQuery.setObject(3, list(missing, FusionRule.Report::key));
      try (ResultSet r = storedSentencesQuery.executeQuery()) {
        while (r.next()) {
          sentences.put(r.getString(1), r.getString(2));
        }
      }
    }
    return sentences;
  }

  /**
   * Primary reports, stored or {@code pending}, within the new reports' days ± the window whose
   * source, target and root are among theirs: a superset of the candidates, which {@link
   * FusionRule} then judges.
   */
  private List<FusionRule.Report> candidates(List<FusionRule.Report> reports, List<PendingRows.RecentReport> pending)
      throws SQLException {
    List<FusionRule.Report> dated = reports.stream().filter(r -> r.day() != null).toList();
    if (dated.isEmpty()) {
      return List.of();
    }
    LocalDate from = dated.stream().map(FusionRule.Report::day).min(Comparator.naturalOrder()).orElseThrow();
    LocalDate to = dated.stream().map(FusionRule.Report::day).max(Comparator.naturalOrder()).orElseThrow();
    if (lookupQuery == null) {
      // Parameters, not literals, and list_contains rather than IN: DuckDB still prunes the row
      // groups of fusion_lookup outside the days by their zone maps (about 1 ms at 10 million
      // events, measured), and plans an IN of several values as a join, three times slower.
      String where = " WHERE event_date BETWEEN ? AND ? AND list_contains(?::VARCHAR[], source_code)"
          + " AND list_contains(?::VARCHAR[], target_code) AND list_contains(?::VARCHAR[], root)";
      lookupQuery = connection.prepareStatement("SELECT " + COLUMNS + " FROM fusion_lookup" + where
          + " UNION ALL SELECT " + COLUMNS + " FROM fusion_recent" + where);
    }
    Object[] values = {from.minusDays(FusionRule.WINDOW_DAYS), to.plusDays(FusionRule.WINDOW_DAYS), list(dated, FusionRule.Report::source),
        list(dated, FusionRule.Report::target), list(dated, FusionRule.Report::root)};
    for (int i = 0; i < values.length; i++) {
      lookupQuery.setObject(i + 1, values[i]);
      lookupQuery.setObject(i + 1 + values.length, values[i]);
    }
    List<FusionRule.Report> found = new ArrayList<>();
    try (ResultSet r = lookupQuery.executeQuery()) {
      while (r.next()) {
        found.add(new FusionRule.Report(r.getString(1), r.getObject(2, LocalDate.class), r.getString(3), r.getString(4),
            r.getString(5), r.getString(6), r.getObject(7) == null ? null : r.getLong(7), r.getString(8)));
      }
    }
    java.util.Set<String> sources = dated.stream().map(FusionRule.Report::source).collect(java.util.stream.Collectors.toSet());
    java.util.Set<String> targets = dated.stream().map(FusionRule.Report::target).collect(java.util.stream.Collectors.toSet());
    java.util.Set<String> roots = dated.stream().map(FusionRule.Report::root).collect(java.util.stream.Collectors.toSet());
    LocalDate first = (LocalDate) values[0];
    LocalDate last = (LocalDate) values[1];
    for (PendingRows.RecentReport p : pending) {
      FusionRule.Report c = p.report();
      if (!c.day().isBefore(first) && !c.day().isAfter(last) && sources.contains(c.source()) && targets.contains(c.target())
          && roots.contains(c.root())) {
        found.add(c);
      }
    }
    return found;
  }

  /** The distinct values of one field as a SQL array parameter. */
  private java.sql.Array list(List<FusionRule.Report> reports, java.util.function.Function<FusionRule.Report, String> field)
      throws SQLException {
    return connection.createArrayOf("VARCHAR", reports.stream().map(field).distinct().toArray());
  }

  /** Forgets the counted sizes, after a rolled-back transaction that {@link #write} counted. */
  void forget() {
    recentRows = -1;
  }

  /**
   * The lookup's rows for an article's new primary reports (those {@code earlier} leaves {@code
   * null}), to be {@linkplain #write written} with its other rows; the lookup keeps their sentences
   * when {@code withSentences} (fusion by meaning is on).
   */
  static List<PendingRows.RecentReport> newReports(String articleHash, LocalDate published, List<Event> events,
      List<FusionRule.Earlier> earlier, boolean withSentences) {
    List<PendingRows.RecentReport> primary = new ArrayList<>();
    for (int i = 0; i < events.size(); i++) {
      FusionRule.Report r = FusionRule.Report.of(articleHash + "-" + i, events.get(i), published);
      if (earlier.get(i) == null && r.day() != null && events.get(i).asserted()) {
        primary.add(new PendingRows.RecentReport(r, events.get(i).sentenceText(), withSentences));
      }
    }
    return primary;
  }

  /** Appends reports to {@code fusion_recent} through DuckDB's Appender, inside the caller's transaction. */
  void write(List<PendingRows.RecentReport> reports) throws SQLException {
    if (reports.isEmpty()) {
      return;
    }
    try (org.duckdb.DuckDBAppender rows = connection.unwrap(org.duckdb.DuckDBConnection.class)
        .createAppender(org.duckdb.DuckDBConnection.DEFAULT_SCHEMA, "fusion_recent")) {
      for (PendingRows.RecentReport p : reports) {
        FusionRule.Report r = p.report();
        rows.beginRow().append(r.key()).append(r.day()).append(r.source()).append(r.target()).append(r.root()).append(r.cameo());
        if (r.geonameId() == null) {
          rows.appendNull();
        } else {
          rows.append(r.geonameId().longValue());
        }
        appendOrNull(rows, r.precision());
        appendOrNull(rows, p.keepSentence() ? p.sentence() : null);
        rows.endRow();
      }
    }
    recentRows = recentRows < 0 ? -1 : recentRows + reports.size();
  }

  private static void appendOrNull(org.duckdb.DuckDBAppender rows, String value) throws SQLException {
    if (value == null) {
      rows.appendNull();
    } else {
      rows.append(value);
    }
  }

  /**
   * Merges the recent reports into the sorted lookup once they pass an eighth of it (and {@link
   * #COMPACT_MIN}). Both sizes are counted once per connection and then kept up to date here.
   * Nothing is done inside an open transaction (a batch of saves); see {@link #forget}.
   */
  void compactIfDue() throws SQLException {
    if (!connection.getAutoCommit()) {
      return; // inside a batch's transaction: its writer compacts after the commit
    }
    if (recentRows < 0) {
      try (Statement s = connection.createStatement();
          ResultSet r = s.executeQuery("SELECT (SELECT count(*) FROM fusion_recent), (SELECT count(*) FROM fusion_lookup)")) {
        r.next();
        recentRows = r.getLong(1);
        lookupRows = r.getLong(2);
      }
    }
    if (recentRows >= Math.max(COMPACT_MIN, lookupRows / 8)) {
      compact();
    }
  }

  /**
   * Moves the recent reports into the lookup, sorted by day, in one transaction. When they are
   * all later than a week before the lookup's last day (news ingested in date order) they are
   * appended, sorted, as new row groups; otherwise the whole lookup is rewritten in day order.
   */
  void compact() throws SQLException {
    boolean auto = connection.getAutoCommit();
    connection.setAutoCommit(false);
    try (Statement s = connection.createStatement()) {
      String sorted = " ORDER BY event_date, source_code, target_code";
      if (appendable(s)) {
        s.execute("INSERT INTO fusion_lookup (" + ALL_COLUMNS + ") SELECT " + ALL_COLUMNS + " FROM fusion_recent" + sorted);
        s.execute("DELETE FROM fusion_recent");
      } else {
        s.execute("CREATE TEMP TABLE fusion_sorted AS SELECT * FROM (SELECT " + ALL_COLUMNS + " FROM fusion_lookup UNION ALL SELECT "
            + ALL_COLUMNS + " FROM fusion_recent)" + sorted);
        s.execute("DELETE FROM fusion_lookup; DELETE FROM fusion_recent");
        s.execute("INSERT INTO fusion_lookup (" + ALL_COLUMNS + ") SELECT " + ALL_COLUMNS + " FROM fusion_sorted");
        s.execute("DROP TABLE fusion_sorted");
      }
      connection.commit();
      recentRows = -1;
    } catch (SQLException e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(auto);
    }
  }

  private static boolean appendable(Statement s) throws SQLException {
    try (ResultSet r = s.executeQuery("SELECT coalesce((SELECT min(event_date) FROM fusion_recent)"
        + " >= (SELECT max(event_date) FROM fusion_lookup) - 7, true)")) {
      r.next();
      return r.getBoolean(1);
    }
  }
}
