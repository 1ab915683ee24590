package org.dyad.spark;

import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.dyad.store.MinHash;

/**
 * Near-duplicates across the whole corpus, with the store's test ({@link MinHash#nearDuplicates}:
 * 5-word shingles, 128 hashes, 16 LSH bands, estimated Jaccard similarity at least {@link
 * MinHash#THRESHOLD}). Candidate pairs are the articles sharing an LSH bucket (a join on the band
 * keys, so no pair of the corpus is compared unless it shares one), judged in parallel; the few
 * pairs that pass go to the driver, which decides in input order as ingest does: an article is a
 * copy of the most similar earlier original (ties: the earliest), else an original.
 */
final class NearDuplicates {
  private static final StructType BANDS = new StructType()
      .add("band", DataTypes.LongType, false)
      .add("seq", DataTypes.LongType, false)
      .add("hash", DataTypes.StringType, false)
      .add("minhash", DataTypes.BinaryType, false);

  private static final StructType PAIRS = new StructType()
      .add("a_seq", DataTypes.LongType, false).add("a_hash", DataTypes.StringType, false)
      .add("b_seq", DataTypes.LongType, false).add("b_hash", DataTypes.StringType, false)
      .add("similarity", DataTypes.DoubleType, false);

  /** A near-duplicate pair: the later article {@code b} and the earlier {@code a}, with their similarity. */
  record Pair(long aSeq, String aHash, long bSeq, String bHash, double similarity) {}

  private NearDuplicates() {}

  /** Each copy's hash with its original's hash, as rows of {@code hash, duplicate_of}. */
  static Dataset<Row> find(SparkSession spark, Dataset<Row> articles) {
    Dataset<Row> bands = articles.select("seq", "hash", "text")
        .flatMap((FlatMapFunction<Row, Row>) NearDuplicates::bands, Encoders.row(BANDS));
    Dataset<Row> a = bands.as("a");
    Dataset<Row> b = bands.as("b");
    Dataset<Row> candidates = a.join(b, col("a.band").equalTo(col("b.band")).and(col("a.seq").lt(col("b.seq"))))
        .select(col("a.seq").as("a_seq"), col("a.hash").as("a_hash"), col("a.minhash").as("a_minhash"),
            col("b.seq").as("b_seq"), col("b.hash").as("b_hash"), col("b.minhash").as("b_minhash"))
        .dropDuplicates("a_seq", "b_seq");
    Dataset<Row> judged = candidates.flatMap((FlatMapFunction<Row, Row>) NearDuplicates::judge, Encoders.row(PAIRS));
    List<Pair> pairs = new ArrayList<>();
    for (Row r : judged.collectAsList()) {
      pairs.add(new Pair(r.getLong(0), r.getString(1), r.getLong(2), r.getString(3), r.getDouble(4)));
    }
    List<Row> copies = new ArrayList<>();
    resolve(pairs).forEach((copy, original) -> copies.add(RowFactory.create(copy, original)));
    StructType schema = new StructType().add("hash", DataTypes.StringType, false).add("duplicate_of", DataTypes.StringType, false);
    return spark.createDataFrame(copies, schema);
  }

  /** Decides in input order which articles are copies, and of which original; copy hash → original hash. */
  static Map<String, String> resolve(List<Pair> pairs) {
    List<Pair> ordered = new ArrayList<>(pairs);
    ordered.sort(Comparator.comparingLong(Pair::bSeq).thenComparingLong(Pair::aSeq));
    Set<String> copies = new HashSet<>();
    Map<String, String> copyOf = new HashMap<>();
    Pair best = null;
    for (int i = 0; i <= ordered.size(); i++) {
      Pair p = i < ordered.size() ? ordered.get(i) : null;
      if (best != null && (p == null || p.bSeq() != best.bSeq())) {
        copyOf.put(best.bHash(), best.aHash());
        copies.add(best.bHash());
        best = null;
      }
      if (p != null && !copies.contains(p.aHash()) && (best == null || p.similarity() > best.similarity())) {
        best = p;
      }
    }
    return copyOf;
  }

  /** The candidate pair as a pair row when the store's test calls it a near-duplicate. */
  private static java.util.Iterator<Row> judge(Row r) {
    MinHash x = MinHash.fromBytes(r.getAs("a_minhash"));
    MinHash y = MinHash.fromBytes(r.getAs("b_minhash"));
    return x.nearDuplicates(y)
        ? List.of(RowFactory.create(r.getAs("a_seq"), r.getAs("a_hash"), r.getAs("b_seq"), r.getAs("b_hash"), x.similarity(y))).iterator()
        : java.util.Collections.emptyIterator();
  }

  /** One row per LSH band of an article's signature; an article without words has none. */
  private static java.util.Iterator<Row> bands(Row article) {
    MinHash signature = MinHash.of(article.getString(2));
    if (signature.isEmpty()) {
      return java.util.Collections.emptyIterator();
    }
    byte[] bytes = signature.bytes();
    List<Row> rows = new ArrayList<>();
    for (long key : signature.bandKeys()) {
      rows.add(RowFactory.create(key, article.getLong(0), article.getString(1), bytes));
    }
    return rows.iterator();
  }
}
