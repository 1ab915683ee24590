package org.dyad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.dyad.store.exchange.Provenance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exports against the specifications they follow, column by column. The lists below are typed
 * from the specifications themselves, not from Dyad's code, so a column dropped, renamed or moved
 * fails here.
 */
class ExportFormatTest {
  /**
   * GDELT 2.0 Event Codebook V2.0 (GDELT Project, 2015), "Event Table": the 61 fields of a GDELT 2.0
   * event record, in file order (EVENTID AND DATE ATTRIBUTES, ACTOR ATTRIBUTES ×2, EVENT ACTION
   * ATTRIBUTES, EVENT GEOGRAPHY ×3, DATA MANAGEMENT FIELDS).
   */
  static final List<String> GDELT_CODEBOOK_EVENTS = List.of(
      "GlobalEventID", "Day", "MonthYear", "Year", "FractionDate",
      "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode", "Actor1Religion1Code",
      "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
      "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode", "Actor2Religion1Code",
      "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
      "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale", "NumMentions", "NumSources",
      "NumArticles", "AvgTone",
      "Actor1Geo_Type", "Actor1Geo_Fullname", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
      "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
      "Actor2Geo_Type", "Actor2Geo_Fullname", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
      "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
      "ActionGeo_Type", "ActionGeo_Fullname", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
      "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
      "DATEADDED", "SOURCEURL");
  /** GDELT 2.0 Event Codebook V2.0, "Mentions Table": its 16 fields in file order. */
  static final List<String> GDELT_CODEBOOK_MENTIONS = List.of("GlobalEventID", "EventTimeDate", "MentionTimeDate", "MentionType",
      "MentionSourceName", "MentionIdentifier", "SentenceID", "Actor1CharOffset", "Actor2CharOffset", "ActionCharOffset", "InRawText",
      "Confidence", "MentionDocLen", "MentionDocTone", "MentionDocTranslationInfo", "Extras");
  /** ACLED codebook as packaged in acledR (acled_codebook), and issue 18's list: 31 columns. */
  static final List<String> ACLED_CODEBOOK = List.of("event_id_cnty", "event_date", "year", "time_precision", "disorder_type",
      "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction",
      "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude",
      "geo_precision", "source", "source_scale", "notes", "fatalities", "tags", "timestamp");
  /** POLECAT weekly files on Harvard Dataverse (doi:10.7910/DVN/AJGVIT): the header row, tab-separated. */
  static final String POLECAT_HEADER = "Event ID\tEvent Date\tEvent Type\tEvent Mode\tIntensity\tQuad Code\tContexts\tActor Name\t"
      + "Actor Country\tActor COW\tPrimary Actor Sector\tActor Sectors\tActor Title\tActor Name Raw\tWikipedia Actor ID\t"
      + "Recipient Name\tRecipient Country\tRecipient COW\tPrimary Recipient Sector\tRecipient Sectors\tRecipient Title\t"
      + "Recipient Name Raw\tWikipedia Recipient ID\tPlacename\tCity\tDistrict\tProvince\tCountry\tLatitude\tLongitude\tGeoNames ID\t"
      + "Raw Placename\tFeature Type\tSource\tPublication Date\tStory People\tStory Organizations\tStory Locations\tLanguage\tVersion";
  /**
   * PLOVER manual (draft 0.8), chapter "Data Fields", table "PLOVER JSON": the fields in order, and
   * table "Information object for entities" and the location object.
   */
  static final List<String> PLOVER_FIELDS = List.of("id", "has_event", "date", "actor", "recipient", "event", "event_loc",
      "event_text", "quad_code", "event_scale", "mode", "context", "text", "text_info", "cite_info", "coder", "coded_date");
  static final List<String> PLOVER_ENTITY = List.of("code", "sector", "entity_text", "identifier_id", "identifier_text", "religion",
      "ethnicity", "office", "gender", "age");
  static final List<String> PLOVER_LOCATION = List.of("extracted_place", "resolved_place", "geonameid", "lat", "lon", "city",
      "district", "province", "country", "country_code", "feature_class", "feature_code", "resolution");

