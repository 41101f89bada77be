package dev.skillgap.pipeline;

import org.apache.spark.sql.SparkSession;

/**
 * Creates the SparkSession for a job. The master comes from the caller (the {@code --master}
 * option), else from {@code spark.master} as set by {@code spark-submit}, else {@code local[*]}:
 * it is never fixed in code, so the same jar runs embedded or on a cluster.
 */
public final class SparkSessions {

  private SparkSessions() {}

  /** Returns the active session or a new one named {@code appName}, on {@code master} when given. */
  public static SparkSession create(String appName, String master) {
    SparkSession.Builder b = SparkSession.builder().appName(appName)
        .config("spark.sql.session.timeZone", "UTC")
        .config("spark.sql.parquet.compression.codec", "snappy")
        .config("spark.sql.sources.partitionOverwriteMode", "dynamic")
        .config("spark.ui.showConsoleProgress", "false");
    if (master != null && !master.isBlank()) {
      b.master(master);
    } else if (System.getProperty("spark.master") == null) {
      b.master("local[*]");
    }
    return b.getOrCreate();
  }
}
