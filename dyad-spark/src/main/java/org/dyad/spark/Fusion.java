package org.dyad.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.when;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.dyad.store.FusionRule;

/**
 * Fuses reports into events with the store's one rule ({@link FusionRule}). The rule only fuses
 * reports with the same source, target and CAMEO root, so reports are grouped by those three and
 * each group is fused on its own, in parallel; within a group the reports go in input order, and
 * each takes, among the primary reports of earlier articles that it repeats, the closest day, then
 * the smallest key: what the store's {@code ReportFusion} decides, one article after another. Only
 * asserted reports with a day fuse; the others stay their own primary reports.
 *
 * <p>With the learned typer on ({@link CoderSettings#hybrid}), the rule's borderline cases are
 * decided by meaning as the store decides them: a report with no candidate the rule is sure of
 * ({@link FusionRule.Verdict#SAME}) joins the borderline candidate whose sentence is most alike,
 * when at least the threshold ({@code fused_by = 'dyad-meaning'}). Each executor JVM embeds with
 * one model ({@link ExecutorPipelines#meaning}), only the sentences of borderline pairs.
 */
final class Fusion {
  private static final StructType FUSED = new StructType()
      .add("f_hash", DataTypes.StringType, false).add("f_no", DataTypes.IntegerType, false)
      .add("f_key", DataTypes.StringType, false).add("f_primary", DataTypes.BooleanType, false)
      .add("f_by", DataTypes.StringType, true);

  private Fusion() {}

  /** The reports with their event keys, primary flags and fusing rule set; by meaning too when the coder is hybrid. */
  static Dataset<Row> fuse(Dataset<Row> reports, CoderSettings coder) {
    Dataset<Row> fusable = reports.filter("modality = 'asserted' AND event_date IS NOT NULL")
        .select("article_hash", "event_no", "seq", "event_date", "source_code", "target_code", "root", "cameo", "geonames_id", "precision",
            "sentence_text");
    Dataset<Row> fused = fusable
        .groupByKey((MapFunction<Row, String>) r -> r.getAs("source_code") + "\t" + r.getAs("target_code") + "\t" + r.getAs("root"),
            Encoders.STRING())
        .flatMapGroups((FlatMapGroupsFunction<String, Row, Row>) (key, rows) -> fuseGroup(rows, coder), Encoders.row(FUSED));
    Dataset<Row> joined = reports.join(fused, col("article_hash").equalTo(col("f_hash")).and(col("event_no").equalTo(col("f_no"))), "left");
    List<Column> columns = new ArrayList<>();
    for (String name : ReportRows.names()) {
      columns.add(switch (name) {
        case "event_key" -> when(col("f_key").isNotNull(), col("f_key")).otherwise(col(name)).as(name);
        case "primary_report" -> when(col("f_key").isNotNull(), col("f_primary")).otherwise(col(name)).as(name);
        case "fused_by" -> when(col("f_key").isNotNull(), col("f_by")).otherwise(col(name)).as(name);
        default -> col(name);
      });
    }
    columns.add(col("seq"));
    return joined.select(columns.toArray(Column[]::new));
  }

  /** One group's reports in input order, each fused with an earlier article's primary report or made primary. */
  private static Iterator<Row> fuseGroup(Iterator<Row> rows, CoderSettings coder) {
    java.util.Map<String, String> sentences = new java.util.HashMap<>();
    List<Row> reports = new ArrayList<>();
    rows.forEachRemaining(reports::add);
    reports.sort(Comparator.comparingLong((Row r) -> r.getAs("seq")).thenComparingInt(r -> r.getAs("event_no")));
    // Earlier articles' primary reports by day: only the days within the rule's window are read.
    java.util.NavigableMap<Long, List<FusionRule.Report>> primaries = new java.util.TreeMap<>();
    List<FusionRule.Report> articlePrimaries = new ArrayList<>();
    List<Row> out = new ArrayList<>();
    long article = Long.MIN_VALUE;
    for (Row r : reports) {
      long seq = r.getAs("seq");
      if (seq != article) {
        articlePrimaries.forEach(p -> primaries.computeIfAbsent(p.day().toEpochDay(), d -> new ArrayList<>()).add(p));
        articlePrimaries.clear();
        article = seq;
      }
      String hash = r.getAs("article_hash");
      int n = r.getAs("event_no");
      FusionRule.Report report = report(hash + "-" + n, r);
      long day = report.day().toEpochDay();
      List<FusionRule.Report> window = primaries.subMap(day - FusionRule.WINDOW_DAYS, true, day + FusionRule.WINDOW_DAYS, true).values()
          .stream().flatMap(List::stream).toList();
      String sentence = r.getAs("sentence_text");
      // the executor's embedding loads only where a borderline pair is met
      FusionRule.Earlier earlier = FusionRule.earlier(report, sentence, window, sentences,
          coder.hybrid() ? () -> ExecutorPipelines.meaning(coder) : null);
      if (earlier == null) {
        articlePrimaries.add(report);
        if (sentence != null) {
          sentences.put(report.key(), sentence);
        }
        out.add(RowFactory.create(hash, n, report.key(), true, null));
      } else {
        out.add(RowFactory.create(hash, n, earlier.key(), false, earlier.rule()));
      }
    }
    return out.iterator();
  }

  private static FusionRule.Report report(String key, Row r) {
    return new FusionRule.Report(key, (LocalDate) r.getAs("event_date"), r.getAs("source_code"), r.getAs("target_code"),
        r.getAs("root"), r.getAs("cameo"), r.getAs("geonames_id"), r.getAs("precision"));
  }
}