  @TempDir Path dir;
  private DuckDbStore store;

  @BeforeEach
  void fill() throws Exception {
    store = ExchangeFixture.store(dir.resolve("x.duckdb"));
  }

  @org.junit.jupiter.api.AfterEach
  void close() throws Exception {
    store.close();
  }

  @Test
  void gdelt_isTheCodebooksEventTable_61Columns_noHeader_emptyFieldsEmpty() throws Exception {
    assertEquals(GDELT_CODEBOOK_EVENTS, store.exportColumns(ExportFormat.GDELT));
    List<Map<String, String>> rows = export(ExportFormat.GDELT, GDELT_CODEBOOK_EVENTS, false);
    assertEquals(4, rows.size()); // the negated report is stored, never exported
    for (String line : Files.readAllLines(dir.resolve("out.gdelt"))) {
      assertEquals(61, line.split("\t", -1).length, line);
      assertFalse(line.contains("\"") || line.startsWith("GlobalEventID"), line);
    }
    Map<String, String> strike = byCode(rows, "195");
    assertEquals(List.of("20250310", "202503", "2025", "2025.1918"),
        List.of(strike.get("Day"), strike.get("MonthYear"), strike.get("Year"), strike.get("FractionDate")));
    assertEquals(List.of("RUSMIL", "Russia", "RUS", "MIL", "", "UKR"), List.of(strike.get("Actor1Code"), strike.get("Actor1Name"),
        strike.get("Actor1CountryCode"), strike.get("Actor1Type1Code"), strike.get("Actor1Type2Code"), strike.get("Actor2Code")));
    assertEquals(List.of("1", "195", "195", "19", "4", "-10.0"), List.of(strike.get("IsRootEvent"), strike.get("EventCode"),
        strike.get("EventBaseCode"), strike.get("EventRootCode"), strike.get("QuadClass"), strike.get("GoldsteinScale")));
    // two coded reports and a reprint, from three outlets; no tone measured
    assertEquals(List.of("3", "3", "3", "0"), List.of(strike.get("NumMentions"), strike.get("NumSources"), strike.get("NumArticles"),
        strike.get("AvgTone")));
    // FIPS 10-4 in every geography block: Russia RS, Ukraine UP; Kharkiv a world city (4) in ADM1 UP07
    assertEquals(List.of("1", "Russia", "RS", "RS"), List.of(strike.get("Actor1Geo_Type"), strike.get("Actor1Geo_Fullname"),
        strike.get("Actor1Geo_CountryCode"), strike.get("Actor1Geo_ADM1Code")));
    assertEquals("UP", strike.get("Actor2Geo_CountryCode"));
    assertEquals(List.of("4", "Kharkiv", "UP", "UP07", "", "49.98081", "36.25272", "706483"), List.of(strike.get("ActionGeo_Type"),
        strike.get("ActionGeo_Fullname"), strike.get("ActionGeo_CountryCode"), strike.get("ActionGeo_ADM1Code"),
        strike.get("ActionGeo_ADM2Code"), strike.get("ActionGeo_Lat"), strike.get("ActionGeo_Long"), strike.get("ActionGeo_FeatureID")));
    assertTrue(strike.get("DATEADDED").matches("\\d{14}"), strike.get("DATEADDED"));
    assertEquals("https://news.example/a", strike.get("SOURCEURL"));
    Map<String, String> aid = byCode(rows, "072");
    assertEquals(List.of("1", "US", "US", "0"), List.of(aid.get("ActionGeo_Type"), aid.get("ActionGeo_CountryCode"),
        aid.get("ActionGeo_ADM1Code"), aid.get("IsRootEvent")));
    Map<String, String> threat = byCode(rows, "130");
    // NATO's IGOWSTNAT: Type1 IGO, WST a region, NAT the known group; no place, so geography type 0 and empty
    assertEquals(List.of("IGOWSTNAT", "", "NAT", "IGO", "0", "", "0", ""), List.of(threat.get("Actor2Code"),
        threat.get("Actor2CountryCode"), threat.get("Actor2KnownGroupCode"), threat.get("Actor2Type1Code"), threat.get("Actor2Geo_Type"),
        threat.get("Actor2Geo_CountryCode"), threat.get("ActionGeo_Type"), threat.get("ActionGeo_Lat")));
    Map<String, String> protest = byCode(rows, "141");
    assertEquals(List.of("5", "UP13"), List.of(protest.get("ActionGeo_Type"), protest.get("ActionGeo_ADM1Code")));
    List<Long> ids = rows.stream().map(r -> Long.parseLong(r.get("GlobalEventID"))).toList();
    assertEquals(ids.stream().sorted().toList(), ids, "rows in GlobalEventID order, as GDELT's files are");
  }

