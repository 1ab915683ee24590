package org.dyad.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.dyad.model.Event;
import org.dyad.model.Location;

/**
 * The columns of the store's {@code events} (the table {@code coded_events} of the reports Dyad
 * codes since schema v17, and the view of them and the imported events), in table order (schema
 * v1 to the newest), and one report's values for them. The store's writer appends these values; the Spark job writes the
 * same rows to Parquet, so a report has one definition wherever it is stored. A new column is one
 * more {@link Column} here (at the end, with its migration, which adds it to {@code coded_events}: the
 * view gives imported events NULL in it) and one more value in {@link #values}.
 */
public final class EventColumns {
  /** The SQL types the events table uses, with the Java type of their values. */
  public enum Type { VARCHAR, INTEGER, BIGINT, DOUBLE, BOOLEAN, DATE }

  /** One column: its name and type. */
  public record Column(String name, Type type) {}

  /** The columns, in table order. */
  public static final List<Column> COLUMNS = columns(
      "article_hash VARCHAR, event_no INTEGER, doc_id VARCHAR, published DATE,"
      + " source_code VARCHAR, source_country VARCHAR, source_agent VARCHAR, source_name VARCHAR, source_text VARCHAR,"
      + " target_code VARCHAR, target_country VARCHAR, target_agent VARCHAR, target_name VARCHAR, target_text VARCHAR,"
      + " cameo VARCHAR, root VARCHAR, goldstein DOUBLE, quad_class INTEGER, plover_type VARCHAR, plover_mode VARCHAR,"
      + " sentence_index INTEGER, sentence_text VARCHAR, span_start INTEGER, span_end INTEGER,"
      + " rule VARCHAR, entry VARCHAR, trigger VARCHAR, attribution VARCHAR, hedged BOOLEAN, issues VARCHAR,"
      + " place_written VARCHAR, place VARCHAR, geonames_id BIGINT, feature VARCHAR, place_country VARCHAR, admin1 VARCHAR,"
      + " latitude DOUBLE, longitude DOUBLE, precision VARCHAR, location_method VARCHAR,"
      // v2: evidence spans
      + " source_start INTEGER, source_end INTEGER, target_start INTEGER, target_end INTEGER, trigger_start INTEGER, trigger_end INTEGER,"
      // v3: fusion; v6: the rule that fused the report; v8: where each actor's country came from
      + " event_key VARCHAR, primary_report BOOLEAN, fused_by VARCHAR, source_country_from VARCHAR, target_country_from VARCHAR,"
      // v9: modality, toll, date of the act, conflict type
      + " modality VARCHAR, fatalities INTEGER, injured INTEGER, arrested INTEGER, casualty_words VARCHAR, event_date DATE,"
      + " time_precision VARCHAR, event_type VARCHAR, sub_event_type VARCHAR,"
      // v10: where the event comes from (Dyad, or an imported format), its id there, the imported row
      + " provenance VARCHAR, external_id VARCHAR, imported VARCHAR,"
      // v11: the coder that made it
      + " coder_version VARCHAR");

  private EventColumns() {}

  /**
   * A report's values, one per column of {@link #COLUMNS}.
   *
   * @param hash its article's content hash
   * @param n its number in the article (its place in the coder's list of events)
   * @param published the article's date, or {@code null}
   * @param earlierKey the key of the stored event it is one more report of ({@link FusionRule}), or
   *     {@code null} when it is a new event
   * @param coderVersion the coder that made it, or {@code null}
   */
  public static List<Object> values(String hash, int n, LocalDate published, Event e, String earlierKey, String coderVersion) {
    return values(hash, n, published, e, earlierKey, earlierKey != null ? FusionRule.NAME : null, coderVersion);
  }

  /**
   * As {@link #values(String, int, LocalDate, Event, String, String)}, naming the rule that fused
   * the report ({@code fusedBy}: {@link FusionRule#NAME} or {@link ReportMeaning#NAME}; {@code null}
   * when it is a new event).
   */
  public static List<Object> values(String hash, int n, LocalDate published, Event e, String earlierKey, String fusedBy,
      String coderVersion) {
    Location l = e.location();
    boolean located = l != null;
    return Arrays.asList(
        hash, n, e.docId(), e.date() != null ? e.date() : published,
        e.source().actor().code(), e.source().actor().country(), e.source().actor().agent(), e.source().actor().name(), e.source().text(),
        e.target().actor().code(), e.target().actor().country(), e.target().actor().agent(), e.target().actor().name(), e.target().text(),
        e.code().code(), e.code().root(), e.code().goldstein(), e.code().quadClass().number(), e.code().ploverType().name(),
        e.code().ploverMode(),
        e.sentenceIndex(), e.sentenceText(), e.span().start(), e.span().end(),
        e.evidence().rule(), e.evidence().entry(), e.evidence().trigger(), e.attribution(), e.hedged(), String.join(",", e.issues()),
        located ? l.written() : null, located ? l.name() : null, located ? (Long) l.geonameId() : null, located ? l.feature() : null,
        located ? l.country() : null, located ? l.admin1() : null, located ? (Double) l.latitude() : null,
        located ? (Double) l.longitude() : null, located ? l.precision().name().toLowerCase(Locale.ROOT) : null,
        located ? l.method() : null,
        e.source().span().start(), e.source().span().end(), e.target().span().start(), e.target().span().end(),
        e.evidence().triggerSpan().start(), e.evidence().triggerSpan().end(),
        earlierKey != null ? earlierKey : hash + "-" + n, earlierKey == null, fusedBy,
        e.source().countryFrom().label(), e.target().countryFrom().label(),
        e.modality().label(), e.casualties().fatalities(), e.casualties().injured(), e.casualties().arrested(), e.casualties().words(),
        eventDate(e, published), e.time().date() != null ? e.time().precision().label() : "day",
        e.conflictType().eventType(), e.conflictType().subEventType(),
        org.dyad.store.exchange.Provenance.DYAD.label(), null, null,
        coderVersion);
  }

  /** The date of the act: the event's own, else its article's (see {@link FusionRule.Report#of}). */
  public static LocalDate eventDate(Event e, LocalDate published) {
    return e.time().date() != null ? e.time().date() : e.date() != null ? e.date() : published;
  }

  /** The index of a column in {@link #COLUMNS}. */
  public static int index(String name) {
    for (int i = 0; i < COLUMNS.size(); i++) {
      if (COLUMNS.get(i).name().equals(name)) {
        return i;
      }
    }
    throw new IllegalArgumentException("no column " + name + " in events");
  }

  private static List<Column> columns(String declaration) {
    List<Column> columns = new ArrayList<>();
    for (String d : declaration.split(",")) {
      String[] parts = d.strip().split(" ");
      columns.add(new Column(parts[0], Type.valueOf(parts[1])));
    }
    return List.copyOf(columns);
  }
}
