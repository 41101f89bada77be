package dev.skillgap.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skillgap.demand.WeekId;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LakeCommitterTest {

  static final WeekId W47 = WeekId.parse("2026-W47");
  static final WeekId W48 = WeekId.parse("2026-W48");

  static void stage(LakeCommitter c, String run, String table, String content) throws Exception {
    Path dir = Path.of(c.stagingPath(run, table).replace("file:", ""));
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("part-0.txt"), content);
  }

  static String read(LakeCommitter c, String table, WeekId w) throws Exception {
    return Files.readString(Path.of(c.partitionPath(table, w).replace("file:", "")).resolve("part-0.txt"));
  }

  @Test
  void weeksIdsFollowIso8601() {
    assertEquals("2026-W48", WeekId.of(LocalDate.of(2026, 11, 28)).toString());
    assertEquals(LocalDate.of(2026, 11, 23), W48.monday());
    assertEquals(LocalDate.of(2026, 11, 29), W48.sunday());
    assertEquals("2026-W53", WeekId.of(LocalDate.of(2026, 12, 31)).toString());
    assertEquals("2027-W01", WeekId.of(LocalDate.of(2027, 1, 4)).toString());
    assertEquals(W47, W48.previous());
    assertThrows(IllegalArgumentException.class, () -> WeekId.parse("2026-48"));
    assertThrows(IllegalArgumentException.class, () -> WeekId.parse("2025-W53"));
  }

  @Test
  void commitPublishesEveryTableThenTheManifestAndReplacesOnRerun(@TempDir Path lake) throws Exception {
    LakeCommitter c = new LakeCommitter(lake.toString(), new Configuration());
    stage(c, "run1", "demand", "d1");
    stage(c, "run1", "trends", "t1");
    c.commit("run1", W48, List.of("demand", "trends"), "{\"run\": 1}");
    assertEquals(List.of(W48), c.visibleWeeks());
    assertEquals("d1", read(c, "demand", W48));
    assertEquals("{\"run\": 1}", c.manifest(W48));

    stage(c, "run2", "demand", "d2");
    stage(c, "run2", "trends", "t2");
    c.commit("run2", W48, List.of("demand", "trends"), "{\"run\": 2}");
    assertEquals("d2", read(c, "demand", W48));
    assertEquals("t2", read(c, "trends", W48));
    assertFalse(Files.exists(lake.resolve("_staging")) && Files.list(lake.resolve("_staging")).findAny().isPresent());
    assertFalse(Files.exists(lake.resolve("_trash/run2")));
  }

  @Test
  void aRunThatNeverCommittedLeavesNothingAfterRecovery(@TempDir Path lake) throws Exception {
    LakeCommitter c = new LakeCommitter(lake.toString(), new Configuration());
    stage(c, "old", "demand", "d47");
    c.commit("old", W47, List.of("demand"), "{}");
    stage(c, "crashed", "demand", "half");
    assertEquals(List.of("removed unfinished run crashed"), c.recover());
    assertEquals(List.of(W47), c.visibleWeeks());
    assertFalse(Files.exists(lake.resolve("demand/week=2026-W48")));
    assertEquals("d47", read(c, "demand", W47));
  }

  @Test
  void aCommitInterruptedAfterItsJournalIsFinishedByRecovery(@TempDir Path lake) throws Exception {
    LakeCommitter c = new LakeCommitter(lake.toString(), new Configuration());
    stage(c, "run1", "demand", "d1");
    stage(c, "run1", "trends", "t1");
    c.commit("run1", W48, List.of("demand", "trends"), "{\"run\": 1}");
    // a rerun crashes after moving demand but before trends and the manifest
    stage(c, "run2", "demand", "d2");
    stage(c, "run2", "trends", "t2");
    Files.writeString(lake.resolve("_staging/run2/manifest.json"), "{\"run\": 2}");
    Files.createDirectories(lake.resolve("_journal"));
    Files.writeString(lake.resolve("_journal/2026-W48.json"), "run2\n2026-W48\ndemand\ntrends\n");
    Files.delete(lake.resolve("manifests/2026-W48.json"));
    Files.createDirectories(lake.resolve("_trash/run2"));
    Files.move(lake.resolve("demand/week=2026-W48"), lake.resolve("_trash/run2/demand"));
    Files.move(lake.resolve("_staging/run2/demand"), lake.resolve("demand/week=2026-W48"));
    assertTrue(c.visibleWeeks().isEmpty(), "mid-commit, the week is not visible");

    assertEquals(List.of("finished the interrupted commit of 2026-W48"), c.recover());
    assertEquals(List.of(W48), c.visibleWeeks());
    assertEquals("d2", read(c, "demand", W48));
    assertEquals("t2", read(c, "trends", W48));
    assertEquals("{\"run\": 2}", c.manifest(W48));
  }

  @Test
  void theReportFolderIsCommittedWithTheWeekAndReplacedWholeOnRerun(@TempDir Path lake) throws Exception {
    LakeCommitter c = new LakeCommitter(lake.toString(), new Configuration());
    stage(c, "run1", "demand", "d1");
    dev.skillgap.report.ReportSink run1 = c.stager("run1", LakeCommitter.REPORTS);
    run1.put("index.html", "<p>1</p>".getBytes());
    run1.put("learners/L1.json", "{}".getBytes());
    assertFalse(Files.exists(lake.resolve("reports")), "nothing visible before the commit");
    c.commit("run1", W48, List.of("demand", LakeCommitter.REPORTS), "{}");
    Path week = lake.resolve("reports/2026-W48");
    assertEquals("<p>1</p>", Files.readString(week.resolve("index.html")));
    assertEquals("{}", Files.readString(week.resolve("learners/L1.json")));
    try (var all = Files.walk(week)) {
      assertEquals(List.of(), all.filter(p -> p.getFileName().toString().endsWith(".crc")).toList());
    }

    c.stager("run2", LakeCommitter.REPORTS).put("index.html", "<p>2</p>".getBytes());
    c.commit("run2", W48, List.of(LakeCommitter.REPORTS), "{}");
    assertEquals("<p>2</p>", Files.readString(week.resolve("index.html")));
    assertFalse(Files.exists(week.resolve("learners")), "the old folder is replaced, not merged");
    assertEquals("d1", read(c, "demand", W48));
  }
}
