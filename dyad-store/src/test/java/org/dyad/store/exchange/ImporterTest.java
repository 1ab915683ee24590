package org.dyad.store.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dyad.model.DyadInputException;
import org.dyad.store.DuckDbStore;
import org.dyad.store.EventQuery;
import org.dyad.store.EventStore;
import org.dyad.store.ExchangeFixture;
import org.dyad.store.ExportFormat;
import org.dyad.store.StoredEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dyad import}'s three formats on a real store, from hand-written rows that follow each
 * format's specification column by column, and the round trip export → import → export.
 */
class ImporterTest {
  /**
   * Three GDELT 2.0 event records written by hand after the GDELT 2.0 Event Codebook V2.0 (2015),
   * one field per codebook entry in its order: ID and date attributes (GlobalEventID, Day,
   * MonthYear, Year, FractionDate); Actor1 and Actor2 (Code, Name, CountryCode, KnownGroupCode,
   * EthnicCode, Religion1Code, Religion2Code, Type1Code, Type2Code, Type3Code); event action
   * (IsRootEvent, EventCode, EventBaseCode, EventRootCode, QuadClass, GoldsteinScale, NumMentions,
   * NumSources, NumArticles, AvgTone); Actor1Geo, Actor2Geo and ActionGeo (Type, Fullname,
   * CountryCode in FIPS 10-4, ADM1Code, ADM2Code, Lat, Long, FeatureID); DATEADDED, SOURCEURL.
   */
  static final List<List<String>> GDELT_ROWS = List.of(
      List.of("1027841412", "20220224", "202202", "2022", "2022.1507",
          "RUS", "RUSSIA", "RUS", "", "", "", "", "", "", "",
          "UKRMIL", "UKRAINE", "UKR", "", "", "", "", "MIL", "", "",
          "1", "190", "190", "19", "4", "-10.0", "10", "2", "10", "-6.21118012422360",
          "1", "Russia", "RS", "RS", "", "60", "100", "RS",
          "4", "Kharkiv, Kharkivs'ka Oblast', Ukraine", "UP", "UP07", "", "50", "36.25", "-1036829",
          "4", "Kharkiv, Kharkivs'ka Oblast', Ukraine", "UP", "UP07", "", "50", "36.25", "-1036829",
          "20220224153000", "https://www.example.com/news/ukraine-invasion.html"),
      List.of("1027841413", "20220224", "202202", "2022", "2022.1507",
          "USAGOV", "UNITED STATES", "USA", "", "", "", "", "GOV", "", "",
          "RUS", "RUSSIA", "RUS", "", "", "", "", "", "", "",
          "0", "163", "163", "16", "4", "-8.0", "4", "1", "4", "-3.5",
          "2", "District of Columbia, United States", "US", "USDC", "", "38.8951", "-77.0364", "DC",
          "1", "Russia", "RS", "RS", "", "60", "100", "RS",
          "3", "Washington, District of Columbia, United States", "US", "USDC", "", "38.8951", "-77.0364", "531871",
          "20220224161500", "https://www.example.org/politics/sanctions"),
      List.of("1027841414", "20220225", "202202", "2022", "2022.1534",
          "", "", "", "", "", "", "", "", "", "",
          "CVL", "CIVILIAN", "", "", "", "", "", "CVL", "", "",
          "0", "0231", "023", "02", "1", "3.4", "2", "1", "2", "1.2",
          "0", "", "", "", "", "", "", "",
          "0", "", "", "", "", "", "", "",
          "0", "", "", "", "", "", "", "",
          "20220225080000", "https://www.example.net/aid"));

