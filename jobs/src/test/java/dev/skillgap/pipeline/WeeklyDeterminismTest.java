package dev.skillgap.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skillgap.demand.WeekId;
import dev.skillgap.extract.ExtractorConfig;
import dev.skillgap.io.SkillgapHome;
import dev.skillgap.rank.Budget;
import dev.skillgap.taxonomy.TaxonomyFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample week with learners run twice on the same three earlier weeks: once on three cores with
 * seven shuffle partitions (not coalesced) and small file splits, once on one core with one shuffle
 * partition. Every table and every report file must have the same {@link TableDigest}. Three
 * earlier weeks, since a mean of two shares does not depend on the order of its terms; they run
 * once, into one lake that is then copied, to keep the test's time down.
 */
class WeeklyDeterminismTest {

  static final Path SAMPLES = SkillgapHome.dataSamples();
  static final List<String> EARLIER = List.of("2026-W45", "2026-W46", "2026-W47");
  static final String WEEK = "2026-W48";
  static Path taxonomy;

  @BeforeAll
  static void taxonomy() throws Exception {
    taxonomy = TaxonomyFixture.compiled();
  }

  @Test
  void theWeekGivesTheSameDigestsWhateverTheCoresAndPartitions(@TempDir Path dir) throws Exception {
    Path seven = dir.resolve("lake-7");
    Path one = dir.resolve("lake-1");
    Map<String, String> a;
    SparkSession spark = session("local[3]", Map.of("spark.sql.shuffle.partitions", "7",
        "spark.sql.adaptive.coalescePartitions.enabled", "false",
        "spark.sql.files.maxPartitionBytes", String.valueOf(64 * 1024), "spark.sql.files.openCostInBytes", "0"));
    try {
      WeeklyJob job = new WeeklyJob(spark, s -> {});
      for (String w : EARLIER) {
        job.run(options(w, seven, false));
      }
      copy(seven, one);
      job.run(options(WEEK, seven, true));
      a = digests(spark, seven);
    } finally {
      spark.stop();
    }
    spark = session("local[1]", Map.of("spark.sql.shuffle.partitions", "1"));
    try {
      new WeeklyJob(spark, s -> {}).run(options(WEEK, one, true));
      Map<String, String> b = digests(spark, one);
      assertEquals(a.keySet(), b.keySet());
      List<String> all = new ArrayList<>(LakeSchemas.TABLES.keySet());
      all.add("reports");
      assertEquals(new java.util.TreeSet<>(all), new java.util.TreeSet<>(a.keySet()), "all 9 tables and the report");
      assertTrue(rows(spark, one, "trends").stream().allMatch(r -> r.getInt(9) == 3), "trends against three weeks");
      List<String> differ = new ArrayList<>();
      for (String k : a.keySet()) {
        if (!a.get(k).equals(b.get(k))) {
          differ.add(k + ": " + a.get(k) + " vs " + b.get(k) + difference(spark, seven, one, k));
        }
      }
      assertEquals(List.of(), differ, "tables or report files that differ between 7 partitions and 1");
    } finally {
      spark.stop();
    }
  }

  /** A new session on {@code master} with {@code conf} set. */
  static SparkSession session(String master, Map<String, String> conf) {
    SparkSession spark = SparkSessions.create("determinism-" + master, master);
    assertEquals(master, spark.sparkContext().master(), "a session left open by another test");
    conf.forEach(spark.conf()::set);
    return spark;
  }

  /** A sample week: postings only, or with roles, learners and the catalogue. */
  static WeeklyOptions options(String week, Path lake, boolean learners) {
    return new WeeklyOptions(WeekId.parse(week), lake.toString(), List.of(SAMPLES.resolve("postings/" + week).toString()),
        learners ? List.of(SAMPLES.resolve("roles").toString()) : List.of(),
        learners ? SAMPLES.resolve("learners/learners.jsonl").toString() : null,
        List.of(SAMPLES.resolve("catalog").toString()), taxonomy.toString(),
        ExtractorConfig.defaults().lexicalOnly().toJson(), new Budget(5, null, null));
  }

  static void copy(Path from, Path to) throws java.io.IOException {
    try (var all = Files.walk(from)) {
      for (Path p : all.toList()) {
        Path q = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(q);
        } else {
          Files.copy(p, q);
        }
      }
    }
  }

  /** Each table of the week, and "reports", to its digest. */
  static Map<String, String> digests(SparkSession spark, Path lake) throws Exception {
    Map<String, String> out = new LinkedHashMap<>();
    for (String table : LakeSchemas.TABLES.keySet()) {
      Path p = partition(lake, table);
      if (Files.isDirectory(p)) {
        out.put(table, TableDigest.of(spark.read().schema(LakeSchemas.TABLES.get(table)).parquet(p.toString())).toString());
      }
    }
    out.put("reports", TableDigest.ofFiles(lake.resolve("reports").resolve(WEEK)).toString());
    return out;
  }

  static Path partition(Path lake, String table) {
    return lake.resolve(table).resolve("week=" + WEEK);
  }

  static List<Row> rows(SparkSession spark, Path lake, String table) {
    return spark.read().schema(LakeSchemas.TABLES.get(table)).parquet(partition(lake, table).toString()).collectAsList();
  }

  /** For a failure message: the report files that differ, or how many rows are in one lake only, with an example of each. */
  static String difference(SparkSession spark, Path a, Path b, String table) throws java.io.IOException {
    if (table.equals("reports")) {
      Path ra = a.resolve("reports").resolve(WEEK);
      Path rb = b.resolve("reports").resolve(WEEK);
      List<String> files = new ArrayList<>();
      try (var all = Files.walk(ra)) {
        for (Path f : all.filter(Files::isRegularFile).toList()) {
          Path g = rb.resolve(ra.relativize(f).toString());
          if (!Files.isRegularFile(g) || !java.util.Arrays.equals(Files.readAllBytes(f), Files.readAllBytes(g))) {
            files.add(ra.relativize(f).toString());
          }
        }
      }
      return " (files that differ or are missing: " + files + ")";
    }
    Map<String, Integer> count = new HashMap<>();
    Map<String, String> example = new HashMap<>();
    for (Row r : rows(spark, a, table)) {
      String h = TableDigest.rowHash(TableDigest.values(r));
      count.merge(h, 1, Integer::sum);
      example.put(h, r.toString());
    }
    for (Row r : rows(spark, b, table)) {
      String h = TableDigest.rowHash(TableDigest.values(r));
      count.merge(h, -1, Integer::sum);
      example.put(h, r.toString());
    }
    List<String> onlyA = count.entrySet().stream().filter(e -> e.getValue() > 0).map(e -> example.get(e.getKey())).sorted().toList();
    List<String> onlyB = count.entrySet().stream().filter(e -> e.getValue() < 0).map(e -> example.get(e.getKey())).sorted().toList();
    return String.format(" (%d rows only with 7 partitions, e.g. %s; %d only with 1, e.g. %s)", onlyA.size(),
        onlyA.isEmpty() ? "-" : onlyA.get(0), onlyB.size(), onlyB.isEmpty() ? "-" : onlyB.get(0));
  }
}