  @Test
  void gdeltMentions_areTheCodebooksMentionsTable_oneRowPerReport_linkedByGlobalEventId() throws Exception {
    assertEquals(GDELT_CODEBOOK_MENTIONS, store.exportColumns(ExportFormat.GDELT_MENTIONS));
    List<Map<String, String>> events = export(ExportFormat.GDELT, GDELT_CODEBOOK_EVENTS, false);
    List<Map<String, String>> mentions = export(ExportFormat.GDELT_MENTIONS, GDELT_CODEBOOK_MENTIONS, false);
    for (Map<String, String> e : events) {
      long n = mentions.stream().filter(m -> m.get("GlobalEventID").equals(e.get("GlobalEventID"))).count();
      assertEquals(Long.parseLong(e.get("NumMentions")), n, e.toString());
    }
    String strike = byCode(events, "195").get("GlobalEventID");
    assertEquals(List.of("Example News 1 0 15 100", "Wire 1 0 15 100", "Copy Daily -1 -1 -1 100"), mentions.stream()
        .filter(m -> m.get("GlobalEventID").equals(strike))
        .map(m -> m.get("MentionSourceName") + " " + m.get("SentenceID") + " " + m.get("Actor1CharOffset") + " "
            + m.get("ActionCharOffset") + " " + m.get("Confidence")).toList());
    assertTrue(mentions.stream().anyMatch(m -> m.get("Confidence").equals("50")), "the hedged protest's reports");
  }

