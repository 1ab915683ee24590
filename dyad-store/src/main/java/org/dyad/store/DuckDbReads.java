package org.dyad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dyad.model.Location;
import org.dyad.model.Span;

/**
 * The browsing queries of {@link DuckDbStore}: events by filter, one event's reports, articles.
 * Kept apart from the store's writes and aggregates so each reads in one pass.
 */
final class DuckDbReads {
  /** The columns of a {@link StoredEvent}, in the order {@link #event} reads them. */
  private static final String EVENT_COLUMNS = """
      e.article_hash || '-' || e.event_no, e.event_key, 0,
      e.article_hash, e.doc_id, a.title, a.source, e.published,
      e.source_code, e.source_country, e.source_agent, e.source_name, e.source_text,
      e.target_code, e.target_country, e.target_agent, e.target_name, e.target_text,
      e.cameo, e.root, e.goldstein, e.quad_class, e.plover_type, e.plover_mode,
      e.sentence_index, e.sentence_text, coalesce(instr(a.text, e.sentence_text) - 1, -1),
      e.source_start, e.source_end, e.target_start, e.target_end, e.trigger_start, e.trigger_end,
      e.rule, e.entry, e.trigger, e.attribution, e.hedged, e.issues,
      e.place_written, e.place, e.geonames_id, e.feature, e.place_country, e.admin1, e.latitude, e.longitude,
      e.precision, e.location_method, e.source_country_from, e.target_country_from,
      e.modality, e.event_date, e.time_precision, e.fatalities, e.injured, e.arrested, e.casualty_words,
      e.event_type, e.sub_event_type, coalesce(e.provenance, 'dyad')
      """;

  /** Events with their article's title, outlet and text, as {@link #EVENT_COLUMNS} reads them. */
  private static final String EVENTS = " FROM events e LEFT JOIN articles a ON a.hash = e.article_hash";

  /** The columns of a {@link StoredArticle} without its text, in the order {@link #article(ResultSet, boolean)} reads them. */
  private static final String ARTICLE_COLUMNS =
      "a.hash, a.id, a.source, a.title, a.published,"
      + " (SELECT count(*) FROM events e WHERE e.article_hash = a.hash AND e.modality = 'asserted'), a.duplicate_of";

  private final Connection connection;

  DuckDbReads(Connection connection) {
    this.connection = connection;
  }

  Page<StoredEvent> events(EventQuery q) throws SQLException {
    List<Object> args = new ArrayList<>();
    StringBuilder where = new StringBuilder(" WHERE e.primary_report");
    condition(where, args, "e.event_date >= ?", q.since());
    condition(where, args, "e.event_date <= ?", q.until());
    condition(where, args, "starts_with(e.source_code, ?)", q.source());
    condition(where, args, "starts_with(e.target_code, ?)", q.target());
    if (q.actor() != null) {
      where.append(" AND (starts_with(e.source_code, ?) OR starts_with(e.target_code, ?))");
      args.add(q.actor());
      args.add(q.actor());
    }
    condition(where, args, "starts_with(e.cameo, ?)", q.code());
    condition(where, args, "e.quad_class = ?", q.quadClass());
    condition(where, args, "e.plover_type = ?", q.ploverType() == null ? null : q.ploverType().toUpperCase(Locale.ROOT));
    words(where, args, q.text(), "e.sentence_text");
    if (q.located()) {
      where.append(" AND e.latitude IS NOT NULL");
    }
    condition(where, args, "e.modality = ?", EventQuery.ALL.equals(q.modality()) ? null : q.modality());
    condition(where, args, "e.provenance = ?", q.provenance());
    String from = " FROM event_rows e" + where; // events with row_id (schema v17)
    long total = count("SELECT count(*)" + from, args);
    List<Object> pageArgs = new ArrayList<>(args);
    pageArgs.add(q.size());
    pageArgs.add((long) (q.page() - 1) * q.size());
    // Choose the page's rows from events alone (ties broken by row id, which is cheap), then join
    // titles and count reports for those few rows only.
    String pageRows = q.sort() == EventQuery.Sort.MOST_REPORTED
        ? "SELECT e.*, (SELECT count(*) FROM reports x WHERE x.event_key = e.event_key) AS reports" + from
        : "SELECT e.*" + from;
    String sql = "WITH chosen AS (" + pageRows + " ORDER BY " + q.sort().sql + ", row_id LIMIT ? OFFSET ?) SELECT " + EVENT_COLUMNS
        + " FROM chosen e LEFT JOIN articles a ON a.hash = e.article_hash ORDER BY " + q.sort().sql + ", e.row_id";
    return new Page<>(total, q.page(), q.size(), events(sql, pageArgs));
  }