  /**
   * Mentions of the events above written by hand after the GDELT 2.0 Event Codebook V2.0 (2015),
   * "Mentions table", one field per codebook entry in its order: GlobalEventID, EventTimeDate (the
   * event's DATEADDED), MentionTimeDate, MentionType (1 web, 2 citation only), MentionSourceName,
   * MentionIdentifier (the URL, or a citation), SentenceID, Actor1CharOffset, Actor2CharOffset,
   * ActionCharOffset (-1 where not found), InRawText, Confidence (10-100), MentionDocLen,
   * MentionDocTone, MentionDocTranslationInfo, Extras. The last mentions an event not in GDELT_ROWS.
   */
  static final List<List<String>> MENTION_ROWS = List.of(
      List.of("1027841412", "20220224153000", "20220224153000", "1", "example.com", "https://www.example.com/news/ukraine-invasion.html",
          "1", "0", "42", "21", "1", "100", "3120", "-8.275862068965518", "", ""),
      List.of("1027841412", "20220224153000", "20220224161500", "1", "example.org", "https://www.example.org/world/troops-cross-border",
          "2", "118", "151", "137", "1", "80", "2410", "-7.142857142857143", "", ""),
      List.of("1027841412", "20220224153000", "20220224171500", "1", "example.com", "https://www.example.com/live/ukraine-day-one",
          "3", "264", "-1", "290", "0", "50", "5873", "-6.01", "", ""),
      List.of("1027841413", "20220224161500", "20220225080000", "2", "Reuters", "Reuters report of 24 February 2022",
          "1", "0", "55", "24", "1", "60", "0", "0", "", ""),
      List.of("1027800001", "20220223120000", "20220224153000", "1", "example.com", "https://www.example.com/news/ukraine-invasion.html",
          "5", "310", "344", "330", "1", "40", "3120", "-8.275862068965518", "", ""));

  /**
   * Two ACLED rows written by hand after the ACLED codebook (acledR's acled_codebook), its 31
   * columns in order, quoted as RFC 4180 CSV where a value holds a comma.
   */
  static final String ACLED_CSV = String.join(",", List.of("event_id_cnty", "event_date", "year", "time_precision", "disorder_type",
      "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction",
      "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude",
      "geo_precision", "source", "source_scale", "notes", "fatalities", "tags", "timestamp")) + "\n"
      + "UKR12345,2024-03-02,2024,1,Political violence,Explosions/Remote violence,Air/drone strike,Military Forces of Russia (2000-),,8,"
      + "Civilians (Ukraine),,7,78,Civilian targeting,804,Europe,Ukraine,Odesa,Odeskyi,Odeska,Odesa,46.4775,30.7326,1,"
      + "\"Suspilne; Ukrainska Pravda\",National,\"On 2 March 2024, Russian forces struck a residential building in Odesa, killing 12"
      + " civilians.\",12,,1709596800\n"
      + "UKR12346,2024-03-03,2024,1,Demonstrations,Protests,Peaceful protest,Protesters (Ukraine),,6,,,0,60,,804,Europe,Ukraine,"
      + "Kyiv City,Kyiv,,Kyiv,50.4501,30.5234,1,Kyiv Independent,National,\"On 3 March 2024, about 200 people rallied in Kyiv.\",0,"
      + "crowd size=around 200,1709683200\n";

  /** One POLECAT row written by hand after the published POLECAT files (Harvard Dataverse doi:10.7910/DVN/AJGVIT), header and all. */
  static final String POLECAT_TSV = String.join("\t", Columns.POLECAT) + "\n" + String.join("\t", List.of(
      "20230315-0001", "2023-03-15", "accuse", "", "-3.0", "", "military", "Government of China", "CHN", "710", "GOV", "GOV;FOR",
      "spokesperson", "Chinese foreign ministry", "", "United States", "USA", "2", "GOV", "GOV", "", "Washington", "",
      "Beijing", "Beijing", "", "Beijing", "China", "39.9075", "116.39723", "1816670", "Beijing", "PPLC", "Xinhua", "2023-03-16",
      "Wang Wenbin", "", "Beijing;Washington", "en", "v1.1")) + "\n";

  @TempDir Path dir;