  @Test
  void plover_isThePloverManualsJson_entityLists_eventLoc_contextAndQuadCode() throws Exception {
    Path out = dir.resolve("out.plover");
    assertEquals(4, store.export(ExportFormat.PLOVER, out, null, null));
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
      String read = "read_json('" + out + "', format = 'newline_delimited')";
      List<String> fields = column(s, "SELECT column_name FROM (DESCRIBE SELECT * FROM " + read + ")");
      assertEquals(PLOVER_FIELDS, fields.subList(0, PLOVER_FIELDS.size()));
      assertEquals(List.of(String.join(",", PLOVER_ENTITY)), column(s, "SELECT DISTINCT array_to_string(json_keys(to_json(actor[1])), ',') FROM "
          + read));
      assertEquals(List.of(String.join(",", PLOVER_LOCATION)),
          column(s, "SELECT DISTINCT array_to_string(json_keys(to_json(event_loc)), ',') FROM " + read + " WHERE event_loc IS NOT NULL"));
      assertEquals(List.of("RUS MIL Russian forces [ASSAULT] [aerial] [military] 4 -10.0 Kharkiv 4 P 6"),
          column(s, "SELECT concat_ws(' ', actor[1].code, actor[1].sector, actor[1].entity_text, event, mode, context, quad_code,"
              + " event_scale, event_loc.resolved_place, event_loc.resolution, event_loc.feature_class, size.dead) FROM " + read
              + " WHERE cameo = '195'"));
      assertEquals(List.of(""), column(s, "SELECT DISTINCT actor[1].identifier_id || recipient[1].identifier_id FROM " + read
          + " WHERE len(recipient) > 0"));
      // Dyad's own: how precise the place is and how it was found, beside the manual's resolution
      assertEquals(List.of("city place-in-clause"), column(s, "SELECT concat_ws(' ', geo_precision, geo_method) FROM " + read + " WHERE cameo = '195'"));
      assertEquals(List.of(), column(s, "SELECT id FROM " + read + " WHERE (event_loc IS NULL) <> (geo_precision = 'none')"));
    }
  }

  @Test
  void polecat_hasThePublishedHeader_andPloverTypesWithoutCameoCodes() throws Exception {
    List<Map<String, String>> rows = export(ExportFormat.POLECAT, Arrays.asList(POLECAT_HEADER.split("\t")), true);
    assertEquals(POLECAT_HEADER, Files.readAllLines(dir.resolve("out.polecat")).get(0));
    assertEquals(40, POLECAT_HEADER.split("\t").length);
    assertEquals(List.of("ASSAULT aerial 4 Russia RUS 365 MIL UKR 369 Kharkiv Kharkiv 706483"), rows.stream().limit(1)
        .map(r -> String.join(" ", r.get("Event Type"), r.get("Event Mode"), r.get("Quad Code"), r.get("Actor Name"), r.get("Actor Country"),
            r.get("Actor COW"), r.get("Primary Actor Sector"), r.get("Recipient Country"), r.get("Recipient COW"), r.get("Placename"),
            r.get("City"), r.get("GeoNames ID"))).toList());
    assertEquals("", rows.get(0).get("Wikipedia Actor ID"));
    // POLECAT has no precision column of its own: Feature Type, the GeoNames feature code, carries it (a city's PPL…, a
    // province's ADM1, a country's PCLI, for an actor's country too), with City or Province filled by it; unplaced, all empty
    List<String> places = rows.stream().map(r -> String.join("|", r.get("Event Type"), r.get("Feature Type"), r.get("City"),
        r.get("Province"), r.get("Country"), r.get("Raw Placename"))).sorted().toList();
    assertEquals(List.of("AID|PCLI|||United States|", "ASSAULT|PPLA|Kharkiv||Ukraine|in Kharkiv", "PROTEST|ADM1||Kyiv Oblast|Ukraine|Kyiv region",
        "THREATEN|||||"), places);
  }

  /**
   * PLOVER's {@code feature_class} and {@code feature_code} and POLECAT's Feature Type are GeoNames
   * values (the PLOVER manual, location object: "see http://www.geonames.org/export/codes.html"):
   * a disputed or occupied area is A.TERR (territory), a ceasefire line A.ZNB (buffer zone), a sea
   * H.SEA, also for events a store holds with Dyad's former codes DISP and LINE. Dyad's own negative
   * ids are no GeoNames ids (PLOVER {@code geonameid} null, POLECAT GeoNames ID empty) and no GNS
   * feature ids (GDELT ActionGeo_FeatureID empty; ActionGeo_Type 4, the codebook's city or landmark).
   */
  @Test
  void features_areWrittenWithGeoNamesFeatureCodes_inEveryFormat() throws Exception {
    store.close();
    store = ExchangeFixture.featureStore(dir.resolve("features.duckdb"));
    Path out = dir.resolve("out.plover");
    assertEquals(4, store.export(ExportFormat.PLOVER, out, null, null));
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
      assertEquals(List.of("181 H SEA null", "190 A TERR null", "193 A ZNB null", "195 A TERR null"),
          column(s, "SELECT concat_ws(' ', cameo, event_loc.feature_class, event_loc.feature_code, coalesce(CAST(event_loc.geonameid AS VARCHAR), 'null'))"
              + " FROM read_json('" + out + "', format = 'newline_delimited') ORDER BY cameo"));
    }
    List<String> polecat = export(ExportFormat.POLECAT, Arrays.asList(POLECAT_HEADER.split("\t")), true).stream()
        .map(r -> String.join("|", r.get("Placename"), r.get("Feature Type"), r.get("GeoNames ID"))).sorted().toList();
    assertEquals(List.of("Gaza Strip|TERR|", "Korean Demilitarized Zone|ZNB|", "South China Sea|SEA|", "West Bank|TERR|"), polecat);
    List<String> gdelt = export(ExportFormat.GDELT, GDELT_CODEBOOK_EVENTS, false).stream()
        .map(r -> String.join("|", r.get("EventCode"), r.get("ActionGeo_Type"), r.get("ActionGeo_FeatureID"))).sorted().toList();
    assertEquals(List.of("181|4|", "190|4|", "193|4|", "195|4|"), gdelt);
  }

  @Test
  void acled_hasTheCodebooksColumns_andOnlyEventsDyadTypedTheAcledWay() throws Exception {
    List<Map<String, String>> rows = export(ExportFormat.ACLED, ACLED_CODEBOOK, true);
    assertEquals(String.join(",", ACLED_CODEBOOK), Files.readAllLines(dir.resolve("out.acled")).get(0));
    assertEquals(List.of("Political violence/Explosions/Remote violence/Air/drone strike/1/1/11/6/804/Ukraine/Kharkiv/1",
        "Demonstrations/Protests/Peaceful protest/6/1/16/0/804/Ukraine/Kyiv Oblast/2"), rows.stream()
        .map(r -> String.join("/", r.get("disorder_type"), r.get("event_type"), r.get("sub_event_type"), r.get("inter1"), r.get("inter2"),
            r.get("interaction"), r.get("fatalities"), r.get("iso"), r.get("country"), r.get("location"), r.get("geo_precision")))
        .toList());
    assertTrue(rows.get(0).get("event_id_cnty").startsWith("UKR"), rows.get(0).get("event_id_cnty"));
  }

  @Test
  void exports_selectByProvenance() throws Exception {
    assertEquals(4, store.export(ExportFormat.GDELT, dir.resolve("d.tsv"), null, null, Provenance.DYAD));
    assertEquals(0, store.export(ExportFormat.GDELT, dir.resolve("g.tsv"), null, null, Provenance.GDELT));
    assertEquals("gdelt-mentions", ExportFormat.GDELT_MENTIONS.label());
    assertEquals(ExportFormat.GDELT_MENTIONS, ExportFormat.ofLabel("GDELT-Mentions"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ExportFormat.ofLabel("icews"));
    assertEquals("unknown export format 'icews' (expected csv, parquet, gdelt, gdelt-mentions, plover, polecat or acled)", e.getMessage());
  }

  /** Exports a format and reads it back as rows of named fields (tab- or comma-separated, quotes honoured by DuckDB for CSV). */
  private List<Map<String, String>> export(ExportFormat format, List<String> columns, boolean header) throws Exception {
    Path out = dir.resolve("out." + format.label());
    store.export(format, out, null, null);
    List<Map<String, String>> rows = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT * FROM read_csv('" + out + "', header = " + header + ", all_varchar = true, delim = '"
            + (format == ExportFormat.ACLED ? "," : "\t") + "', quote = '" + (format == ExportFormat.ACLED ? "\"" : "")
            + "', columns = {" + columns.stream().map(n -> "'" + n + "': 'VARCHAR'").collect(Collectors.joining(", ")) + "})")) {
      while (r.next()) {
        Map<String, String> row = new java.util.LinkedHashMap<>();
        for (int i = 0; i < columns.size(); i++) {
          String v = r.getString(i + 1);
          row.put(columns.get(i), v == null ? "" : v);
        }
        rows.add(row);
      }
    }
    return rows;
  }

  private static Map<String, String> byCode(List<Map<String, String>> rows, String code) {
    return rows.stream().filter(r -> r.get("EventCode").equals(code)).findFirst().orElseThrow();
  }

  private static List<String> column(Statement s, String sql) throws Exception {
    List<String> values = new ArrayList<>();
    try (ResultSet r = s.executeQuery(sql)) {
      while (r.next()) {
        values.add(r.getString(1));
      }
    }
    return values;
  }
}
