package org.dyad.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The formats {@code dyad export} writes, each a DuckDB query over {@code export_events} (the view
 * {@code fused_events}, one row per asserted event, its first report, with {@code reports} and
 * {@code sources} counts and the largest fatalities, injured and arrested figures of its reports,
 * narrowed to the export's dates and provenance) written with {@code COPY … TO}: no extension is
 * downloaded (Parquet and JSON are built into DuckDB). The field formats' queries are SQL files
 * in {@code org/dyad/store/exchange}, each citing the specification it follows.
 */
public enum ExportFormat {
  /** Every stored column, then reports and sources, comma-separated with a header. */
  CSV("SELECT * EXCLUDE (ingested_at, article_title, outlet) FROM export_events ORDER BY published, article_hash, event_no",
      "(HEADER, DELIMITER ',')"),
  /** Every stored column, then reports and sources, as Parquet. */
  PARQUET("SELECT * EXCLUDE (ingested_at, article_title, outlet) FROM export_events ORDER BY published, article_hash, event_no",
      "(FORMAT PARQUET)"),
  /** The GDELT 2.0 event table: 61 tab-separated columns, no header, empty fields empty, FIPS country codes in the geography. */
  GDELT(sql("gdelt.export.sql"), Options.TSV),
  /** The GDELT 2.0 mentions table: 16 tab-separated columns, no header, one row per report, linked by GlobalEventID. */
  GDELT_MENTIONS(sql("gdelt-mentions.export.sql"), Options.TSV),
  /** PLOVER JSON lines per the PLOVER manual's Data Fields: entity lists, event_loc, context, quad code. */
  PLOVER(sql("plover.export.sql"), "(FORMAT JSON)"),
  /** POLECAT's 40 tab-separated columns with their published header. */
  POLECAT(sql("polecat.export.sql"), Options.TSV_HEADER),
  /** ACLED's 31 comma-separated columns with a header; empty fields empty. */
  ACLED("SELECT nullif(CAST(COLUMNS(*) AS VARCHAR), '') FROM (" + sql("acled.export.sql") + ")", "(HEADER, DELIMITER ',')");

  /** COPY options of the tab-separated formats: never quoted, NULL written as an empty field. */
  private static final class Options {
    static final String TSV = "(HEADER false, DELIMITER '\t', QUOTE '', ESCAPE '', NULLSTR '')";
    static final String TSV_HEADER = "(HEADER true, DELIMITER '\t', QUOTE '', ESCAPE '', NULLSTR '')";
  }

  private final String query;
  private final String options;

  ExportFormat(String query, String options) {
    this.query = query;
    this.options = options;
  }

  /** The name on the command line: {@code gdelt-mentions} for {@link #GDELT_MENTIONS}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The format with this label (case-insensitive). */
  public static ExportFormat ofLabel(String label) {
    for (ExportFormat f : values()) {
      if (f.label().equalsIgnoreCase(label)) {
        return f;
      }
    }
    throw new IllegalArgumentException("unknown export format '" + label + "' (expected csv, parquet, gdelt, gdelt-mentions, plover,"
        + " polecat or acled)");
  }

  String query() {
    return query;
  }

  String options() {
    return options;
  }

  private static String sql(String file) {
    try (InputStream in = ExportFormat.class.getResourceAsStream("exchange/" + file)) {
      if (in == null) {
        throw new IllegalStateException("missing resource org/dyad/store/exchange/" + file);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