  /** See {@link EventStore#mentions}: an imported GDELT event's key is {@code gdelt-<GlobalEventID>}. */
  List<StoredMention> mentions(String eventKey) throws SQLException {
    List<StoredMention> found = new ArrayList<>();
    if (!eventKey.startsWith("gdelt-")) {
      return found;
    }
    try (PreparedStatement p = prepare("SELECT m.mentioned, m.source, m.url FROM gdelt_mentions m JOIN events e"
        + " ON e.external_id = m.global_event_id AND e.provenance = 'gdelt' AND e.event_key = ? ORDER BY m.ordinal", List.of(eventKey));
        ResultSet r = p.executeQuery()) {
      while (r.next()) {
        found.add(new StoredMention(r.getObject(1, LocalDate.class), r.getString(2), r.getString(3)));
      }
    }
    return found;
  }

  /** A report by its id ({@code articleHash-eventNo}), if there is one. */
  Optional<StoredEvent> event(String id) throws SQLException {
    int dash = id.lastIndexOf('-');
    if (dash < 1 || !id.substring(dash + 1).matches("\\d{1,9}")) {
      return Optional.empty();
    }
    List<StoredEvent> found = events("SELECT " + EVENT_COLUMNS + EVENTS + " WHERE e.article_hash = ? AND e.event_no = ?", List.of(id.substring(0, dash), Integer.parseInt(id.substring(dash + 1))));
    return found.stream().findFirst();
  }

  List<StoredEvent> reports(String eventKey) throws SQLException {
    return events("SELECT " + EVENT_COLUMNS + EVENTS + " WHERE e.event_key = ? ORDER BY e.published NULLS LAST, NOT e.primary_report, e.article_hash, e.event_no", List.of(eventKey));
  }

  /** The asserted events of an article, in article order. */
  List<StoredEvent> eventsOf(String articleHash) throws SQLException {
    return events("SELECT " + EVENT_COLUMNS + EVENTS + " WHERE e.article_hash = ? AND e.modality = 'asserted' ORDER BY e.event_no",
        List.of(articleHash));
  }

  /** The near-duplicate copies of the articles that report an event: reprints, stored but not coded. */
  List<StoredArticle> copies(String eventKey) throws SQLException {
    return articles("SELECT " + ARTICLE_COLUMNS + " FROM articles a"
        + " WHERE a.duplicate_of IN (SELECT article_hash FROM events WHERE event_key = ?) ORDER BY a.published NULLS LAST, a.hash",
        List.of(eventKey));
  }

  Page<StoredArticle> articles(String text, int page, int size) throws SQLException {
    List<Object> args = new ArrayList<>();
    StringBuilder where = new StringBuilder(" WHERE true");
    words(where, args, text, "a.title", "a.text");
    long total = count("SELECT count(*) FROM articles a" + where, args);
    args.add(size);
    args.add((long) (page - 1) * size);
    String sql = "SELECT " + ARTICLE_COLUMNS + " FROM articles a" + where
        + " ORDER BY a.published DESC NULLS LAST, a.ingested_at DESC, a.hash LIMIT ? OFFSET ?";
    return new Page<>(total, page, size, articles(sql, args));
  }