  @Test
  void gdelt_rowsOfTheCodebook_becomeEventsWithTheirCodesActorsAndPlaces_keptApartFromCodedOnes() throws Exception {
    Path file = write("20220224.export.CSV", tsv(GDELT_ROWS));
    try (DuckDbStore store = ExchangeFixture.store(dir.resolve("s.duckdb"))) {
      assertEquals(new Importer.Result(3, 3), store.importFile(ImportFormat.GDELT, file));
      assertEquals(new Importer.Result(3, 0), store.importFile(ImportFormat.GDELT, file)); // again: nothing added
      List<StoredEvent> gdelt = store.events(EventQuery.all(10).withProvenance("gdelt")).items();
      assertEquals(3, gdelt.size());
      assertEquals(4, store.events(EventQuery.all(10).withProvenance("dyad")).total());
      StoredEvent invasion = gdelt.stream().filter(e -> e.code().equals("190")).findFirst().orElseThrow();
      assertEquals(List.of("RUS", "RUSSIA", "UKRMIL", "UKR", "MIL", "19", "-10.0", "4", "ASSAULT", "2022-02-24", "gdelt"),
          List.of(invasion.source().code(), invasion.source().name(), invasion.target().code(), invasion.target().country(),
              invasion.target().agent(), invasion.root(), String.valueOf(invasion.goldstein()), String.valueOf(invasion.quadClass()),
              invasion.ploverType(), String.valueOf(invasion.eventDate()), invasion.provenance()));
      // ActionGeo: FIPS UP is Ukraine; ADM1 UP07 is division 07; type 4 a world city
      assertEquals(List.of("Kharkiv, Kharkivs'ka Oblast', Ukraine", "UKR", "07", "CITY", "50.0"), List.of(invasion.location().name(),
          invasion.location().country(), invasion.location().admin1(), invasion.location().precision().name(),
          String.valueOf(invasion.location().latitude())));
      StoredEvent sanctions = gdelt.stream().filter(e -> e.code().equals("163")).findFirst().orElseThrow();
      assertEquals(List.of("USA", "DC"), List.of(sanctions.location().country(), sanctions.location().admin1()));
      StoredEvent aid = gdelt.stream().filter(e -> e.code().equals("0231")).findFirst().orElseThrow();
      assertEquals("", aid.source().code());
      assertNull(aid.location());
      assertTrue(store.dyads(null, 20).stream().anyMatch(d -> d.source().equals("RUS") && d.target().equals("UKRMIL")));
      assertEquals(1, store.timeline("RUS", "UKR", EventStore.Period.DAY, false).stream().filter(p -> p.events() == 1)
          .filter(p -> p.period().getYear() == 2022).count());
    }
  }

  @Test
  void dyadsTimelinesAndAlerts_countOneProvenance_whenAsked() throws Exception {
    Path file = write("20220224.export.CSV", tsv(GDELT_ROWS));
    try (DuckDbStore store = ExchangeFixture.store(dir.resolve("p.duckdb"))) {
      store.importFile(ImportFormat.GDELT, file);
      java.util.function.Function<Provenance, List<String>> dyads = p -> {
        try {
          return store.dyads(new org.dyad.store.DyadQuery(null, null, 20, org.dyad.store.ActorLevel.SECTOR, null, p)).stream()
              .map(d -> d.source() + ">" + d.target()).sorted().toList();
        } catch (DyadInputException e) {
          throw new AssertionError(e);
        }
      };
      assertTrue(dyads.apply(null).containsAll(List.of("RUS>UKRMIL", "RUSMIL>UKR")), dyads.apply(null).toString());
      assertEquals(List.of("RUS>UKRMIL", "USAGOV>RUS"), dyads.apply(Provenance.GDELT));
      assertTrue(dyads.apply(Provenance.DYAD).contains("RUSMIL>UKR") && !dyads.apply(Provenance.DYAD).contains("RUS>UKRMIL"));
      assertEquals(List.of(), dyads.apply(Provenance.ACLED));
      assertEquals(List.of(2022), store.timeline("RUS", "UKR", EventStore.Period.DAY, false, Provenance.GDELT).stream()
          .map(p -> p.period().getYear()).toList());
      assertEquals(List.of(2025), store.timeline("RUS", "UKR", EventStore.Period.DAY, false, Provenance.DYAD).stream()
          .map(p -> p.period().getYear()).distinct().toList());
    }
  }

