package org.dyad.store;

import static org.dyad.store.SqlRows.rows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dyad.model.Actor;
import org.dyad.model.ActorMention;
import org.dyad.model.Article;
import org.dyad.model.Event;
import org.dyad.model.Evidence;
import org.dyad.model.Span;
import org.dyad.ontology.CameoOntology;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The schema's versioned SQL files, against the migrations that were Java strings until v5. */
class MigrationsTest {
  /** Schema v1 to v5 as DuckDbStore held them in Java strings before the .sql files (frozen copy). */
  static final List<String> MIGRATIONS = List.of(
      """
      CREATE TABLE articles (
        hash VARCHAR PRIMARY KEY, id VARCHAR NOT NULL, source VARCHAR NOT NULL, title VARCHAR NOT NULL,
        published DATE, text VARCHAR NOT NULL, ingested_at TIMESTAMP NOT NULL DEFAULT current_timestamp);
      CREATE TABLE events (
        article_hash VARCHAR NOT NULL, event_no INTEGER NOT NULL, doc_id VARCHAR NOT NULL, published DATE,
        source_code VARCHAR NOT NULL, source_country VARCHAR NOT NULL, source_agent VARCHAR NOT NULL,
        source_name VARCHAR NOT NULL, source_text VARCHAR NOT NULL,
        target_code VARCHAR NOT NULL, target_country VARCHAR NOT NULL, target_agent VARCHAR NOT NULL,
        target_name VARCHAR NOT NULL, target_text VARCHAR NOT NULL,
        cameo VARCHAR NOT NULL, root VARCHAR NOT NULL, goldstein DOUBLE NOT NULL, quad_class INTEGER NOT NULL,
        plover_type VARCHAR NOT NULL, plover_mode VARCHAR NOT NULL,
        sentence_index INTEGER NOT NULL, sentence_text VARCHAR NOT NULL, span_start INTEGER NOT NULL, span_end INTEGER NOT NULL,
        rule VARCHAR NOT NULL, entry VARCHAR NOT NULL, trigger VARCHAR NOT NULL, attribution VARCHAR NOT NULL,
        hedged BOOLEAN NOT NULL, issues VARCHAR NOT NULL,
        place_written VARCHAR, place VARCHAR, geonames_id BIGINT, feature VARCHAR, place_country VARCHAR,
        admin1 VARCHAR, latitude DOUBLE, longitude DOUBLE, precision VARCHAR, location_method VARCHAR,
        PRIMARY KEY (article_hash, event_no));
      """,
      // v2: where the source, target and trigger stand in the article, for highlighting evidence.
      """
      ALTER TABLE events ADD COLUMN source_start INTEGER; ALTER TABLE events ADD COLUMN source_end INTEGER;
      ALTER TABLE events ADD COLUMN target_start INTEGER; ALTER TABLE events ADD COLUMN target_end INTEGER;
      ALTER TABLE events ADD COLUMN trigger_start INTEGER; ALTER TABLE events ADD COLUMN trigger_end INTEGER;
      """,
      // v3: fusion of reports. Each row of events is one report; reports of the same event share
      // its event_key (the id, article_hash-event_no, of its first report), and only that first
      // report is primary, so counting primary rows counts events, not headlines. An article that
      // near-duplicates a stored one names it in duplicate_of and is not coded again.
      """
      ALTER TABLE events ADD COLUMN event_key VARCHAR; ALTER TABLE events ADD COLUMN primary_report BOOLEAN;
      UPDATE events SET event_key = article_hash || '-' || event_no, primary_report = true;
      ALTER TABLE articles ADD COLUMN duplicate_of VARCHAR;
      """,
      // v4: MinHash signatures of original articles and their LSH buckets (near-duplicates found
      // across runs; see MinHash); every report of every event, counting a near-duplicate article
      // as one more report of its original's events; and the fused events with their report and
      // source counts. Articles stored before v4 have no signature.
      """
      CREATE TABLE article_signatures (hash VARCHAR PRIMARY KEY, minhash BLOB NOT NULL);
      CREATE TABLE lsh_buckets (bucket BIGINT NOT NULL, hash VARCHAR NOT NULL);
      CREATE INDEX lsh_buckets_bucket ON lsh_buckets (bucket);
      CREATE VIEW reports AS
        SELECT e.event_key, e.article_hash, e.doc_id, a.source, e.published, false AS near_duplicate
        FROM events e LEFT JOIN articles a ON a.hash = e.article_hash
        UNION ALL
        SELECT e.event_key, d.hash, d.id, d.source, d.published, true
        FROM events e JOIN articles d ON d.duplicate_of = e.article_hash;
      CREATE VIEW fused_events AS
        SELECT e.*, r.reports, r.sources FROM events e
        JOIN (SELECT event_key, count(*) AS reports, count(DISTINCT source) AS sources FROM reports GROUP BY event_key) r
          ON r.event_key = e.event_key
        WHERE e.primary_report;
      """,
      // v5: the actors and the sentences of the stored events, for querying the file directly
      // (derived from events, so they cannot disagree with them).
      """
      CREATE VIEW actors AS
        SELECT code, any_value(country) AS country, any_value(agent) AS agent, mode(name) AS name,
               count(*) FILTER (WHERE side = 'source') AS as_source, count(*) FILTER (WHERE side = 'target') AS as_target
        FROM (SELECT source_code AS code, source_country AS country, source_agent AS agent, source_name AS name, 'source' AS side
              FROM events WHERE primary_report
              UNION ALL
              SELECT target_code, target_country, target_agent, target_name, 'target' FROM events WHERE primary_report)
        GROUP BY code;
      CREATE VIEW sentences AS
        SELECT article_hash, sentence_index, any_value(sentence_text) AS text, count(*) AS events
        FROM events GROUP BY article_hash, sentence_index;
      """);

