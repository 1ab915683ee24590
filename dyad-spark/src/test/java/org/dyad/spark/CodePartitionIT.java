package org.dyad.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.dyad.pipeline.Pipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job with a real coding failure: a real {@code local[2]} session and the real models
 * with an article limit of 5 s ({@code --article-limit 5}), on a corpus of an article of 12,000 event
 * sentences between two ordinary ones. The long article's coding is stopped at the limit and listed
 * in the run's failures and in {@code failed_articles/} with the reason; the others' reports are
 * written.
 */
class CodePartitionIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String REASON = "coding took longer than the article limit of 5 s";

  @TempDir Path dir;

  @Test
  void anArticleOverTheLimit_isListedWithItsReason_andTheOthersReportsAreWritten() throws Exception {
    StringBuilder longText = new StringBuilder();
    // long enough that no run, however warm its tagger, codes it within the limit
    for (int i = 0; i < 12000; i++) {
      longText.append("Russian troops shelled Ukrainian positions near Kharkiv for the ").append(i + 1).append("th time on Monday.\n");
    }
    Path corpus = dir.resolve("corpus.jsonl");
    Files.write(corpus, List.of(
        line("before", "Russia warned NATO on Monday against sending troops to Ukraine."),
        line("too-long", longText.toString()),
        line("after", "Israeli jets bombed Beirut again on Tuesday, the Lebanese health ministry said.")), StandardCharsets.UTF_8);
    Path out = dir.resolve("out");
    SparkSession spark = LocalSpark.session("CodePartitionIT");
    SparkJob.Summary summary;
    try {
      summary = SparkJob.run(spark, new SparkJob.Options(List.of(corpus.toString()), out.toString(), new CoderSettings(null, false, 5),
          2, 3.0, null));
    } finally {
      spark.stop();
    }

    assertEquals(List.of("too-long: " + REASON), summary.failures());
    assertEquals(3, summary.coded());
    String hash = Pipeline.contentHash(longText.toString());
    assertEquals(List.of(hash + "\ttoo-long\t" + REASON + "\t" + longText.length()),
        query("SELECT hash, id, reason, length(text) FROM read_parquet('" + out.resolve("failed_articles") + "/*.parquet')"));
    List<String> reported = query("SELECT DISTINCT doc_id FROM read_parquet('" + out.resolve("reports") + "/*.parquet') ORDER BY 1");
    assertEquals(List.of("after", "before"), reported);
    assertTrue(summary.reports() >= 2, "reports: " + summary.reports());
  }

  private static String line(String id, String text) throws Exception {
    return JSON.writeValueAsString(Map.of("id", id, "source", "wire", "published", "2024-11-18", "text", text));
  }

  private static List<String> query(String sql) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
      return QueryRows.of(r);
    }
  }
}
