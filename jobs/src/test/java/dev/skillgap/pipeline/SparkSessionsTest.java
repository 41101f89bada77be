package dev.skillgap.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Spark 4 runs in this build's test JVM on Java 17 (add-opens, SPARK_LOCAL_IP) and round-trips Parquet. */
class SparkSessionsTest {

  static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = SparkSessions.create("skillgap-test", "local[2]");
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @Test
  void localSessionWritesAndReadsParquet(@TempDir Path dir) {
    Dataset<String> ds = spark.createDataset(List.of("SQL", "Python", "teamwork"), Encoders.STRING());
    String out = dir.resolve("t").toString();
    ds.write().parquet(out);
    List<String> back = spark.read().parquet(out).as(Encoders.STRING()).orderBy("value").collectAsList();
    assertEquals(List.of("Python", "SQL", "teamwork"), back);
    assertEquals("local[2]", spark.sparkContext().master());
    // room beside Spark's memory for the models, caches and report that share the JVM in local mode
    assertEquals("0.4", spark.sparkContext().getConf().get("spark.memory.fraction"));
    assertEquals("512k", spark.sparkContext().getConf().get("spark.buffer.pageSize"));
  }
}