  @TempDir Path dir;

  @Test
  void migrations_areTheSqlResourcesInVersionOrder() throws IOException {
    List<Migrations.Migration> all = Migrations.all();
    assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 14, 16, 17, 18, 19), all.stream().map(Migrations.Migration::version).toList());
    for (Migrations.Migration m : all) {
      assertTrue(m.file().matches("V" + m.version() + "__[a-z_]+\\.sql"), m.file());
      try (InputStream in = getClass().getClassLoader().getResourceAsStream(Migrations.FOLDER + m.file())) {
        assertEquals(new String(in.readAllBytes(), StandardCharsets.UTF_8), m.sql());
      }
    }
    assertTrue(all.get(5).sql().contains("ADD COLUMN fused_by VARCHAR"), all.get(5).sql());
  }

  @Test
  void apply_versionBelowOneTheStoreHas_isAppliedWhenItArrives() throws Exception {
    Migrations.Migration v1 = new Migrations.Migration(1, "V1__t.sql", "CREATE TABLE t (a INTEGER)");
    Migrations.Migration v2 = new Migrations.Migration(2, "V2__b.sql", "ALTER TABLE t ADD COLUMN b INTEGER");
    Migrations.Migration v3 = new Migrations.Migration(3, "V3__c.sql", "ALTER TABLE t ADD COLUMN c INTEGER");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("gap.duckdb"))) {
      assertEquals(3, Migrations.apply(c, List.of(v1, v3), Integer.MAX_VALUE)); // a branch with 1 and 3
      assertEquals(3, Migrations.apply(c, List.of(v1, v2, v3), Integer.MAX_VALUE)); // 2 merged in later
      assertEquals(3, Migrations.apply(c, List.of(v1, v2, v3), Integer.MAX_VALUE)); // and nothing twice
      try (Statement s = c.createStatement();
          ResultSet r = s.executeQuery("SELECT string_agg(version::VARCHAR, ' ' ORDER BY version) FROM schema_version")) {
        r.next();
        assertEquals("1 2 3", r.getString(1));
      }
      try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT a, b, c FROM t")) {
        assertEquals(3, r.getMetaData().getColumnCount());
      }
    }
  }

  @Test
  void sqlFilesV1toV5_buildTheSchemaTheJavaStringsBuilt() throws Exception {
    try (Connection old = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("old.duckdb"));
        Connection files = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("files.duckdb"))) {
      migrateTheOldWay(old);
      assertEquals(5, Migrations.apply(files, 5));
      assertEquals(schema(old), schema(files));
    }
  }

  @Test
  void storeOfTheOldCode_upgraded_hasTheSchemaOfAFreshStore_andItsEventsStillFuse() throws Exception {
    Path oldDb = dir.resolve("old.duckdb");
    try (Connection old = DriverManager.getConnection("jdbc:duckdb:" + oldDb)) {
      migrateTheOldWay(old);
      try (Statement s = old.createStatement()) {
        s.execute("INSERT INTO articles (hash, id, source, title, published, text) VALUES ('h0', 'a', '', '', DATE '2025-03-10', 'x')");
        s.execute("""
            INSERT INTO events SELECT 'h0', 0, 'a', DATE '2025-03-10', 'RUSMIL', 'RUS', 'MIL', 'RUSMIL', 'RUSMIL',
              'UKR', 'UKR', '', 'UKR', 'UKR', '190', '19', -10.0, 4, 'ASSAULT', '', 0, 's', 0, 1, 'r', 'e', 't', '', false, '',
              NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 0, 1, 0, 1, 0, 1, 'h0-0', true""");
      }
    }
    try (DuckDbStore upgraded = DuckDbStore.open(oldDb); DuckDbStore fresh = DuckDbStore.open(dir.resolve("fresh.duckdb"))) {
      assertEquals(19, upgraded.schemaVersion());
      ActorMention s = new ActorMention(Actor.of("RUS", "MIL", "RUS"), "RUS", new Span(0, 3));
      ActorMention t = new ActorMention(Actor.of("UKR", "", "UKR"), "UKR", new Span(4, 7));
      Event e = new Event("b", null, s, t, CameoOntology.load().get("195"), 0, "s", new Span(0, 7),
          new Evidence("r", "e", "t", new Span(0, 1)), "", false, List.of(), null);
      upgraded.save(new Article("b", "b.txt", "", LocalDate.of(2025, 3, 11), "y"), "h1", List.of(e));
      assertEquals(List.of("h0-0 true", "h0-0 false"), upgraded.eventKeys());
    }
    try (Connection upgraded = DriverManager.getConnection("jdbc:duckdb:" + oldDb);
        Connection fresh = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("fresh.duckdb"))) {
      assertTrue(schema(fresh).size() > 60, schema(fresh).toString());
      assertEquals(schema(fresh), schema(upgraded));
      // v9: the report stored before it was asserted, dated by its article to the day, with no toll or type.
      assertEquals(List.of("asserted 2025-03-10 day true true true true 1"), rows(upgraded, "SELECT concat_ws(' ', modality, event_date,"
          + " time_precision, fatalities IS NULL, casualty_words = '', event_type = '', sub_event_type = '',"
          + " (SELECT count(*) FROM fused_events)) FROM events WHERE article_hash = 'h0'"));
    }
  }

  /** What DuckDbStore.migrate did before the .sql files: each string, its version, a checkpoint. */
  private static void migrateTheOldWay(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL, applied_at TIMESTAMP DEFAULT current_timestamp)");
      for (int v = 0; v < MIGRATIONS.size(); v++) {
        s.execute(MIGRATIONS.get(v));
        s.execute("INSERT INTO schema_version (version) VALUES (" + (v + 1) + ")");
        s.execute("CHECKPOINT");
      }
    }
  }

  /** Every column, view, index and constraint of a store, one line each, sorted. */
  private static List<String> schema(Connection c) throws SQLException {
    List<String> lines = new ArrayList<>();
    lines.addAll(rows(c, "SELECT concat_ws(' ', table_name, column_index, column_name, data_type, is_nullable, column_default)"
        + " FROM duckdb_columns() WHERE database_name = current_database() AND NOT internal"));
    lines.addAll(rows(c, "SELECT concat_ws(' ', view_name, sql) FROM duckdb_views() WHERE database_name = current_database() AND NOT internal"));
    lines.addAll(rows(c, "SELECT concat_ws(' ', index_name, table_name, sql) FROM duckdb_indexes() WHERE database_name = current_database()"));
    lines.addAll(rows(c, "SELECT concat_ws(' ', table_name, constraint_type, constraint_text) FROM duckdb_constraints()"
        + " WHERE database_name = current_database()"));
    lines.addAll(rows(c, "SELECT 'version ' || max(version) FROM schema_version"));
    return lines.stream().sorted().toList();
  }

}
