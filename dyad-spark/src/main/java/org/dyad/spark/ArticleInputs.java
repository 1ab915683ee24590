package org.dyad.spark;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.dyad.ingest.SourceFormat;
import org.dyad.model.Article;
import org.dyad.model.DyadInputException;
import scala.Tuple2;

/**
 * Reads the articles of the inputs, from any path Hadoop understands (local, {@code hdfs://},
 * {@code s3a://} with hadoop-aws on the class path): JSONL corpora ({@code .jsonl}, {@code
 * .ndjson}; one article per line, parsed by Dyad's own JSONL reader), directories of text, HTML
 * and feed files (by extension, as {@code dyad ingest} reads them), and Parquet with an article
 * schema ({@code text} and any of {@code id}, {@code url}, {@code source}, {@code title}, {@code
 * published}). Each article gets its place in the input ({@code seq}: inputs in the order given,
 * lines and files in order), which stands for ingest order. A line or file that cannot be read
 * becomes a problem row ({@link #PROBLEMS}), never a silent loss.
 */
final class ArticleInputs {
  /** An article row or a problem: {@code problem} is null for an article. */
  static final StructType PARSED = new StructType()
      .add("article", ArticleRows.SCHEMA, true)
      .add("problem", DataTypes.StringType, true);
  static final String PROBLEMS = "problem";

  private final SparkSession spark;

  ArticleInputs(SparkSession spark) {
    this.spark = spark;
  }

  /** The articles and problems of all inputs, in input order. */
  Dataset<Row> read(List<String> inputs) throws IOException {
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    List<JavaRDD<Row>> parts = new ArrayList<>();
    for (String input : inputs) {
      parts.add(read(sc, input));
    }
    JavaRDD<Row> all = parts.get(0);
    for (int i = 1; i < parts.size(); i++) {
      all = all.union(parts.get(i));
    }
    JavaRDD<Row> rows = all.zipWithIndex().map(ArticleInputs::row);
    return spark.createDataFrame(rows, PARSED);
  }

  /** One input's article or problem, not numbered yet: a row of id, source, title, published, text, problem. */
  private static Row parsed(Article a, String problem) {
    return a == null ? RowFactory.create(null, null, null, null, null, problem)
        : RowFactory.create(a.id(), a.source(), a.title(), a.date(), a.text(), null);
  }

  private JavaRDD<Row> read(JavaSparkContext sc, String input) throws IOException {
    org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(input);
    Configuration conf = sc.hadoopConfiguration();
    FileSystem fs = path.getFileSystem(conf);
    if (!fs.exists(path)) {
      throw new DyadInputException(input + ": no such file or directory");
    }
    String name = path.getName().toLowerCase(Locale.ROOT);
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
      return jsonl(sc, input);
    }
    if (name.endsWith(".parquet") || (fs.getFileStatus(path).isDirectory() && hasParquet(fs, path))) {
      return parquet(input);
    }
    if (fs.getFileStatus(path).isDirectory() || fs.getFileStatus(path).isFile()) {
      return files(sc, input);
    }
    throw new DyadInputException(input + ": neither a file nor a directory");
  }

  private static boolean hasParquet(FileSystem fs, org.apache.hadoop.fs.Path dir) throws IOException {
    for (FileStatus s : fs.listStatus(dir)) {
      if (s.getPath().getName().endsWith(".parquet")) {
        return true;
      }
    }
    return false;
  }

  /** One article per line, read by Dyad's JSONL reader (blank lines skipped). */
  private static JavaRDD<Row> jsonl(JavaSparkContext sc, String input) {
    String file = new org.apache.hadoop.fs.Path(input).getName();
    return sc.textFile(input).zipWithIndex().filter(l -> !l._1().isBlank()).flatMap(l -> {
      List<String> problems = new ArrayList<>();
      List<Article> articles = SourceFormat.JSONL.parse(file + ":" + (l._2() + 1), l._1(), null, problems);
      List<Row> out = new ArrayList<>();
      articles.forEach(a -> out.add(parsed(a, null)));
      problems.forEach(p -> out.add(parsed(null, p)));
      return out.iterator();
    });
  }

  /** Text, HTML and feed files of a directory (recursively) or one file, in path order. */
  private static JavaRDD<Row> files(JavaSparkContext sc, String input) {
    JavaPairRDD<String, String> files = sc.wholeTextFiles(input).sortByKey();
    return files.flatMap(f -> {
      String fileName = new org.apache.hadoop.fs.Path(f._1()).getName();
      List<String> problems = new ArrayList<>();
      List<Article> articles = SourceFormat.of(Path.of(fileName)).parse(f._1(), f._2(), null, problems);
      List<Row> out = new ArrayList<>();
      articles.forEach(a -> out.add(parsed(a, null)));
      problems.forEach(p -> out.add(parsed(null, p)));
      return out.iterator();
    });
  }

  /** Parquet with an article schema: {@code text} required; the id is {@code url}, else {@code id}, as in JSONL. */
  private JavaRDD<Row> parquet(String input) throws DyadInputException {
    Dataset<Row> table = spark.read().parquet(input);
    List<String> columns = List.of(table.columns());
    if (!columns.contains("text")) {
      throw new DyadInputException(input + ": Parquet without a 'text' column; an article table has text and any of id, url,"
          + " source, title, published");
    }
    String id = columns.contains("url") ? "coalesce(url, " + (columns.contains("id") ? "id" : "NULL") + ")"
        : columns.contains("id") ? "id" : "NULL";
    Dataset<Row> articles = table.selectExpr(
        "CAST(" + id + " AS STRING) AS id",
        columns.contains("source") ? "CAST(source AS STRING) AS source" : "CAST(NULL AS STRING) AS source",
        columns.contains("title") ? "CAST(title AS STRING) AS title" : "CAST(NULL AS STRING) AS title",
        columns.contains("published") ? "CAST(published AS DATE) AS published" : "CAST(NULL AS DATE) AS published",
        "CAST(text AS STRING) AS text");
    return articles.javaRDD().zipWithIndex().map(r -> parquetArticle(input, r._1(), r._2()));
  }

  private static Row parquetArticle(String input, Row r, long index) {
    String where = input + ":" + (index + 1);
    String text = r.getString(4);
    if (text == null || text.isBlank()) {
      return parsed(null, where + ": no text");
    }
    String id = r.isNullAt(0) ? where : r.getString(0);
    String source = r.isNullAt(1) ? where : r.getString(1);
    return parsed(new Article(id, source, r.isNullAt(2) ? "" : r.getString(2), (LocalDate) r.get(3), text), null);
  }

  private static Row row(Tuple2<Row, Long> p) {
    Row r = p._1();
    if (!r.isNullAt(5)) {
      return RowFactory.create(null, r.getString(5));
    }
    Article a = new Article(r.getString(0), r.getString(1), r.getString(2), (LocalDate) r.get(3), r.getString(4));
    return RowFactory.create(ArticleRows.row(p._2(), a), null);
  }
}
