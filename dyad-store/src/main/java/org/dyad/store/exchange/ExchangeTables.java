package org.dyad.store.exchange;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.dyad.model.EventCode;
import org.dyad.ontology.CameoOntology;

/**
 * The lookup tables and macros that the exchange formats' SQL ({@code *.export.sql}, {@code
 * *.import.sql} beside this class) relies on, created as temporary objects of one connection:
 *
 * <ul>
 *   <li>{@code fmt_countries(iso3, fips, iso_numeric, cow, name, latitude, longitude)} from {@link CountryCodes};
 *   <li>{@code fmt_cameo(code, plover_type, plover_mode, plover_context)} from {@link CameoOntology};
 *   <li>{@code fmt_actor_parts(code, country, known_group, …, type3)}: every stored actor code split
 *       by {@link ActorCodeParts} (refreshed by {@link #splitActorCodes});
 *   <li>macros {@code gx(v)} (a value as text, tabs and line breaks made spaces: the formats are
 *       tab-separated and never quote), {@code country3(country, codeCountry)} (an actor's
 *       three-letter country: its own, or its code's when Dyad's is an organization such as
 *       IGOWSTNAT), {@code gdelt_kept(imported, 'Column')}, {@code acled_kept},
 *       {@code polecat_kept} and {@code gdelt_mentions_kept} (a column of the row an event was imported with, or '') and {@code gdelt_id(…)} (an event's numeric GlobalEventID);
 *       {@code geonames_code(feature)} (the GeoNames feature code of a stored feature: stores written
 *       before 2026-12-07 hold Dyad's own DISP, PASS and LINE, now TERR, PSTB and ZNB),
 *       {@code geonames_class(code)} (its GeoNames feature class, A H L P S or T, by
 *       http://www.geonames.org/export/codes.html) and {@code geonames_id(id)} (a GeoNames id, or
 *       NULL for Dyad's own negative ids of countries, divisions and features, which GeoNames does not have).
 * </ul>
 *
 * Not thread-safe (one connection).
 */
public final class ExchangeTables {
  private static final String MACROS = """
      CREATE OR REPLACE TEMP MACRO gx(v) AS regexp_replace(coalesce(CAST(v AS VARCHAR), ''), '[\\t\\r\\n]+', ' ', 'g');
      CREATE OR REPLACE TEMP MACRO country3(country, code_country) AS
        CASE WHEN length(country) = 3 THEN country ELSE coalesce(code_country, '') END;
      CREATE OR REPLACE TEMP MACRO geonames_code(feature) AS
        CASE feature WHEN 'DISP' THEN 'TERR' WHEN 'PASS' THEN 'PSTB' WHEN 'LINE' THEN 'ZNB' ELSE coalesce(feature, '') END;
      CREATE OR REPLACE TEMP MACRO geonames_class(code) AS
        CASE WHEN code LIKE 'PPL%' THEN 'P'
             WHEN code LIKE 'PCL%' OR code LIKE 'ADM%' OR code IN ('TERR', 'ZN', 'ZNB') THEN 'A'
             WHEN code IN ('SEA', 'GULF', 'STRT', 'SHOL', 'RF', 'STM', 'CNL', 'BAY', 'LK', 'OCN', 'CHN', 'CHNM') THEN 'H'
             WHEN code IN ('ISLS', 'ISL', 'PASS', 'MT', 'MTS', 'PEN') THEN 'T'
             WHEN code IN ('RGN', 'AREA') THEN 'L'
             WHEN code = 'PSTB' THEN 'S'
             ELSE '' END;
      CREATE OR REPLACE TEMP MACRO geonames_id(id) AS CASE WHEN id > 0 THEN id END;
      CREATE OR REPLACE TEMP MACRO gdelt_id(provenance, external_id, article_hash, event_no, event_key) AS
        CASE WHEN provenance = 'gdelt' THEN external_id
             ELSE CAST(coalesce(TRY_CAST(('0x' || left(article_hash, 12)) AS BIGINT) * 1000 + event_no,
                                hash(event_key) % 1000000000000000) AS VARCHAR) END;
      """;

  private final Connection connection;
  private boolean created;

  public ExchangeTables(Connection connection) {
    this.connection = connection;
  }

  /** Creates the country and CAMEO tables and the macros, once per connection. */
  public void create() throws SQLException {
    if (created) {
      return;
    }
    try (Statement s = connection.createStatement()) {
      s.execute("CREATE OR REPLACE TEMP TABLE fmt_countries (iso3 VARCHAR, fips VARCHAR, iso_numeric VARCHAR, cow VARCHAR, name VARCHAR,"
          + " latitude DOUBLE, longitude DOUBLE)");
      s.execute("CREATE OR REPLACE TEMP TABLE fmt_cameo (code VARCHAR, plover_type VARCHAR, plover_mode VARCHAR, plover_context VARCHAR)");
      s.execute("CREATE OR REPLACE TEMP TABLE fmt_actor_parts (code VARCHAR, country VARCHAR, known_group VARCHAR, ethnic VARCHAR,"
          + " religion1 VARCHAR, religion2 VARCHAR, type1 VARCHAR, type2 VARCHAR, type3 VARCHAR)");
      s.execute(MACROS);
      for (ImportFormat f : ImportFormat.values()) {
        s.execute(keptMacro(f));
      }
    }
    try (DuckDBAppender app = appender("fmt_countries")) {
      for (CountryCodes.Country c : CountryCodes.load().all()) {
        app.beginRow().append(c.iso3()).append(c.fips()).append(c.isoNumeric()).append(c.cow()).append(c.name()).append(c.latitude())
            .append(c.longitude()).endRow();
      }
    }
    try (DuckDBAppender app = appender("fmt_cameo")) {
      for (EventCode c : CameoOntology.load().all()) {
        app.beginRow().append(c.code()).append(c.ploverType().name()).append(c.ploverMode()).append(c.ploverContext()).endRow();
      }
    }
    created = true;
  }

  /** Fills {@code fmt_actor_parts} with every actor code now stored. */
  public void splitActorCodes() throws SQLException {
    create();
    CountryCodes countries = CountryCodes.load();
    try (Statement s = connection.createStatement()) {
      s.execute("DELETE FROM fmt_actor_parts");
      try (ResultSet r = s.executeQuery("SELECT DISTINCT source_code FROM events UNION SELECT DISTINCT target_code FROM events");
          DuckDBAppender app = appender("fmt_actor_parts")) {
        while (r.next()) {
          String code = r.getString(1);
          ActorCodeParts p = ActorCodeParts.split(code, g -> countries.byIso3(g).isPresent());
          app.beginRow().append(code).append(p.country()).append(p.knownGroup()).append(p.ethnic()).append(p.religion1())
              .append(p.religion2()).append(p.type1()).append(p.type2()).append(p.type3()).endRow();
        }
      }
    }
  }

  /**
   * {@code <format>_kept(imported, 'Column')}: a column of the row an event was imported with (its
   * columns tab-joined in the format's order), or '' (also for events not imported from it).
   */
  private static String keptMacro(ImportFormat f) {
    String names = f.columns().stream().map(c -> "'" + c + "'").collect(java.util.stream.Collectors.joining(", "));
    return "CREATE OR REPLACE TEMP MACRO " + f.keptMacro() + "(imported, col) AS"
        + " coalesce(string_split(imported, chr(9))[list_position([" + names + "], col)], '')";
  }

  private DuckDBAppender appender(String table) throws SQLException {
    return connection.unwrap(DuckDBConnection.class).createAppender("temp", "main", table);
  }
}
