package dev.skillgap.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skillgap.demand.WeekId;
import dev.skillgap.io.SkillgapHome;
import dev.skillgap.taxonomy.TaxonomyFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The driver killed in the middle of the week's commit: a real {@code weekly} process halted (as
 * {@code kill -9} would, no shutdown hooks) after its journal is written and some of the week's
 * tables have moved into the lake, others not. Recovery (with which every run starts) must finish
 * that commit and leave one whole week: every table and report file with the same {@link
 * TableDigest} as a run nobody killed. Both for a week's first commit and for a rerun replacing a
 * committed week, where half the old week is already in the trash when the process dies.
 */
class CommitCrashTest {

  static final Path SAMPLES = SkillgapHome.dataSamples();
  static SparkSession spark;

  @BeforeAll
  static void start() throws Exception {
    WeeklyDeterminismTest.taxonomy = TaxonomyFixture.compiled();
    spark = WeeklyDeterminismTest.session("local[2]", Map.of());
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @Test
  void aDriverKilledPartWayThroughTheCommitLeavesOneWholeWeekAfterRecoveryAndAfterARerun(@TempDir Path dir)
      throws Exception {
    // three lakes with the same week before, run once and copied
    Path healthy = dir.resolve("healthy");
    Path first = dir.resolve("first-commit");
    Path replaced = dir.resolve("replaced");
    WeeklyJob job = new WeeklyJob(spark, s -> {});
    job.run(WeeklyDeterminismTest.options("2026-W47", healthy, false));
    WeeklyDeterminismTest.copy(healthy, first);
    WeeklyDeterminismTest.copy(healthy, replaced);
    // the week as a run nobody killed leaves it
    job.run(WeeklyDeterminismTest.options("2026-W48", healthy, true));
    Map<String, String> expected = WeeklyDeterminismTest.digests(spark, healthy);
    assertEquals(LakeSchemas.TABLES.size() + 1, expected.size(), "every table and the report: " + expected.keySet());

    // the week's first commit, killed after demand moved in (postings and posting skills are in, gaps are not);
    // recovery, as every run starts with, finishes it
    killedInCommit(first, "commit:moved-demand");
    LakeCommitter lake = new LakeCommitter(first.toString(), spark.sparkContext().hadoopConfiguration());
    assertEquals(List.of(WeekId.parse("2026-W47")), lake.visibleWeeks(), "a half-committed week is not visible");
    assertTrue(Files.isDirectory(WeeklyDeterminismTest.partition(first, "demand")), "the crash came after demand moved");
    assertFalse(Files.exists(WeeklyDeterminismTest.partition(first, "gaps")), "the crash came before gaps moved");
    assertEquals(List.of("finished the interrupted commit of 2026-W48"), lake.recover());
    assertWhole(first, expected);

    // a rerun replacing a committed week (postings only) with the full one, killed once trends moved:
    // the old postings, posting skills, demand and trends are in the trash, the old rejects still in place
    job.run(WeeklyDeterminismTest.options("2026-W48", replaced, false));
    killedInCommit(replaced, "commit:moved-trends");
    lake = new LakeCommitter(replaced.toString(), spark.sparkContext().hadoopConfiguration());
    assertEquals(List.of(WeekId.parse("2026-W47")), lake.visibleWeeks(), "a half-replaced week is not visible");
    assertTrue(Files.isDirectory(replaced.resolve("_trash")), "the crash came after old tables went to the trash");
    // the next run recovers first (finishing the killed commit), then commits its own week
    List<String> log = new ArrayList<>();
    new WeeklyJob(spark, log::add).run(WeeklyDeterminismTest.options("2026-W48", replaced, true));
    assertTrue(log.stream().anyMatch(l -> l.contains("finished the interrupted commit of 2026-W48")), String.join("\n", log));
    assertWhole(replaced, expected);
  }

  /** Runs the full week 2026-W48 into {@code lake} in a JVM of its own that halts at {@code point}. */
  static void killedInCommit(Path lake, String point) throws Exception {
    Path log = lake.resolveSibling(lake.getFileName() + "-killed.log");
    Process p = ChildRun.start(log, List.of("-Dskillgap.crashAt=" + point), List.of("weekly", "--week", "2026-W48",
        "--lake", lake.toString(), "--postings", SAMPLES.resolve("postings/2026-W48").toString(),
        "--roles", SAMPLES.resolve("roles").toString(), "--learners", SAMPLES.resolve("learners/learners.jsonl").toString(),
        "--catalog", SAMPLES.resolve("catalog").toString(), "--taxonomy", WeeklyDeterminismTest.taxonomy.toString(),
        "--lexical-only", "--k", "5", "--master", "local[2]"));
    assertTrue(p.waitFor(5, TimeUnit.MINUTES), "the run to kill did not end; see " + log);
    String out = Files.readString(log);
    assertEquals(137, p.exitValue(), out);
    assertTrue(out.contains("injected crash at " + point), out);
    assertTrue(Files.exists(lake.resolve("_journal").resolve("2026-W48.json")), "killed after the journal was written");
  }

  /** The lake shows weeks 47 and 48, nothing staged, journalled or trashed, and week 48 digests as {@code expected}. */
  static void assertWhole(Path lake, Map<String, String> expected) throws Exception {
    LakeCommitter c = new LakeCommitter(lake.toString(), spark.sparkContext().hadoopConfiguration());
    assertEquals(List.of(WeekId.parse("2026-W47"), WeekId.parse("2026-W48")), c.visibleWeeks());
    for (String left : List.of("_staging", "_journal", "_trash")) {
      Path p = lake.resolve(left);
      if (Files.exists(p)) {
        try (var s = Files.list(p)) {
          assertEquals(List.of(), s.toList(), left + " is empty after the commit");
        }
      }
    }
    assertEquals(expected, WeeklyDeterminismTest.digests(spark, lake), "week 48 differs from the run nobody killed");
  }
}
