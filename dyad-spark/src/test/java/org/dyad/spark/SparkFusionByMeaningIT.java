package org.dyad.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.dyad.ingest.TextFiles;
import org.dyad.model.Article;
import org.dyad.pipeline.Pipeline;
import org.dyad.store.DuckDbStore;
import org.dyad.store.SharedStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fusion by meaning in the Spark job against {@code dyad ingest --typer hybrid}, on a small corpus
 * of our own: six articles of one day with Russian forces acting on Ukraine, four of them one
 * shelling of Kharkiv told in different words (codes 190 and 194, placed in Kharkiv or only in
 * Ukraine: the fusion rule's borderline cases), one a village captured, one an attack told
 * without detail. A real {@code local[2]} SparkSession and a real DuckDB store, both coding with
 * the real models and the real sentence embedding: every report must get the same event key,
 * primary flag and {@code fused_by}, and some must be fused by meaning.
 */
class SparkFusionByMeaningIT {
  private static final Path CORPUS = Path.of("src", "test", "resources", "org", "dyad", "spark", "meaning-burst.jsonl").toAbsolutePath();

  @TempDir static Path dir;
  static SparkSession spark;
  static Path db;
  static Path out;

  @BeforeAll
  static void runBoth() throws Exception {
    db = dir.resolve("burst.duckdb");
    out = dir.resolve("spark");
    CoderSettings coder = new CoderSettings(null, true);
    ingest(ExecutorPipelines.get(coder).pipeline());
    spark = LocalSpark.session("SparkFusionByMeaningIT");
    SparkJob.run(spark, new SparkJob.Options(List.of(CORPUS.toString()), out.toString(), coder, 2, 3.0, null, List.of()));
  }

  /** {@code dyad ingest}'s steps through the pipeline API: the corpus is one batch, saved in one transaction. */
  private static void ingest(Pipeline pipeline) throws Exception {
    List<String> problems = new ArrayList<>();
    List<Article> articles = new TextFiles(TextFiles.DEFAULT_MAX_BYTES).readArticles(CORPUS, null, problems);
    assertEquals(List.of(), problems);
    try (DuckDbStore store = DuckDbStore.open(db)) {
      SharedStore shared = new SharedStore(store);
      Pipeline.Fresh fresh = Pipeline.fresh(articles, shared);
      pipeline.save(fresh.articles(), fresh.hashes(), shared, problems);
      assertEquals(List.of(), problems);
    }
  }

  @AfterAll
  static void stop() {
    if (spark != null) {
      spark.stop();
    }
  }

  @Test
  void reports_areTheStoresEventsRowForRow_fusedByMeaningAlike() throws Exception {
    String reports = "read_parquet('" + out.resolve("reports") + "/*.parquet')";
    String fusion = "article_hash, event_no, source_code, target_code, cameo, event_key, primary_report, fused_by";
    List<String> ingested = query("SELECT " + fusion + " FROM events ORDER BY article_hash, event_no");
    System.out.println("ingest's reports:\n" + String.join("\n", ingested));
    assertEquals(ingested, query("SELECT " + fusion + " FROM " + reports + " ORDER BY article_hash, event_no"));
    assertEquals(List.of(), query("SELECT * FROM events EXCEPT ALL SELECT * FROM " + reports));
    assertEquals(List.of(), query("SELECT * FROM " + reports + " EXCEPT ALL SELECT * FROM events"));
    assertFalse(query("SELECT 1 FROM events WHERE fused_by = 'dyad-meaning'").isEmpty(), "the corpus has reports fused by meaning");
  }

  /** The rows of a DuckDB query over the ingested store, each as its columns joined by tabs. */
  private static List<String> query(String sql) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db); Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      return QueryRows.of(r);
    }
  }
}
