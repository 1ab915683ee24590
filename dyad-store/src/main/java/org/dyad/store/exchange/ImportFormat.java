package org.dyad.store.exchange;

import java.util.List;

/**
 * The files {@code dyad import} reads, each with its columns as its specification lists them (the
 * same lists the exports write), how the file lays them out, and the columns whose values must
 * parse. Each format's mapping to the store is the SQL file {@code <format>.import.sql} beside
 * this class.
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
}
