/**
 * Corpora coded on Apache Spark: {@link org.dyad.spark.DyadSpark} ({@code dyad spark code}) runs
 * {@code SparkJob}, which reads articles (JSONL, text/HTML directories, Parquet; any Hadoop path),
 * codes them with one {@code Pipeline} per executor JVM, and writes events, reports, articles,
 * weekly series and alerts as Parquet.
 *
 * <p>Input: Hadoop paths. Output: Parquet whose rows are the store's ({@code EventColumns}), so
 * {@code dyad ingest --from-parquet} loads them. Invariants: near-duplicates, fusion and alerts
 * decide as the store does (same MinHash test, same {@code FusionRule}, same {@code Alerts.judge}),
 * in input order where order matters. Spark rows live only in this package; the pipeline's
 * records never cross the wire (articles travel as rows). Traps: the models load once per
 * executor ({@code ExecutorPipelines}), so an executor needs about 3 GB of heap; on Java 17 the
 * JVM needs Spark's {@code --add-opens} flags (the launcher and the pom pass them).
 */
package org.dyad.spark;