  @Test
  void acled_rowsOfTheCodebook_keepTheirTypesActorsAndFatalities_withNoCameoCodeInvented() throws Exception {
    Path file = write("acled.csv", ACLED_CSV);
    try (DuckDbStore store = DuckDbStore.open(dir.resolve("a.duckdb"))) {
      assertEquals(new Importer.Result(2, 2), store.importFile(ImportFormat.ACLED, file));
      List<StoredEvent> events = store.events(EventQuery.all(10).withProvenance("acled")).items();
      StoredEvent strike = events.stream().filter(e -> e.eventType().startsWith("Explosions")).findFirst().orElseThrow();
      assertEquals(List.of("", "", "Air/drone strike", "RUS", "Military Forces of Russia (2000-)", "UKRCVL", "Civilians (Ukraine)", "12",
          "Odesa", "UKR", "CITY", "2024-03-02", "Suspilne; Ukrainska Pravda"), List.of(strike.code(), strike.root(), strike.subEventType(),
          strike.source().code(), strike.source().name(), strike.target().code(), strike.target().name(),
          String.valueOf(strike.fatalities()), strike.location().name(), strike.location().country(), strike.location().precision().name(),
          String.valueOf(strike.eventDate()), strike.docId()));
      assertTrue(strike.sentenceText().startsWith("On 2 March 2024, Russian forces struck"), strike.sentenceText());
      StoredEvent rally = events.stream().filter(e -> e.eventType().equals("Protests")).findFirst().orElseThrow();
      assertEquals(List.of("UKRCVL", ""), List.of(rally.source().code(), rally.target().code()));
      assertEquals(12, store.timeline("RUS", "UKR", EventStore.Period.DAY, false).get(0).fatalities());
    }
  }

  @Test
  void polecat_rowOfThePublishedLayout_keepsItsPloverTypeModeAndActors() throws Exception {
    Path file = write("polecat.tsv", POLECAT_TSV);
    try (DuckDbStore store = DuckDbStore.open(dir.resolve("p.duckdb"))) {
      assertEquals(new Importer.Result(1, 1), store.importFile(ImportFormat.POLECAT, file));
      StoredEvent e = store.events(EventQuery.all(10)).items().get(0);
      assertEquals(List.of("ACCUSE", "", "3", "-3.0", "CHNGOV", "Government of China", "Chinese foreign ministry", "USAGOV", "Beijing",
          "CHN", "2023-03-15", "2023-03-16", "polecat"), List.of(e.ploverType(), e.code(), String.valueOf(e.quadClass()),
          String.valueOf(e.goldstein()), e.source().code(), e.source().name(), e.source().text(), e.target().code(), e.location().name(),
          e.location().country(), String.valueOf(e.eventDate()), String.valueOf(e.date()), e.provenance()));
    }
  }

  @Test
  void polecat_rowPlacedAtAFeature_hasFeaturePrecision_byItsGeoNamesFeatureCode() throws Exception {
    String sea = POLECAT_TSV.replace("Beijing\tBeijing\t\tBeijing\tChina\t39.9075\t116.39723\t1816670\tBeijing\tPPLC",
        "South China Sea\t\t\t\t\t12.0\t113.0\t\tin the South China Sea\tSEA");
    assertTrue(sea.contains("\tSEA\t"), sea);
    Path file = write("polecat-sea.tsv", sea);
    try (DuckDbStore store = DuckDbStore.open(dir.resolve("f.duckdb"))) {
      assertEquals(new Importer.Result(1, 1), store.importFile(ImportFormat.POLECAT, file));
      org.dyad.model.Location l = store.events(EventQuery.all(10)).items().get(0).location();
      assertEquals("South China Sea SEA FEATURE", l.name() + " " + l.feature() + " " + l.precision());
    }
  }

