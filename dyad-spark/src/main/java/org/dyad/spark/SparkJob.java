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
 *   <li>{@code alerts/}: the escalation alerts of {@code dyad alerts};
 *   <li>{@code failed_articles/}: the articles whose coding failed, with the reason, the columns of
 *       the store's {@code failed_articles} table (empty when none failed);
 *   <li>on request, {@code events.gdelt.tsv}, {@code events.plover.jsonl}, … ({@link FieldFormats}).
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
   * @param asOf the alerts' as-of day, or {@code null} for the corpus's latest event date (a corpus
   *     is a closed archive, so its end, not today, is the day its alerts are judged on)
   * @param formats the field formats also written ({@code dyad export}'s), none by default
   */
  record Options(List<String> inputs, String out, CoderSettings coder, int window, double threshold, java.time.LocalDate asOf,
      List<org.dyad.store.ExportFormat> formats) {
    Options(List<String> inputs, String out, CoderSettings coder, int window, double threshold, java.time.LocalDate asOf) {
      this(inputs, out, coder, window, threshold, asOf, List.of());
    }
  }

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
   * @param codingCpuSeconds CPU seconds this JVM used meanwhile (the coding's, in local mode), or negative when unknown
   */
  record Summary(long read, List<String> problems, long problemCount, long fresh, long copies, long coded, long sentences, long reports,
      long events, List<Long> loadMillis, List<String> failures, List<Alert> alerts, double codingSeconds, double codingCpuSeconds) {}

  private static final StructType ALERTS = new StructType()
      .add("source", DataTypes.StringType).add("target", DataTypes.StringType).add("since", DataTypes.DateType)
      .add("recent_mean", DataTypes.DoubleType).add("baseline_mean", DataTypes.DoubleType).add("baseline_sd", DataTypes.DoubleType)
      .add("z", DataTypes.DoubleType).add("recent_events", DataTypes.LongType);

  private static final StructType FAILURES = new StructType().add("hash", DataTypes.StringType).add("reason", DataTypes.StringType);

  private SparkJob() {}

  static Summary run(SparkSession spark, Options o) throws java.io.IOException {
    long start = System.nanoTime();
    long cpu = ProcessCpu.nanos();
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
    CollectionAccumulator<CodePartition.Failure> failures = spark.sparkContext().collectionAccumulator("failures");
    CollectionAccumulator<Long> loads = spark.sparkContext().collectionAccumulator("pipeline loads");
    Dataset<Row> reports = originals.mapPartitions(new CodePartition(o.coder(), sentences, failures, loads), Encoders.row(ReportRows.SCHEMA))
        .persist(StorageLevel.MEMORY_AND_DISK());
    long reportCount = reports.count();
    double codingSeconds = (System.nanoTime() - start) / 1e9;
    double codingCpu = cpu < 0 ? -1 : (ProcessCpu.nanos() - cpu) / 1e9;
    long coded = originals.count();

    Dataset<Row> fused = Fusion.fuse(reports, o.coder()).drop("seq").persist(StorageLevel.MEMORY_AND_DISK());
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
    java.time.LocalDate asOf = o.asOf() != null ? o.asOf()
        : spark.sql("SELECT max(event_date) FROM events WHERE primary_report AND modality = 'asserted'").first().getAs(0);
    List<Alert> alerts = asOf == null ? List.of()
        : SparkAlerts.alerts(spark, new org.dyad.store.AlertQuery(asOf, o.window(), o.threshold(), org.dyad.store.ActorLevel.COUNTRY));
    spark.createDataFrame(alertRows(alerts), ALERTS).coalesce(1).write().mode(SaveMode.ErrorIfExists).parquet(o.out() + "/alerts");
    // A retried task adds its failures again: one per article.
    List<CodePartition.Failure> failed = failures.value().stream()
        .collect(java.util.stream.Collectors.toMap(CodePartition.Failure::hash, f -> f, (a, b) -> a, java.util.LinkedHashMap::new))
        .values().stream().toList();
    failedArticles(spark, fresh, failed, version).write().mode(SaveMode.ErrorIfExists).parquet(o.out() + "/failed_articles");
    FieldFormats.write(spark.sparkContext().hadoopConfiguration(), o.out(), o.formats());
    long eventCount = spark.read().parquet(o.out() + "/events").count();
    return new Summary(read, problems, problemCount, fresh.count(), copies.count(), coded, sentences.value(), reportCount, eventCount,
        List.copyOf(loads.value()), failed.stream().map(CodePartition.Failure::line).toList(), alerts, codingSeconds, codingCpu);
  }

  /** The failed articles whole, with the reason and the coder: the columns of the store's {@code failed_articles} table (v12). */
  private static Dataset<Row> failedArticles(SparkSession spark, Dataset<Row> fresh, List<CodePartition.Failure> failed, String version) {
    List<Row> rows = failed.stream().map(f -> RowFactory.create(f.hash(), f.reason())).toList();
    Dataset<Row> reasons = spark.createDataFrame(rows, FAILURES);
    return fresh.join(reasons, "hash").select(col("hash"), col("id"), col("source"), col("title"), col("published"), col("text"),
        col("reason"), lit(version).as("coder_version"), org.apache.spark.sql.functions.current_timestamp().as("failed_at"));
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
