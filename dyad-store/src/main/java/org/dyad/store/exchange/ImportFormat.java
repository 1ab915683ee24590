package org.dyad.store.exchange;

import java.util.List;

/**
 * The files {@code dyad import} reads, each with its columns as its specification lists them (the
 * same lists the exports write), how the file lays them out, and the columns whose values must
 * parse. Each format's mapping to the store is the SQL file {@code <format>.import.sql} beside
 * this class ({@code gdelt_mentions.import.sql} for {@link #GDELT_MENTIONS}). Every format but the
 * GDELT mentions table stores events; the mentions table stores the mentions of GDELT events.
 */
public enum ImportFormat {
  /** A GDELT 2.0 event table ({@code *.export.CSV}): 61 tab-separated columns, no header. */
  GDELT(Provenance.GDELT, Columns.GDELT_EVENTS, Layout.TSV, List.of(
      new Check("GlobalEventID", Check.Kind.INTEGER, true), new Check("Day", Check.Kind.YYYYMMDD, true),
      new Check("EventCode", Check.Kind.CAMEO, true), new Check("EventRootCode", Check.Kind.CAMEO, true),
      new Check("QuadClass", Check.Kind.QUAD, true), new Check("GoldsteinScale", Check.Kind.NUMBER, true),
      new Check("ActionGeo_Type", Check.Kind.INTEGER, false), new Check("ActionGeo_Lat", Check.Kind.NUMBER, false),
      new Check("ActionGeo_Long", Check.Kind.NUMBER, false), new Check("DATEADDED", Check.Kind.YYYYMMDD, false))),
  /** An ACLED export: its 31 columns by name, comma-separated with a header (other columns are ignored). */
  ACLED(Provenance.ACLED, Columns.ACLED, Layout.CSV_HEADER, List.of(
      new Check("event_id_cnty", Check.Kind.TEXT, true), new Check("event_date", Check.Kind.DATE, true),
      new Check("event_type", Check.Kind.TEXT, true), new Check("latitude", Check.Kind.NUMBER, false),
      new Check("longitude", Check.Kind.NUMBER, false), new Check("fatalities", Check.Kind.INTEGER, false),
      new Check("iso", Check.Kind.INTEGER, false))),
  /**
   * A GDELT 2.0 mentions table ({@code *.mentions.CSV}): 16 tab-separated columns, no header, one row
   * per mention of an event, linked to the GDELT event by GlobalEventID.
   */
  GDELT_MENTIONS(Provenance.GDELT, Columns.GDELT_MENTIONS, Layout.TSV, List.of(
      new Check("GlobalEventID", Check.Kind.INTEGER, true), new Check("EventTimeDate", Check.Kind.YYYYMMDD, true),
      new Check("MentionTimeDate", Check.Kind.YYYYMMDD, true), new Check("MentionType", Check.Kind.INTEGER, true),
      new Check("MentionIdentifier", Check.Kind.TEXT, true), new Check("SentenceID", Check.Kind.INTEGER, false),
      new Check("Actor1CharOffset", Check.Kind.INTEGER, false), new Check("Actor2CharOffset", Check.Kind.INTEGER, false),
      new Check("ActionCharOffset", Check.Kind.INTEGER, false), new Check("InRawText", Check.Kind.INTEGER, false),
      new Check("Confidence", Check.Kind.INTEGER, false), new Check("MentionDocLen", Check.Kind.INTEGER, false),
      new Check("MentionDocTone", Check.Kind.NUMBER, false))),
  /** A POLECAT file: its 40 tab-separated columns with their header. */
  POLECAT(Provenance.POLECAT, Columns.POLECAT, Layout.TSV_HEADER, List.of(
      new Check("Event ID", Check.Kind.TEXT, true), new Check("Event Date", Check.Kind.DATE, true),
      new Check("Event Type", Check.Kind.PLOVER, true), new Check("Intensity", Check.Kind.NUMBER, false),
      new Check("Latitude", Check.Kind.NUMBER, false), new Check("Longitude", Check.Kind.NUMBER, false),
      new Check("GeoNames ID", Check.Kind.INTEGER, false), new Check("Publication Date", Check.Kind.DATE, false)));

  /** How a file lays out its columns. */
  enum Layout {
    /** Tab-separated, never quoted, no header: columns by position. */
    TSV,
    /** Tab-separated, never quoted, a header line naming the columns in order. */
    TSV_HEADER,
    /** RFC 4180 comma-separated values with a header line; columns by name. */
    CSV_HEADER
  }