  @Test
  void roundTrip_exportImportExport_givesTheSameRows_forGdeltAcledAndPolecat() throws Exception {
    for (ExportFormat format : List.of(ExportFormat.GDELT, ExportFormat.ACLED, ExportFormat.POLECAT)) {
      Path first = dir.resolve("first." + format.label());
      Path second = dir.resolve("second." + format.label());
      try (DuckDbStore coded = ExchangeFixture.store(dir.resolve("coded-" + format.label() + ".duckdb"))) {
        assertTrue(coded.export(format, first, null, null) > 0, format.label());
      }
      try (DuckDbStore imported = DuckDbStore.open(dir.resolve("imported-" + format.label() + ".duckdb"))) {
        imported.importFile(ImportFormat.valueOf(format.name()), first);
        imported.export(format, second, null, null);
      }
      assertEquals(Files.readAllLines(first), Files.readAllLines(second), format.label());
    }
  }

  @Test
  void roundTrip_ofTheCodebookRows_givesThemBackExactly() throws Exception {
    String rows = tsv(GDELT_ROWS);
    Path file = write("g.tsv", rows);
    Path out = dir.resolve("again.tsv");
    try (DuckDbStore store = DuckDbStore.open(dir.resolve("r.duckdb"))) {
      store.importFile(ImportFormat.GDELT, file);
      store.export(ExportFormat.GDELT, out, null, null);
    }
    assertEquals(List.of(rows.split("\n")), Files.readAllLines(out));
  }

  @Test
  void badRows_areRefusedByFileAndLine_andNothingOfTheFileIsStored() throws Exception {
    List<String> short60 = GDELT_ROWS.get(1).subList(0, 60);
    Path file = write("bad.tsv", tsv(List.of(GDELT_ROWS.get(0), short60)));
    List<String> badGoldstein = new java.util.ArrayList<>(GDELT_ROWS.get(2));
    badGoldstein.set(30, "high");
    Path goldstein = write("gold.tsv", tsv(List.of(GDELT_ROWS.get(0), badGoldstein)));
    Path acled = write("acled-bad.csv", "event_id_cnty,event_date\nUKR1,2024-01-01\n");
    Path polecat = write("polecat-bad.tsv", POLECAT_TSV.replace("accuse", "gossip"));
    try (DuckDbStore store = DuckDbStore.open(dir.resolve("b.duckdb"))) {
      assertEquals(file + ":2: expected 61 tab-separated GDELT columns, found 60",
          assertThrows(DyadInputException.class, () -> store.importFile(ImportFormat.GDELT, file)).getMessage());
      assertEquals(goldstein + ":2: GoldsteinScale 'high' is not a number",
          assertThrows(DyadInputException.class, () -> store.importFile(ImportFormat.GDELT, goldstein)).getMessage());
      String missing = assertThrows(DyadInputException.class, () -> store.importFile(ImportFormat.ACLED, acled)).getMessage();
      assertTrue(missing.startsWith(acled + ":1: not a ACLED header; missing year, time_precision, disorder_type"), missing);
      assertEquals(polecat + ":2: Event Type 'gossip' is not one of the 16 PLOVER event types",
          assertThrows(DyadInputException.class, () -> store.importFile(ImportFormat.POLECAT, polecat)).getMessage());
      assertEquals(dir.resolve("none.tsv") + ": no such file",
          assertThrows(DyadInputException.class, () -> store.importFile(ImportFormat.GDELT, dir.resolve("none.tsv"))).getMessage());
      assertEquals(0, store.events(EventQuery.all(10)).total());
    }
  }

