package org.dyad.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.SparkSession;
import org.dyad.ingest.TextFiles;
import org.dyad.model.Article;
import org.dyad.pipeline.Pipeline;
import org.dyad.store.Alert;
import org.dyad.store.AlertQuery;
import org.dyad.store.ActorLevel;
import org.dyad.store.DuckDbStore;
import org.dyad.store.ExportFormat;
import org.dyad.store.SharedStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job against {@code dyad ingest} + {@code dyad export} + {@code dyad alerts} on the
 * escalation corpus: a real {@code local[2]} SparkSession and a real DuckDB store, both coding with
 * the real models (loaded once: the test's ingest uses this JVM's executor pipeline). Every report,
 * every fused event, every near-duplicate and every alert must be the same.
 */
class SparkParityIT {
  private static final Path CORPUS = Path.of("..", "bench", "escalation", "corpus.jsonl").toAbsolutePath().normalize();

  @TempDir static Path dir;
  static SparkSession spark;
  static SparkJob.Summary summary;
  static List<Alert> storeAlerts;
  static java.time.LocalDate asOf;
  static Path db;
  static Path export;
  static Path out;

  @BeforeAll
  static void runBoth() throws Exception {
    db = dir.resolve("esc.duckdb");
    export = dir.resolve("events.parquet");
    out = dir.resolve("spark");
    CoderSettings coder = new CoderSettings(null, false);
    ingest(ExecutorPipelines.get(coder).pipeline());
    spark = LocalSpark.session("SparkParityIT");
    summary = SparkJob.run(spark, new SparkJob.Options(List.of(CORPUS.toString()), out.toString(), coder, 2, 3.0, null,
        List.of(ExportFormat.GDELT, ExportFormat.PLOVER)));
  }

  /** {@code dyad ingest}'s steps through the pipeline API (batches of 32), then export and alerts. */
  private static void ingest(Pipeline pipeline) throws Exception {
    List<String> problems = new ArrayList<>();
    List<Article> articles = new TextFiles(TextFiles.DEFAULT_MAX_BYTES).readArticles(CORPUS, null, problems);
    assertEquals(List.of(), problems);
    try (DuckDbStore store = DuckDbStore.open(db)) {
      SharedStore shared = new SharedStore(store);
      Pipeline.Fresh fresh = Pipeline.fresh(articles, shared);
      for (int from = 0; from < fresh.articles().size(); from += 32) {
        List<Article> batch = fresh.articles().subList(from, Math.min(fresh.articles().size(), from + 32));
        pipeline.save(batch, fresh.hashes(), shared, problems);
      }
      assertEquals(List.of(), problems);
      store.export(ExportFormat.PARQUET, export, null, null);
      store.export(ExportFormat.GDELT, dir.resolve("events.gdelt.tsv"), null, null);
      store.export(ExportFormat.PLOVER, dir.resolve("events.plover.jsonl"), null, null);
      // A closed corpus's alerts are judged as of its latest event, as the Spark job does by default.
      asOf = store.eventDates().last();
      storeAlerts = store.alerts(new AlertQuery(asOf, 2, 3.0, ActorLevel.COUNTRY));
    }
  }

  @AfterAll
  static void stop() {
    if (spark != null) {
      spark.stop();
    }
  }

  @Test
  void reports_areTheStoresEventsRowForRow() throws Exception {
    String spark = "read_parquet('" + out.resolve("reports") + "/*.parquet')";
    assertTrue(summary.reports() > 250, "reports: " + summary.reports());
    assertEquals(List.of(String.valueOf(summary.reports())), query("SELECT count(*) FROM events"));
    assertEquals(List.of(), query("SELECT * FROM events EXCEPT ALL SELECT * FROM " + spark));
    assertEquals(List.of(), query("SELECT * FROM " + spark + " EXCEPT ALL SELECT * FROM events"));
    assertFalse(query("SELECT 1 FROM events WHERE NOT primary_report LIMIT 1").isEmpty(), "the corpus has fused reports");
  }

  @Test
  void fusedEvents_areTheExportsRows_withItsColumns() throws Exception {
    String exported = "read_parquet('" + export + "')";
    String spark = "read_parquet('" + out.resolve("events") + "/*/*.parquet', hive_partitioning = true)";
    List<String> columns = query("SELECT column_name || ' ' || column_type FROM (DESCRIBE SELECT * FROM " + exported + ")");
    List<String> sparkColumns = query("SELECT column_name || ' ' || column_type FROM (DESCRIBE SELECT * FROM " + spark + ")");
    assertEquals(columns.stream().sorted().toList(), sparkColumns.stream().sorted().toList());
    String names = String.join(", ", columns.stream().map(c -> c.substring(0, c.indexOf(' '))).toList());
    assertEquals(List.of(String.valueOf(summary.events())), query("SELECT count(*) FROM " + exported));
    assertEquals(List.of(), query("SELECT " + names + " FROM " + exported + " EXCEPT ALL SELECT " + names + " FROM " + spark));
    assertEquals(List.of(), query("SELECT " + names + " FROM " + spark + " EXCEPT ALL SELECT " + names + " FROM " + exported));
  }

  /**
   * {@code --format gdelt|plover} writes what {@code dyad export} writes for the ingested corpus, line for
   * line, but for when each article was ingested (GDELT's DATEADDED, PLOVER's coded_date): the store's
   * time of ingest against the time the Spark run's events were exported.
   */
  @Test
  void gdeltAndPloverOutput_isTheExportOfTheIngestedCorpus() throws Exception {
    List<String> gdelt = java.nio.file.Files.readAllLines(dir.resolve("events.gdelt.tsv"));
    assertEquals(summary.events(), gdelt.size());
    assertEquals(withoutDateAdded(gdelt), withoutDateAdded(java.nio.file.Files.readAllLines(out.resolve(FieldFormats.fileName(ExportFormat.GDELT)))));
    List<String> plover = java.nio.file.Files.readAllLines(dir.resolve("events.plover.jsonl"));
    assertEquals(summary.events(), plover.size());
    assertEquals(withoutCodedDate(plover), withoutCodedDate(java.nio.file.Files.readAllLines(out.resolve(FieldFormats.fileName(ExportFormat.PLOVER)))));
  }

