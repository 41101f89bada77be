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
      // One JVM is both driver and executor. Beside Spark's own memory (spark.memory.fraction of the
      // heap, 0.6 by Spark's default) it holds the extraction models and their caches, the learners and
      // the report's pages: 2.3 GB left in use after a collection at 10k postings and 20k learners in
      // a 4 GB heap (bench weekly, 2026-12-07), and at 100k postings Spark's 0.6 left the heap no room
      // for a sort's page. Spark's share beyond 0.4 goes to disk instead (WeeklyJob.KEPT).
      defaultTo(b, "spark.memory.fraction", "0.4");
      // Spark's pages default to up to 64 MB; G1 puts an array of over half a region (1 MB in a 4 GB
      // heap) in contiguous free regions, which a busy heap cannot always find ("Failed to allocate a
      // page" at 100k postings). Pages of 512 KB are ordinary objects.
      defaultTo(b, "spark.buffer.pageSize", "512k");
    }
    return b.getOrCreate();
  }

  /** Sets {@code key} to {@code value} unless the user set it ({@code -Dkey=...}, as {@code spark-submit --conf} does). */
  private static void defaultTo(SparkSession.Builder b, String key, String value) {
    if (System.getProperty(key) == null) {
      b.config(key, value);
    }
  }
}