  /**
   * A column whose values must parse before anything is stored; {@code required} ones must not be empty.
   */
  record Check(String column, Kind kind, boolean required) {
    /** What a value must be. */
    enum Kind {
      TEXT("TRUE", "text"),
      INTEGER("TRY_CAST($v AS BIGINT) IS NOT NULL", "an integer"),
      NUMBER("TRY_CAST($v AS DOUBLE) IS NOT NULL", "a number"),
      YYYYMMDD("regexp_full_match($v, '\\d{8}(\\d{6})?') AND TRY_STRPTIME(left($v, 8), '%Y%m%d') IS NOT NULL",
          "a date as YYYYMMDD (or YYYYMMDDHHMMSS)"),
      DATE("coalesce(TRY_STRPTIME($v, '%Y-%m-%d'), TRY_STRPTIME($v, '%d %B %Y')) IS NOT NULL", "a date as YYYY-MM-DD"),
      CAMEO("regexp_full_match($v, '\\d{2,4}')", "a CAMEO code of 2 to 4 digits"),
      QUAD("$v IN ('1', '2', '3', '4')", "a quad class 1-4"),
      PLOVER("upper($v) IN ('AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST', 'ACCUSE', 'REJECT',"
          + " 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT')", "one of the 16 PLOVER event types");

      /** A DuckDB condition on the value {@code $v} that holds for a good value. */
      final String valid;
      /** What the error says a bad value is not. */
      final String expected;

      Kind(String valid, String expected) {
        this.valid = valid;
        this.expected = expected;
      }
    }
  }

  private final Provenance provenance;
  private final List<String> columns;
  private final Layout layout;
  private final List<Check> checks;

  ImportFormat(Provenance provenance, List<String> columns, Layout layout, List<Check> checks) {
    this.provenance = provenance;
    this.columns = columns;
    this.layout = layout;
    this.checks = checks;
  }

  /** The provenance its events are stored with. */
  public Provenance provenance() {
    return provenance;
  }

  /** Its columns, in the specification's order. */
  public List<String> columns() {
    return columns;
  }

  Layout layout() {
    return layout;
  }

  List<Check> checks() {
    return checks;
  }

  /** The column that identifies an event in the format (its first check): the event is stored as {@code <provenance>:<key>}. */
  String key() {
    return checks.get(0).column();
  }

  /** Whether a row is an event ({@code false}: a mention of one). */
  public boolean storesEvents() {
    return this != GDELT_MENTIONS;
  }

  /** The format's name in messages: GDELT, GDELT mentions, ACLED, POLECAT. */
  public String title() {
    return storesEvents() ? name() : "GDELT mentions";
  }

  /** What a row is stored as: "events" or "mentions". */
  public String unit() {
    return storesEvents() ? "events" : "mentions";
  }

  /** The name on the command line: {@code gdelt-mentions} for {@link #GDELT_MENTIONS}. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  /** The format with this label (case-insensitive). */
  public static ImportFormat ofLabel(String label) {
    for (ImportFormat f : values()) {
      if (f.label().equalsIgnoreCase(label)) {
        return f;
      }
    }
    throw new IllegalArgumentException("unknown import format '" + label + "' (expected gdelt, gdelt-mentions, acled or polecat)");
  }

  /** The name of the SQL macro that reads a column of a row imported in this format ({@link ExchangeTables}). */
  String keptMacro() {
    return name().toLowerCase(java.util.Locale.ROOT) + "_kept";
  }

  /**
   * A condition on a row of the {@code checked} view that holds when it is stored already, and
   * what makes two rows the same (repeated rows are stored once, the first): an event by its id in
   * the format, a mention by its event's id and the whole row.
   */
  String storedAlready() {
    return storesEvents()
        ? "EXISTS (SELECT 1 FROM imported_events e WHERE e.provenance = '" + provenance.label() + "' AND e.external_id = checked.\"" + key() + "\")"
        : "EXISTS (SELECT 1 FROM gdelt_mentions m WHERE m.global_event_id = checked.\"GlobalEventID\" AND m.imported = checked.imported)";
  }

  /** See {@link #storedAlready}. */
  String identity() {
    return storesEvents() ? "\"" + key() + "\"" : "\"GlobalEventID\", imported";
  }
}
