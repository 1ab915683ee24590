package org.dyad.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.util.CollectionAccumulator;
import org.apache.spark.util.LongAccumulator;
import org.dyad.coder.ArticleResult;
import org.dyad.model.Article;
import org.dyad.pipeline.Pipeline;

/**
 * Codes one partition of original articles with the executor's one pipeline ({@link
 * ExecutorPipelines}) and gives their reports as {@link ReportRows}. The pipeline is fetched once
 * per partition and loaded once per executor JVM. An article whose coding fails is left out of the
 * reports and handed to the driver in {@code failures} with the reason (by its content hash), which
 * writes it to {@code failed_articles/}, as ingest records it in the store's {@code failed_articles}.
 */
final class CodePartition implements MapPartitionsFunction<Row, Row> {
  private static final long serialVersionUID = 1L;

  private final CoderSettings settings;
  private final LongAccumulator sentences;
  private final CollectionAccumulator<Failure> failures;
  private final CollectionAccumulator<Long> loadMillis;

  /**
   * An article whose coding failed.
   *
   * @param hash its content hash
   * @param line one line naming it and the reason, as ingest prints it
   * @param reason the reason
   */
  record Failure(String hash, String line, String reason) implements java.io.Serializable {}

  CodePartition(CoderSettings settings, LongAccumulator sentences, CollectionAccumulator<Failure> failures,
      CollectionAccumulator<Long> loadMillis) {
    this.settings = settings;
    this.sentences = sentences;
    this.failures = failures;
    this.loadMillis = loadMillis;
  }

  @Override
  public Iterator<Row> call(Iterator<Row> articles) {
    ExecutorPipelines.Loaded loaded = ExecutorPipelines.get(settings);
    if (loaded.firstReport()) {
      loadMillis.add(loaded.loadMillis());
    }
    Pipeline pipeline = loaded.pipeline();
    String version = pipeline.version().toString();
    List<Row> reports = new ArrayList<>();
    while (articles.hasNext()) {
      Row row = articles.next();
      Article article = ArticleRows.article(row);
      Pipeline.Coded coded = pipeline.code(List.of(article));
      for (Pipeline.Failed f : coded.failed()) {
        failures.add(new Failure(row.getAs("hash"), f.article().id() + ": " + f.reason(), f.reason()));
      }
      for (ArticleResult r : coded.results()) {
        sentences.add(r.sentenceCount());
        for (int n = 0; n < r.events().size(); n++) {
          reports.add(ReportRows.row(row.getAs("seq"), row.getAs("hash"), n, article.date(), r.events().get(n), version));
        }
      }
    }
    return reports.iterator();
  }
}