  @Test
  void gdelt_anIdRepeatedInTheFile_isStoredOnceFromItsFirstLine_andBlankLinesKeepTheLineNumbers() throws Exception {
    List<String> repeat = new java.util.ArrayList<>(GDELT_ROWS.get(0));
    repeat.set(26, "193"); // EventCode
    String rows = String.join("\t", GDELT_ROWS.get(0)) + "\r\n\n" + String.join("\t", repeat) + "\n" + String.join("\t", GDELT_ROWS.get(1)) + "\n";
    Path file = write("repeat.tsv", rows);
    List<String> badCode = new java.util.ArrayList<>(GDELT_ROWS.get(2));
    badCode.set(26, "19x");
    Path bad = write("blank-bad.tsv", "\n\n" + String.join("\t", GDELT_ROWS.get(0)) + "\n\n" + String.join("\t", badCode) + "\n");
    try (DuckDbStore store = DuckDbStore.open(dir.resolve("d.duckdb"))) {
      assertEquals(new Importer.Result(3, 2), store.importFile(ImportFormat.GDELT, file));
      List<StoredEvent> events = store.events(EventQuery.all(10)).items();
      assertEquals(List.of("163", "190"), events.stream().map(StoredEvent::code).sorted().toList());
      assertEquals(bad + ":5: EventCode '19x' is not a CAMEO code of 2 to 4 digits",
          assertThrows(DyadInputException.class, () -> store.importFile(ImportFormat.GDELT, bad)).getMessage());
      assertEquals(2, store.events(EventQuery.all(10)).total());
      // Mixed line endings are read by the lenient reader, which would cut a line at U+0001: such a file is refused by line.
      Path control = write("control.tsv", String.join("\t", GDELT_ROWS.get(1)) + "\r\n" + String.join("\t", GDELT_ROWS.get(2))
          .replace("https://www.example.net/aid", "https://www.example.net/\u0001aid") + "\n");
      assertEquals(control + ":2: holds the control character U+0001",
          assertThrows(DyadInputException.class, () -> store.importFile(ImportFormat.GDELT, control)).getMessage());
      assertEquals(2, store.events(EventQuery.all(10)).total());
    }
  }

  @Test
  void gdeltMentions_rowsOfTheCodebook_becomeTheReportsOfTheirEvents_inEitherOrderOfImport() throws Exception {
    Path events = write("20220224.export.CSV", tsv(GDELT_ROWS));
    Path mentions = write("20220224.mentions.CSV", tsv(MENTION_ROWS));
    for (boolean mentionsFirst : List.of(false, true)) {
      try (DuckDbStore store = DuckDbStore.open(dir.resolve("m-" + mentionsFirst + ".duckdb"))) {
        if (mentionsFirst) {
          assertEquals(new Importer.Result(5, 5), store.importFile(ImportFormat.GDELT_MENTIONS, mentions));
        }
        store.importFile(ImportFormat.GDELT, events);
        if (!mentionsFirst) {
          assertEquals(new Importer.Result(5, 5), store.importFile(ImportFormat.GDELT_MENTIONS, mentions));
        }
        assertEquals(new Importer.Result(5, 0), store.importFile(ImportFormat.GDELT_MENTIONS, mentions)); // again: nothing added
        List<StoredEvent> gdelt = store.events(EventQuery.all(10).withProvenance("gdelt")).items();
        java.util.Map<String, String> reports = new java.util.TreeMap<>();
        gdelt.forEach(e -> reports.put(e.code(), e.reports() + " reports, " + e.sources() + " outlets"));
        // the invasion's three mentions from two outlets; the sanctions' one citation; the aid event has none: its own row (no outlet)
        assertEquals("{0231=1 reports, 0 outlets, 163=1 reports, 1 outlets, 190=3 reports, 2 outlets}", reports.toString(),
            "mentions first: " + mentionsFirst);
        Path out = dir.resolve("again-" + mentionsFirst + ".mentions.CSV");
        assertEquals(4, store.export(ExportFormat.GDELT_MENTIONS, out, null, null));
        assertEquals(MENTION_ROWS.subList(0, 4).stream().map(r -> String.join("\t", r)).toList(), Files.readAllLines(out),
            "each stored event's mentions, as the file had them; the mention of an event not stored is kept but not exported");
      }
    }
  }

