package org.dyad.spark;

import java.time.LocalDate;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.dyad.model.Article;
import org.dyad.pipeline.Pipeline;

/**
 * Articles as Spark rows and back: {@code seq} (the article's place in the input, which decides
 * near-duplicates and fusion as ingest order does), its content hash and its fields. Row types
 * live only here and in {@link ReportRows}; the stages work on records.
 */
final class ArticleRows {
  static final StructType SCHEMA = new StructType()
      .add("seq", DataTypes.LongType, false)
      .add("hash", DataTypes.StringType, false)
      .add("id", DataTypes.StringType, true)
      .add("source", DataTypes.StringType, true)
      .add("title", DataTypes.StringType, true)
      .add("published", DataTypes.DateType, true)
      .add("text", DataTypes.StringType, false);

  private ArticleRows() {}

  static Row row(long seq, Article a) {
    return RowFactory.create(seq, Pipeline.contentHash(a.text()), a.id(), a.source(), a.title(), a.date(), a.text());
  }

  static Article article(Row r) {
    return new Article(r.getAs("id"), r.getAs("source"), r.getAs("title"), (LocalDate) r.getAs("published"), r.getAs("text"));
  }
}
