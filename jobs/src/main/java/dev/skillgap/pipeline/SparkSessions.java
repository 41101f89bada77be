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
    String effective = master != null && !master.isBlank() ? master : System.getProperty("spark.master", "local[*]");
    if (master != null && !master.isBlank()) {
      b.master(master);
    } else if (System.getProperty("spark.master") == null) {
      b.master("local[*]");
    }
    if (effective.startsWith("local")) {
      // one machine: a few shuffle partitions, not Spark's default 200 empty tasks per stage
      b.config("spark.sql.shuffle.partitions", String.valueOf(Math.max(4, 2 * Runtime.getRuntime().availableProcessors())));
    }
    return b.getOrCreate();
  }
}