  /**
   * Actors whose dictionary name or news mention holds the phrase as whole words (in any case), or
   * whose code is the phrase, most active first.
   */
  List<ActorMatch> actors(String phrase, int limit) throws SQLException {
    String[] words = phrase.strip().split("\\s+");
    StringBuilder body = new StringBuilder();
    for (String w : words) {
      body.append(body.length() == 0 ? "" : "\\s+").append(regexEscaped(w));
    }
    String regex = "(^|[^\\p{L}\\p{N}_])" + body + "($|[^\\p{L}\\p{N}_])";
    String sql = """
        WITH sides AS (
          SELECT source_code AS code, source_country AS country, source_agent AS agent, source_name AS name, source_text AS text,
                 true AS is_source
          FROM events WHERE primary_report AND modality = 'asserted'
          UNION ALL
          SELECT target_code, target_country, target_agent, target_name, target_text, false
          FROM events WHERE primary_report AND modality = 'asserted')
        SELECT code, any_value(country), any_value(agent), mode(name), mode(text),
               count(*) FILTER (WHERE is_source), count(*) FILTER (WHERE NOT is_source)
        FROM sides GROUP BY code
        HAVING code = upper(?) OR bool_or(regexp_matches(coalesce(name, ''), ?, 'i') OR regexp_matches(coalesce(text, ''), ?, 'i'))
        ORDER BY count(*) DESC, code LIMIT ?""";
    List<ActorMatch> found = new ArrayList<>();
    try (PreparedStatement p = prepare(sql, List.of(phrase.strip(), regex, regex, limit)); ResultSet r = p.executeQuery()) {
      while (r.next()) {
        found.add(new ActorMatch(r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5), r.getLong(6),
            r.getLong(7)));
      }
    }
    return found;
  }

  /** Articles stored without a date, oldest stored first, at most {@code limit}. */
  List<StoredArticle> undated(int limit) throws SQLException {
    return articles("SELECT " + ARTICLE_COLUMNS + " FROM articles a WHERE a.published IS NULL ORDER BY a.ingested_at, a.hash LIMIT ?",
        List.of(limit));
  }

  Optional<StoredArticle> article(String hash) throws SQLException {
    String sql = "SELECT " + ARTICLE_COLUMNS + ", a.text FROM articles a WHERE a.hash = ?";
    try (PreparedStatement p = prepare(sql, List.of(hash)); ResultSet r = p.executeQuery()) {
      return r.next() ? Optional.of(article(r, true)) : Optional.empty();
    }
  }

  /** Each stored report's event key and whether it is primary, as "key true"; in storage order (for tests). */
  List<String> eventKeys() throws SQLException {
    return strings("SELECT event_key, primary_report FROM events ORDER BY article_hash, event_no",
        r -> r.getString(1) + " " + r.getBoolean(2));
  }

  /** Each stored event's location as "place country precision method latitude", or "null"; in storage order (for tests). */
  List<String> locations() throws SQLException {
    return strings("SELECT place, place_country, precision, location_method, latitude FROM events ORDER BY article_hash, event_no",
        r -> r.getString(1) == null ? "null"
            : r.getString(1) + " " + r.getString(2) + " " + r.getString(3) + " " + r.getString(4) + " " + r.getDouble(5));
  }

  /** A row as text. */
  @FunctionalInterface
  private interface Row {
    String text(ResultSet r) throws SQLException;
  }

  private List<String> strings(String sql, Row row) throws SQLException {
    try (PreparedStatement p = connection.prepareStatement(sql); ResultSet r = p.executeQuery()) {
      List<String> all = new ArrayList<>();
      while (r.next()) {
        all.add(row.text(r));
      }
      return all;
    }
  }

  private long count(String sql, List<Object> args) throws SQLException {
    try (PreparedStatement p = prepare(sql, args); ResultSet r = p.executeQuery()) {
      r.next();
      return r.getLong(1);
    }
  }

  /** Articles without their text, as {@link #ARTICLE_COLUMNS} selects them. */
  private List<StoredArticle> articles(String sql, List<Object> args) throws SQLException {
    List<StoredArticle> articles = new ArrayList<>();
    try (PreparedStatement p = prepare(sql, args); ResultSet r = p.executeQuery()) {
      while (r.next()) {
        articles.add(article(r, false));
      }
    }
    return articles;
  }

  private static StoredArticle article(ResultSet r, boolean withText) throws SQLException {
    return new StoredArticle(r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getObject(5, LocalDate.class),
        r.getLong(6), r.getString(7), withText ? r.getString(8) : null);
  }

  private List<StoredEvent> events(String sql, List<Object> args) throws SQLException {
    List<StoredEvent> events = new ArrayList<>();
    try (PreparedStatement p = prepare(sql, args); ResultSet r = p.executeQuery()) {
      while (r.next()) {
        events.add(event(r));
      }
    }
    return withTolls(withReports(events));
  }

  /**
   * The events with their fused events' tolls ({@link StoredEvent.Toll}): the largest figure of
   * each kind among the reports of the event. The reports in hand count as they are; the event's
   * other coded reports are its few non-primary rows that state a figure (read as {@link
   * #withReports} reads them), and a first report not in hand is read by its id.
   */
  private List<StoredEvent> withTolls(List<StoredEvent> events) throws SQLException {
    List<String> keys = events.stream().map(StoredEvent::eventKey).distinct().toList();
    if (keys.isEmpty()) {
      return events;
    }
    java.util.Map<String, java.util.Map<String, Integer[]>> figures = new java.util.HashMap<>();
    for (StoredEvent e : events) {
      figures.computeIfAbsent(e.eventKey(), k -> new java.util.TreeMap<>())
          .put(e.id(), new Integer[] {e.fatalities(), e.injured(), e.arrested()});
    }
    String sql = "SELECT event_key, article_hash || '-' || event_no, fatalities, injured, arrested FROM events"
        + " WHERE NOT primary_report AND (fatalities IS NOT NULL OR injured IS NOT NULL OR arrested IS NOT NULL)"
        + " AND event_key IN (" + String.join(", ", java.util.Collections.nCopies(keys.size(), "?")) + ")";
    try (PreparedStatement p = prepare(sql, new ArrayList<>(keys)); ResultSet r = p.executeQuery()) {
      while (r.next()) {
        figures.get(r.getString(1)).put(r.getString(2), new Integer[] {integer(r, 3), integer(r, 4), integer(r, 5)});
      }
    }
    for (String key : keys) {
      int dash = key.lastIndexOf('-');
      if (!figures.get(key).containsKey(key) && dash > 0 && key.substring(dash + 1).matches("\\d{1,9}")) {
        try (PreparedStatement p = prepare("SELECT fatalities, injured, arrested FROM events WHERE article_hash = ? AND event_no = ?",
            List.of(key.substring(0, dash), Integer.parseInt(key.substring(dash + 1)))); ResultSet r = p.executeQuery()) {
          if (r.next()) {
            figures.get(key).put(key, new Integer[] {integer(r, 1), integer(r, 2), integer(r, 3)});
          }
        }
      }
    }
    java.util.Map<String, StoredEvent.Toll> tolls = new java.util.HashMap<>();
    for (String key : keys) {
      // The first report first, then the others by id: on a tie the earlier-listed report names the figure.
      List<java.util.Map.Entry<String, Integer[]>> reports = new ArrayList<>(figures.get(key).entrySet());
      reports.sort(java.util.Comparator.comparing((java.util.Map.Entry<String, Integer[]> e) -> !e.getKey().equals(key)));
      Integer[] most = new Integer[3];
      String[] by = new String[3];
      for (java.util.Map.Entry<String, Integer[]> report : reports) {
        for (int f = 0; f < 3; f++) {
          Integer n = report.getValue()[f];
          if (n != null && (most[f] == null || n > most[f])) {
            most[f] = n;
            by[f] = report.getKey();
          }
        }
      }
      tolls.put(key, new StoredEvent.Toll(most[0], by[0], most[1], by[1], most[2], by[2]));
    }
    return events.stream().map(e -> e.withToll(tolls.get(e.eventKey()))).toList();
  }

  private static Integer integer(ResultSet r, int column) throws SQLException {
    int n = r.getInt(column);
    return r.wasNull() ? null : n;
  }

  /**
   * The events with how many reports their fused events have (coded reports and near-duplicate
   * copies of their articles, as in the {@code reports} view) and from how many outlets. Counted
   * from the events' keys without scanning every report: an event's first report is named by its
   * key ({@code articleHash-eventNo}), later coded reports are the few non-primary rows with that
   * key (row groups without any are skipped by DuckDB's zone maps), and copies are found through
   * {@code duplicate_of}.
   */
  private List<StoredEvent> withReports(List<StoredEvent> events) throws SQLException {
    List<String> keys = events.stream().map(StoredEvent::eventKey).distinct().toList();
    if (keys.isEmpty()) {
      return events;
    }
    List<Object> args = new ArrayList<>();
    StringBuilder firsts = new StringBuilder();
    for (String key : keys) {
      firsts.append(firsts.length() == 0 ? "" : ", ").append("(?, ?)");
      args.add(key);
      args.add(key.lastIndexOf('-') > 0 ? key.substring(0, key.lastIndexOf('-')) : key);
    }
    args.addAll(keys);
    String sql = "WITH rep AS ("
        + " SELECT * FROM (VALUES " + firsts + ") k(event_key, article_hash)"
        + " UNION ALL SELECT event_key, article_hash FROM events WHERE NOT primary_report AND event_key IN ("
        + String.join(", ", java.util.Collections.nCopies(keys.size(), "?")) + ")),"
        + " outlets AS (SELECT rep.event_key, a.source FROM rep LEFT JOIN articles a ON a.hash = rep.article_hash"
        + " UNION ALL SELECT rep.event_key, d.source FROM rep JOIN articles d ON d.duplicate_of = rep.article_hash)"
        + " SELECT event_key, count(*), count(DISTINCT source) FROM outlets GROUP BY event_key";
    java.util.Map<String, long[]> counts = new java.util.HashMap<>();
    try (PreparedStatement p = prepare(sql, args); ResultSet r = p.executeQuery()) {
      while (r.next()) {
        counts.put(r.getString(1), new long[] {r.getLong(2), r.getLong(3)});
      }
    }
    counts.putAll(mentions(keys));
    return events.stream().map(e -> {
      long[] c = counts.getOrDefault(e.eventKey(), new long[] {1, 1});
      return e.withReports(c[0], c[1]);
    }).toList();
  }

  /**
   * The reports of imported GDELT events that have mentions stored (as in the {@code reports}
   * view): their mentions and the mentions' outlets, by event key ({@code gdelt-<GlobalEventID>}).
   */
  private java.util.Map<String, long[]> mentions(List<String> keys) throws SQLException {
    List<Object> ids = keys.stream().filter(k -> k.startsWith("gdelt-")).map(k -> (Object) k.substring("gdelt-".length())).toList();
    java.util.Map<String, long[]> counts = new java.util.HashMap<>();
    if (ids.isEmpty()) {
      return counts;
    }
    String sql = "SELECT 'gdelt-' || global_event_id, count(*), count(DISTINCT source) FROM gdelt_mentions WHERE global_event_id IN ("
        + String.join(", ", java.util.Collections.nCopies(ids.size(), "?")) + ") GROUP BY 1";
    try (PreparedStatement p = prepare(sql, ids); ResultSet r = p.executeQuery()) {
      while (r.next()) {
        counts.put(r.getString(1), new long[] {r.getLong(2), r.getLong(3)});
      }
    }
    return counts;
  }

  private static StoredEvent event(ResultSet r) throws SQLException {
    String issues = r.getString(39);
    return new StoredEvent(
        r.getString(1), r.getString(2), r.getLong(3), 1, r.getString(4), r.getString(5), r.getString(6), r.getString(7),
        r.getObject(8, LocalDate.class),
        new StoredEvent.ActorRef(r.getString(9), r.getString(10), r.getString(50), r.getString(11), r.getString(12), r.getString(13)),
        new StoredEvent.ActorRef(r.getString(14), r.getString(15), r.getString(51), r.getString(16), r.getString(17), r.getString(18)),
        r.getString(19), r.getString(20), r.getDouble(21), r.getInt(22), r.getString(23), r.getString(24),
        r.getInt(25), r.getString(26), r.getInt(27),
        span(r, 28), span(r, 30), span(r, 32),
        r.getString(34), r.getString(35), r.getString(36), r.getString(37), r.getBoolean(38),
        issues == null || issues.isEmpty() ? List.of() : Arrays.asList(issues.split(",")),
        location(r, 40),
        r.getString(52), r.getObject(53, LocalDate.class), r.getString(54), integer(r, 55), integer(r, 56), integer(r, 57),
        r.getString(58), r.getString(59), r.getString(60), StoredEvent.Toll.NONE, r.getString(61));
  }

  private static Span span(ResultSet r, int column) throws SQLException {
    int start = r.getInt(column);
    if (r.wasNull()) {
      return null;
    }
    int end = r.getInt(column + 1);
    return start <= end ? new Span(start, end) : null;
  }

  private static Location location(ResultSet r, int c) throws SQLException {
    String name = r.getString(c + 1);
    if (name == null) {
      return null;
    }
    // imported events may lack what the geolocator always gives (written words, feature, admin1, precision)
    String precision = r.getString(c + 8);
    return new Location(text(r, c), name, r.getLong(c + 2), text(r, c + 3), text(r, c + 4), text(r, c + 5),
        r.getDouble(c + 6), r.getDouble(c + 7),
        precision == null ? Location.Precision.NONE : Location.Precision.valueOf(precision.toUpperCase(Locale.ROOT)), text(r, c + 9));
  }

  private static String text(ResultSet r, int column) throws SQLException {
    String v = r.getString(column);
    return v == null ? "" : v;
  }

  private static void condition(StringBuilder where, List<Object> args, String sql, Object value) {
    if (value != null) {
      where.append(" AND ").append(sql);
      args.add(value);
    }
  }

  /**
   * Adds a condition per whitespace-separated word of {@code text}: each must occur as a whole word
   * (not inside a longer one: "war" does not find "warned") in one of the columns, in any letter
   * case. A word's characters are taken literally; a cheap ILIKE prefilter comes before the
   * regular expression, whose word boundaries are any character but a letter, digit or underscore.
   */
  private static void words(StringBuilder where, List<Object> args, String text, String... columns) {
    if (text == null) {
      return;
    }
    for (String word : text.strip().split("\\s+")) {
      if (word.isEmpty()) {
        continue;
      }
      String like = "%" + likeEscaped(word) + "%";
      String regex = "(^|[^\\p{L}\\p{N}_])" + regexEscaped(word) + "($|[^\\p{L}\\p{N}_])";
      StringBuilder any = new StringBuilder();
      for (String column : columns) {
        any.append(any.length() == 0 ? "" : " OR ").append("(").append(column).append(" ILIKE ? ESCAPE '\\' AND regexp_matches(")
            .append(column).append(", ?, 'i'))");
        args.add(like);
        args.add(regex);
      }
      where.append(" AND (").append(any).append(")");
    }
  }

  /** {@code text} for a regular expression (RE2), every ASCII character but letters and digits escaped. */
  private static String regexEscaped(String text) {
    StringBuilder out = new StringBuilder();
    text.codePoints().forEach(c -> {
      if (c < 128 && !Character.isLetterOrDigit(c)) {
        out.append('\\');
      }
      out.appendCodePoint(c);
    });
    return out.toString();
  }

  /** {@code text} with LIKE's wildcards taken literally (escaped with a backslash, named in the ESCAPE clause). */
  private static String likeEscaped(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  private PreparedStatement prepare(String sql, List<Object> args) throws SQLException {
    PreparedStatement p = connection.prepareStatement(sql);
    for (int i = 0; i < args.size(); i++) {
      p.setObject(i + 1, args.get(i));
    }
    return p;
  }
}
