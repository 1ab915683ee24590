package org.dyad.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.CollectionAccumulator;
import org.apache.spark.util.LongAccumulator;
import org.dyad.model.DyadInputException;
import org.dyad.pipeline.CoderVersion;
import org.dyad.store.Alert;

/**
 * The corpus job of {@code dyad spark code}: read the inputs, drop repeated texts (the first is
 * kept), sort out near-duplicates, code the originals with one pipeline per executor, fuse reports
 * into events, and write under the output directory, as Parquet:
 *
 * <ul>
 *   <li>{@code events/}: the fused events, the columns of {@code dyad export --format parquet},
 *       partitioned by {@code event_date} (the date of the act);
 *   <li>{@code reports/}: every report (every modality), the columns of the store's events table;
 *   <li>{@code articles/}: the articles kept, with {@code duplicate_of} for near-duplicates and the coder's version;
 *   <li>{@code series/}: each country dyad's weekly series;
 *   <li>{@code alerts/}: the escalation alerts of {@code dyad alerts}.
 * </ul>
 *
 * <p>{@code dyad ingest --from-parquet DIR} loads {@code articles/} and {@code reports/} into a store.
 */
final class SparkJob {
  /**
   * What to run.
   *
   * @param inputs JSONL files, directories of text/HTML files, or Parquet article tables (Hadoop paths)
   * @param out the output directory (must not exist)
   * @param coder the pipeline each executor builds
   * @param window weeks of the alerts' window
   * @param threshold the alerts' z threshold
   */
  record Options(List<String> inputs, String out, CoderSettings coder, int window, double threshold) {}

  /**
   * What a run did.
   *
   * @param read articles read
   * @param problems lines or files that could not be read, one line each (at most 20 kept)
   * @param problemCount how many there were
   * @param fresh articles kept after dropping repeated texts
   * @param copies near-duplicates (not coded)
   * @param coded original articles coded
   * @param sentences their sentences
   * @param reports reports of every modality
   * @param events fused asserted events
   * @param loadMillis each executor's pipeline load (start-up cost), in milliseconds
   * @param failures articles whose coding failed
   * @param alerts the escalation alerts
   * @param codingSeconds seconds from reading to the coded reports
   */
  record Summary(long read, List<String> problems, long problemCount, long fresh, long copies, long coded, long sentences, long reports,
      long events, List<Long> loadMillis, List<String> failures, List<Alert> alerts, double codingSeconds) {}

  private static final StructType ALERTS = new StructType()
      .add("source", DataTypes.StringType).add("target", DataTypes.StringType).add("since", DataTypes.DateType)
      .add("recent_mean", DataTypes.DoubleType).add("baseline_mean", DataTypes.DoubleType).add("baseline_sd", DataTypes.DoubleType)
      .add("z", DataTypes.DoubleType).add("recent_events", DataTypes.LongType);

  private SparkJob() {}

  static Summary run(SparkSession spark, Options o) throws java.io.IOException {
    long start = System.nanoTime();
    Dataset<Row> parsed = new ArticleInputs(spark).read(o.inputs()).persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> problemRows = parsed.filter(col(ArticleInputs.PROBLEMS).isNotNull());
    long problemCount = problemRows.count();
    List<String> problems = problemRows.select(ArticleInputs.PROBLEMS).limit(20).as(Encoders.STRING()).collectAsList();
    Dataset<Row> articles = parsed.filter(col(ArticleInputs.PROBLEMS).isNull()).select("article.*");
    long read = articles.count();
    if (read == 0) {
      throw new DyadInputException(String.join(", ", o.inputs()) + ": no article to code");
    }
    Dataset<Row> fresh = articles.withColumn("first", min("seq").over(Window.partitionBy("hash")))
        .filter(col("seq").equalTo(col("first"))).drop("first").persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> copies = NearDuplicates.find(spark, fresh).persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> originals = fresh.join(copies, fresh.col("hash").equalTo(copies.col("hash")), "left_anti")
        .repartition(partitions(spark));

    LongAccumulator sentences = spark.sparkContext().longAccumulator("sentences");
    CollectionAccumulator<String> failures = spark.sparkContext().collectionAccumulator("failures");
    CollectionAccumulator<Long> loads = spark.sparkContext().collectionAccumulator("pipeline loads");
    Dataset<Row> reports = originals.mapPartitions(new CodePartition(o.coder(), sentences, failures, loads), Encoders.row(ReportRows.SCHEMA))
        .persist(StorageLevel.MEMORY_AND_DISK());
    long reportCount = reports.count();
    double codingSeconds = (System.nanoTime() - start) / 1e9;
    long coded = originals.count();

    Dataset<Row> fused = Fusion.fuse(reports).drop("seq").persist(StorageLevel.MEMORY_AND_DISK());
    fused.createOrReplaceTempView("events");
    String version = CoderVersion.of(o.coder().pipeline()).toString();
    Dataset<Row> stored = fresh.join(copies, fresh.col("hash").equalTo(copies.col("hash")), "left")
        .select(fresh.col("hash"), col("id"), col("source"), col("title"), col("published"), col("text"), col("duplicate_of"),
            when(col("duplicate_of").isNull(), lit(version)).otherwise(lit(null).cast(DataTypes.StringType)).as("coder_version"));
    stored.createOrReplaceTempView("articles");

    Dataset<Row> events = EventTables.fusedEvents(spark);
    events.write().mode(SaveMode.ErrorIfExists).partitionBy("event_date").parquet(o.out() + "/events");
    fused.write().mode(SaveMode.ErrorIfExists).parquet(o.out() + "/reports");
    stored.write().mode(SaveMode.ErrorIfExists).parquet(o.out() + "/articles");
    EventTables.weeklySeries(spark).write().mode(SaveMode.ErrorIfExists).parquet(o.out() + "/series");
    List<Alert> alerts = SparkAlerts.alerts(spark, o.window(), o.threshold());
    spark.createDataFrame(alertRows(alerts), ALERTS).coalesce(1).write().mode(SaveMode.ErrorIfExists).parquet(o.out() + "/alerts");
    long eventCount = spark.read().parquet(o.out() + "/events").count();
    return new Summary(read, problems, problemCount, fresh.count(), copies.count(), coded, sentences.value(), reportCount, eventCount,
        List.copyOf(loads.value()), List.copyOf(failures.value()), alerts, codingSeconds);
  }

  /** Partitions for coding: four per core of the cluster, so a slow partition does not hold up the rest. */
  private static int partitions(SparkSession spark) {
    return Math.max(1, spark.sparkContext().defaultParallelism() * 4);
  }

  private static List<Row> alertRows(List<Alert> alerts) {
    List<Row> rows = new ArrayList<>();
    for (Alert a : alerts) {
      rows.add(RowFactory.create(a.source(), a.target(), a.since(), a.recentMean(), a.baselineMean(), a.baselineSd(), a.z(),
          a.recentEvents()));
    }
    return rows;
  }
}
