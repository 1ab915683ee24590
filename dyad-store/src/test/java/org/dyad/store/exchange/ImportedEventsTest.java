package org.dyad.store.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dyad.store.ActorLevel;
import org.dyad.store.AlertQuery;
import org.dyad.store.DuckDbStore;
import org.dyad.store.DyadQuery;
import org.dyad.store.EventQuery;
import org.dyad.store.EventStore;
import org.dyad.store.ExchangeFixture;
import org.dyad.store.ExportFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Schema v17 keeps imported events in their own narrow table ({@code imported_events}) behind the
 * view {@code events}. The same files imported as schema v16 did (its mappings, kept under {@code
 * v16/} in the test resources, into the wide table) and as v17 does give the same {@code events}
 * rows, the same reads (events, dyads, timeline, alerts, an event's reports and mentions) and
 * byte-identical exports in every format; a v16 store upgraded to v17 gives them too.
 */
class ImportedEventsTest {
  @TempDir Path dir;

  @Test
  void importedAsV16_upgraded_andImportedAsV17_giveTheSameRowsReadsAndExports() throws Exception {
    List<Input> inputs = inputs();
    Path before = dir.resolve("v16.duckdb");
    Map<String, List<String>> asV16;
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + before)) {
      ExchangeFixture.migrateTo(c, 16);
      Importer old = new Importer(c, new ExchangeTables(c), "v16/");
      for (Input in : inputs) {
        old.load(in.format(), in.file());
      }
      asV16 = Map.of("events", rows(c, "SELECT * FROM events ORDER BY article_hash, event_no"));
    }
    Map<String, List<String>> upgraded;
    try (DuckDbStore store = DuckDbStore.open(before)) {
      assertEquals(19, store.schemaVersion());
      upgraded = reads(store, "upgraded");
    }
    Map<String, List<String>> fresh;
    try (DuckDbStore store = DuckDbStore.open(dir.resolve("v17.duckdb"))) {
      for (Input in : inputs) {
        store.importFile(in.format(), in.file());
      }
      fresh = reads(store, "fresh");
      for (Input in : inputs) { // imports stay idempotent
        assertEquals(0, store.importFile(in.format(), in.file()).added(), in.file().toString());
      }
      assertEquals(fresh, reads(store, "again"));
    }
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("v17.duckdb"))) {
      List<String> events = rows(c, "SELECT * FROM events ORDER BY article_hash, event_no");
      assertTrue(events.size() > 10, events.toString());
      assertEquals(asV16.get("events"), events, "events rows of the v16 import");
      assertEquals(events.size(), rows(c, "SELECT * FROM imported_events").size());
      assertEquals(List.of("n=0"), rows(c, "SELECT count(*) AS n FROM coded_events"), "imported events are not coded ones");
    }
    assertEquals(fresh.keySet(), upgraded.keySet());
    for (String read : fresh.keySet()) {
      assertEquals(upgraded.get(read), fresh.get(read), read);
    }
  }

  private record Input(ImportFormat format, Path file) {}

  /** The codebook rows of {@link ImporterTest} and the exports of {@link ExchangeFixture}'s coded events, in each importable format. */
  private List<Input> inputs() throws Exception {
    List<Input> inputs = new ArrayList<>();
    inputs.add(new Input(ImportFormat.GDELT, write("codebook.export.CSV", ImporterTest.tsv(ImporterTest.GDELT_ROWS))));
    inputs.add(new Input(ImportFormat.GDELT_MENTIONS, write("codebook.mentions.CSV", ImporterTest.tsv(ImporterTest.MENTION_ROWS))));
    inputs.add(new Input(ImportFormat.ACLED, write("codebook.csv", ImporterTest.ACLED_CSV)));
    inputs.add(new Input(ImportFormat.POLECAT, write("codebook.tsv", ImporterTest.POLECAT_TSV)));
    try (DuckDbStore coded = ExchangeFixture.store(dir.resolve("coded.duckdb"))) {
      for (ExportFormat f : List.of(ExportFormat.GDELT, ExportFormat.ACLED, ExportFormat.POLECAT)) {
        Path file = dir.resolve("fixture." + f.label());
        coded.export(f, file, null, null);
        inputs.add(new Input(ImportFormat.valueOf(f.name()), file));
      }
    }
    return inputs;
  }

  /** What the read commands and the API give, and every export, each as lines. */
  private Map<String, List<String>> reads(DuckDbStore store, String name) throws Exception {
    Map<String, List<String>> reads = new LinkedHashMap<>();
    List<org.dyad.store.StoredEvent> events = store.events(EventQuery.all(1000)).items();
    reads.put("api events", events.stream().map(Object::toString).toList());
    List<String> detail = new ArrayList<>();
    for (org.dyad.store.StoredEvent e : events) {
      detail.add(store.event(e.id()).map(Object::toString).orElse("none") + " " + store.reports(e.eventKey()) + " " + store.mentions(e.eventKey()));
    }
    reads.put("api event, reports, mentions", detail);
    for (ActorLevel level : ActorLevel.values()) {
      reads.put("dyads " + level, store.dyads(new DyadQuery(null, null, 100, level, null, null)).stream().map(Object::toString).toList());
    }
    reads.put("timeline", store.timeline("RUS", "UKR", EventStore.Period.WEEK, false).stream().map(Object::toString).toList());
    reads.put("alerts", store.alerts(AlertQuery.asOf(LocalDate.of(2025, 3, 30))).stream().map(Object::toString).toList());
    reads.put("counts", List.of(store.counts().toString(), store.eventDates().toString()));
    for (ExportFormat f : ExportFormat.values()) {
      if (f == ExportFormat.PARQUET) {
        continue; // binary; CSV has its columns
      }
      Path out = dir.resolve(name + "." + f.label());
      store.export(f, out, null, null);
      reads.put("export " + f.label(), Files.readAllLines(out, StandardCharsets.UTF_8));
    }
    return reads;
  }

  private static List<String> rows(Connection c, String sql) throws Exception {
    List<String> rows = new ArrayList<>();
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
      ResultSetMetaData m = r.getMetaData();
      while (r.next()) {
        StringBuilder b = new StringBuilder();
        for (int i = 1; i <= m.getColumnCount(); i++) {
          b.append(m.getColumnName(i)).append('=').append(r.getString(i)).append(i < m.getColumnCount() ? " | " : "");
        }
        rows.add(b.toString());
      }
    }
    return rows;
  }

  private Path write(String name, String content) throws Exception {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }
}