  @Test
  void roundTrip_ofDyadsOwnEventsAndMentions_throughGdelt_givesTheSameMentions() throws Exception {
    Path events = dir.resolve("coded.export.CSV");
    Path mentions = dir.resolve("coded.mentions.CSV");
    Path again = dir.resolve("again.mentions.CSV");
    try (DuckDbStore coded = ExchangeFixture.store(dir.resolve("coded.duckdb"))) {
      coded.export(ExportFormat.GDELT, events, null, null);
      assertTrue(coded.export(ExportFormat.GDELT_MENTIONS, mentions, null, null) > 0);
    }
    try (DuckDbStore imported = DuckDbStore.open(dir.resolve("imported.duckdb"))) {
      imported.importFile(ImportFormat.GDELT, events);
      long rows = Files.readAllLines(mentions).size();
      assertEquals(new Importer.Result(rows, rows), imported.importFile(ImportFormat.GDELT_MENTIONS, mentions));
      imported.export(ExportFormat.GDELT_MENTIONS, again, null, null);
    }
    assertEquals(Files.readAllLines(mentions), Files.readAllLines(again));
  }

  @Test
  void gdeltMentions_badRows_areRefusedByFileAndLine_andAnEventTableIsNamed() throws Exception {
    List<String> badTime = new java.util.ArrayList<>(MENTION_ROWS.get(1));
    badTime.set(2, "2022-02-24");
    Path bad = write("bad.mentions.CSV", tsv(List.of(MENTION_ROWS.get(0), badTime)));
    List<String> noUrl = new java.util.ArrayList<>(MENTION_ROWS.get(2));
    noUrl.set(5, "");
    Path empty = write("empty.mentions.CSV", tsv(List.of(noUrl)));
    Path events = write("events.CSV", tsv(GDELT_ROWS));
    try (DuckDbStore store = DuckDbStore.open(dir.resolve("mb.duckdb"))) {
      assertEquals(bad + ":2: MentionTimeDate '2022-02-24' is not a date as YYYYMMDD (or YYYYMMDDHHMMSS)",
          assertThrows(DyadInputException.class, () -> store.importFile(ImportFormat.GDELT_MENTIONS, bad)).getMessage());
      assertEquals(empty + ":1: MentionIdentifier is empty",
          assertThrows(DyadInputException.class, () -> store.importFile(ImportFormat.GDELT_MENTIONS, empty)).getMessage());
      assertEquals(events + ":1: expected 16 tab-separated GDELT mentions columns, found 61 (a GDELT event table? use --format gdelt)",
          assertThrows(DyadInputException.class, () -> store.importFile(ImportFormat.GDELT_MENTIONS, events)).getMessage());
      Path mentions = write("m.CSV", tsv(MENTION_ROWS));
      assertEquals(mentions + ":1: expected 61 tab-separated GDELT columns, found 16 (a GDELT mentions table? use --format gdelt-mentions)",
          assertThrows(DyadInputException.class, () -> store.importFile(ImportFormat.GDELT, mentions)).getMessage());
      assertEquals(new Importer.Result(5, 5), store.importFile(ImportFormat.GDELT_MENTIONS, mentions), "nothing of the bad files was stored");
    }
  }

  /** Rows as a tab-separated file's text, one line each. */
  static String tsv(List<List<String>> rows) {
    StringBuilder b = new StringBuilder();
    for (List<String> row : rows) {
      b.append(String.join("\t", row)).append('\n');
    }
    return b.toString();
  }

  private Path write(String name, String content) throws Exception {
    Path p = dir.resolve(name);
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return p;
  }
}
