package org.dyad.spark;

import org.apache.spark.sql.SparkSession;

/** The local Spark session the Spark tests run on: two cores, bound to the loopback, no UI, four shuffle partitions. */
final class LocalSpark {
  private LocalSpark() {}

  static SparkSession session(String app) {
    return SparkSession.builder().appName(app).master("local[2]")
        .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.ui.enabled", "false").config("spark.sql.datetime.java8API.enabled", "true")
        .config("spark.sql.shuffle.partitions", "4").getOrCreate();
  }
}
