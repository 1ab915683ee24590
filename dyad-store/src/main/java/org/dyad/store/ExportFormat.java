package org.dyad.store;

/**
 * The formats {@code dyad export} writes, each a DuckDB query over the fused events (view {@code
 * fused_events}: one row per asserted event, its first report, with {@code reports} and {@code
 * sources} counts and the largest fatalities, injured and arrested figures of its reports) written with {@code COPY … TO}: no extension is downloaded (Parquet and JSON are built
 * into DuckDB).
 */
public enum ExportFormat {
  /** Every stored column, then reports and sources, comma-separated with a header. */
  CSV("SELECT * FROM fused_events", "(HEADER, DELIMITER ',')"),
  /** Every stored column, then reports and sources, as Parquet. */
  PARQUET("SELECT * FROM fused_events", "(FORMAT PARQUET)"),
  /**
   * GDELT 1.0/2.0 event-table columns (tab-separated, with a header); SQLDATE is the date of the act,
   * as in GDELT; mentions and tone are not known.
   */
  GDELT("""
      SELECT row_number() OVER (ORDER BY published, article_hash, event_no) AS GLOBALEVENTID,
             strftime(coalesce(event_date, published), '%Y%m%d') AS SQLDATE,
             source_code AS Actor1Code, source_name AS Actor1Name, source_country AS Actor1CountryCode, source_agent AS Actor1Type1Code,
             target_code AS Actor2Code, target_name AS Actor2Name, target_country AS Actor2CountryCode, target_agent AS Actor2Type1Code,
             1 AS IsRootEvent, cameo AS EventCode, left(cameo, 3) AS EventBaseCode, root AS EventRootCode,
             quad_class AS QuadClass, goldstein AS GoldsteinScale, reports AS NumMentions, sources AS NumSources, reports AS NumArticles,
             CASE precision WHEN 'country' THEN 1 WHEN 'admin1' THEN 5 WHEN 'city' THEN 4 END AS ActionGeo_Type,
             place AS ActionGeo_FullName, place_country AS ActionGeo_CountryCode, latitude AS ActionGeo_Lat,
             longitude AS ActionGeo_Long, geonames_id AS ActionGeo_FeatureID, doc_id AS SOURCEURL
      FROM fused_events""", "(HEADER, DELIMITER '\t')"),
  /**
   * PLOVER-style JSON records, one per line: the publication date and the date of the act ({@code
   * event_date}), modality, actor, recipient, event type, mode, text, evidence, place and fatalities.
   */
  PLOVER("""
      SELECT event_key AS id, published AS date, event_date, modality, source_code AS actor, source_text AS actor_text,
             target_code AS recipient, target_text AS recipient_text, plover_type AS event, plover_mode AS mode,
             cameo, goldstein, sentence_text AS text, trigger AS event_text, attribution, hedged, place AS location,
             latitude, longitude, fatalities, doc_id AS source, reports, sources
      FROM fused_events""", "(FORMAT JSON)");

  private final String query;
  private final String options;

  ExportFormat(String query, String options) {
    this.query = query;
    this.options = options;
  }

  String query() {
    return query;
  }

  String options() {
    return options;
  }
}