  /** GDELT rows with DATEADDED (the 60th of 61 columns) emptied. */
  private static List<String> withoutDateAdded(List<String> rows) {
    return rows.stream().map(r -> {
      String[] f = r.split("\t", -1);
      assertEquals(61, f.length, r);
      f[59] = "";
      return String.join("\t", f);
    }).toList();
  }

  private static List<String> withoutCodedDate(List<String> rows) {
    return rows.stream().map(r -> r.replaceFirst("\"coded_date\":\"[0-9-]*\"", "")).toList();
  }

  @Test
  void failedArticles_output_hasTheStoresColumns_andIsEmptyWhenNoneFailed() throws Exception {
    String spark = "read_parquet('" + out.resolve("failed_articles") + "/*.parquet')";
    assertEquals(query("SELECT column_name FROM (DESCRIBE failed_articles)"), query("SELECT column_name FROM (DESCRIBE SELECT * FROM " + spark + ")"));
    assertEquals(List.of("0"), query("SELECT count(*) FROM " + spark));
    assertEquals(List.of("0"), query("SELECT count(*) FROM failed_articles"));
  }

  @Test
  void nearDuplicates_andArticles_areTheStores() throws Exception {
    String spark = "read_parquet('" + out.resolve("articles") + "/*.parquet')";
    String columns = "hash, id, source, title, published, text, duplicate_of, coder_version";
    assertEquals(8, summary.copies());
    assertEquals(List.of("8"), query("SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL"));
    assertEquals(List.of(), query("SELECT " + columns + " FROM articles EXCEPT ALL SELECT " + columns + " FROM " + spark));
    assertEquals(List.of(), query("SELECT " + columns + " FROM " + spark + " EXCEPT ALL SELECT " + columns + " FROM articles"));
  }

  @Test
  void alerts_areTheStoresAlerts() throws Exception {
    assertEquals(describe(storeAlerts), describe(summary.alerts()));
    assertTrue(describe(storeAlerts).stream().anyMatch(a -> a.startsWith("ARM AZE ")), describe(storeAlerts).toString());
    List<String> written = query("SELECT source || ' ' || target || ' ' || since || ' ' || recent_events FROM read_parquet('"
        + out.resolve("alerts") + "/*.parquet') ORDER BY z DESC");
    assertEquals(storeAlerts.stream().map(a -> a.source() + " " + a.target() + " " + a.since() + " " + a.recentEvents()).toList(), written);
  }

  @Test
  void loadSparkRun_intoANewStore_givesTheIngestedStore_andASecondLoadAddsNothing() throws Exception {
    Path loadedDb = dir.resolve("loaded.duckdb");
    try (DuckDbStore loaded = DuckDbStore.open(loadedDb)) {
      assertEquals(new DuckDbStore.Loaded(286, 8, summary.reports()), loaded.loadSparkRun(out));
      assertEquals(new DuckDbStore.Loaded(0, 0, 0), loaded.loadSparkRun(out));
      assertEquals(describe(storeAlerts), describe(loaded.alerts(new AlertQuery(asOf, 2, 3.0, ActorLevel.COUNTRY))));
    }
    assertEquals(List.of(), query("SELECT * FROM events EXCEPT ALL SELECT * FROM loaded.events"));
    assertEquals(List.of(), query("SELECT * FROM loaded.events EXCEPT ALL SELECT * FROM events"));
    assertEquals(query("SELECT hash, duplicate_of, coder_version FROM articles ORDER BY hash"),
        query("SELECT hash, duplicate_of, coder_version FROM loaded.articles ORDER BY hash"));
    assertEquals(query("SELECT count(*) FROM article_signatures"), query("SELECT count(*) FROM loaded.article_signatures"));
    assertEquals(query("SELECT count(*) FROM (SELECT event_key FROM fusion_lookup UNION ALL SELECT event_key FROM fusion_recent)"),
        query("SELECT count(*) FROM (SELECT event_key FROM loaded.fusion_lookup UNION ALL SELECT event_key FROM loaded.fusion_recent)"));
  }

  @Test
  void pipeline_isLoadedOncePerExecutor() {
    assertTrue(summary.loadMillis().size() <= 1, "loads: " + summary.loadMillis()); // loaded before Spark ran, in this JVM
    assertEquals(List.of(), summary.failures());
  }

  private static List<String> describe(List<Alert> alerts) {
    return alerts.stream().map(a -> String.format(Locale.ROOT, "%s %s %s %.9f %.9f %.9f %.9f %d", a.source(), a.target(), a.since(),
        a.recentMean(), a.baselineMean(), a.baselineSd(), a.z(), a.recentEvents())).toList();
  }

  /**
   * The rows of a DuckDB query over the ingested store (with the store loaded from the Spark run
   * attached as {@code loaded}, once it exists), each as its columns joined by tabs.
   */
  private static List<String> query(String sql) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db); Statement s = c.createStatement()) {
      Path loaded = dir.resolve("loaded.duckdb");
      if (java.nio.file.Files.exists(loaded)) {
        s.execute("ATTACH '" + loaded + "' AS loaded (READ_ONLY)");
      }
      try (ResultSet r = s.executeQuery(sql)) {
        return QueryRows.of(r);
      }
    }
  }
}
