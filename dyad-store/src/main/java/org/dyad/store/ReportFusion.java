package org.dyad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.dyad.model.Event;

/**
 * Event fusion: decides which stored event a new report repeats. Two reports are of one event
 * when they come from different articles and have the same source actor code, the same target
 * actor code, the same CAMEO root and dates at most {@value #WINDOW_DAYS} day apart (outlets date
 * the same clash on the day it happened or the day after). The new report then takes the
 * stored event's {@code event_key} and is not primary; the first report stored stays primary.
 * Among several candidates the closest date wins, then the smallest key, so reruns fuse alike.
 *
 * <p>The lookup reads only primary reports dated within the new article's events' days ± the
 * window, joined on the exact codes: one query per article. Its cost is a scan of the row groups
 * whose dates overlap: news ingested roughly in date order keeps that to a few row groups (4 ms
 * at 10 million date-ordered events); dates in random order make it a scan of the date column
 * (30–80 ms at 10 million). An index on the fusion key made lookups 1–2 ms but doubled the file
 * and took 50 s to build at that size, so there is none. Reports without a date are never
 * fused. Not thread-safe (one connection).
 */
final class ReportFusion {
  /** Days two reports of one event may lie apart. */
  static final int WINDOW_DAYS = 1;

  private final Connection connection;

  ReportFusion(Connection connection) {
    this.connection = connection;
  }

  /**
   * For each event, the key of the stored event it reports again, or {@code null} when it is a
   * new event.
   */
  List<String> earlierEvents(String articleHash, LocalDate published, List<Event> events) throws SQLException {
    List<String> keys = new ArrayList<>(Collections.nCopies(events.size(), null));
    List<Integer> dated = new ArrayList<>();
    LocalDate min = null;
    LocalDate max = null;
    for (int i = 0; i < events.size(); i++) {
      LocalDate d = day(events.get(i), published);
      if (d != null) {
        dated.add(i);
        min = min == null || d.isBefore(min) ? d : min;
        max = max == null || d.isAfter(max) ? d : max;
      }
    }
    if (dated.isEmpty()) {
      return keys;
    }
    StringBuilder values = new StringBuilder();
    for (int i = 0; i < dated.size(); i++) {
      values.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?, CAST(? AS DATE))");
    }
    String sql = "SELECT k.i, e.event_key FROM events e JOIN (VALUES " + values + ") k(i, s, t, r, d)"
        + " ON e.source_code = k.s AND e.target_code = k.t AND e.root = k.r"
        + " AND e.published BETWEEN k.d - " + WINDOW_DAYS + " AND k.d + " + WINDOW_DAYS
        + " WHERE e.primary_report AND e.article_hash <> ? AND e.published BETWEEN CAST(? AS DATE) AND CAST(? AS DATE)"
        + " ORDER BY k.i, abs(e.published - k.d), e.event_key";
    try (PreparedStatement p = connection.prepareStatement(sql)) {
      int n = 1;
      for (int i : dated) {
        Event e = events.get(i);
        p.setInt(n++, i);
        p.setString(n++, e.source().actor().code());
        p.setString(n++, e.target().actor().code());
        p.setString(n++, e.code().root());
        p.setObject(n++, day(e, published));
      }
      p.setString(n++, articleHash);
      p.setObject(n++, min.minusDays(WINDOW_DAYS));
      p.setObject(n, max.plusDays(WINDOW_DAYS));
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          int i = r.getInt(1);
          if (keys.get(i) == null) {
            keys.set(i, r.getString(2));
          }
        }
      }
    }
    return keys;
  }

  private static LocalDate day(Event e, LocalDate published) {
    return e.date() != null ? e.date() : published;
  }
}
