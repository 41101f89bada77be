package dev.skillgap.pipeline.eval;

import static dev.skillgap.pipeline.eval.PoolFixtures.TEAMWORK;
import static dev.skillgap.pipeline.eval.PoolFixtures.WOUND_CARE;
import static dev.skillgap.pipeline.eval.PoolFixtures.pair;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JudgingExportTest {

  static final String TEXT = "<p><strong>Essential</strong></p>\n<ul><li>Wound care\tand  dressings.</li>\n"
      + "<li>Teamwork.</li></ul>";
  static final PoolDesign D = new PoolDesign(10, 10, 2026, 0.5);

  static SourcePool pool(int postings) {
    List<PoolPair> at = new ArrayList<>();
    for (int i = 0; i < postings; i++) {
      String key = String.format("%016x", i);
      at.add(pair("nhs", key, WOUND_CARE, TEXT, "Wound care"));
      at.add(pair("nhs", key, TEAMWORK, TEXT, "Teamwork"));
    }
    return new SourcePool("nhs", postings, 0, List.of(), at, at);
  }

  @Test
  void aRowIsWhatTheJudgeReadsOnOneLineWithTheJudgesColumnsEmptyAndNoScore() {
    JudgingExport.Row r = JudgingExport.row(pool(1).drawn().get(0));
    assertEquals("nhs\t0000000000000000\t" + WOUND_CARE.id() + "\t\t\t\tWard nurse\tEssential\t[[Wound care]] and"
        + " dressings.\twound care\tknowledge\thard\tThe care of wounds: cleaning, dressing and watching them heal.",
        r.line());
    assertEquals(13, r.line().split("\t", -1).length);
    assertEquals(13, JudgingExport.HEADER.split("\t", -1).length);
  }

  @Test
  void onlyUnjudgedPairsAreExportedInASeededShuffle() throws IOException {
    SourcePool p = pool(5);
    DemandJudgments j = DemandJudgments.of("t.tsv", List.of(DemandJudgmentsTest.line(1,
        "nhs\t0000000000000002\t" + TEAMWORK.id() + "\tright")));
    List<JudgingExport.Row> rows = JudgingExport.unjudged(List.of(p), j, D);
    assertEquals(9, rows.size());
    assertEquals(JudgingExport.unjudged(List.of(p), j, D), rows, "the same shuffle every time");
    List<String> drawn = p.drawn().stream().map(x -> x.pair().id()).filter(id -> !id.contains("0000000000000002\t"
        + TEAMWORK.id())).toList();
    assertEquals(new HashSet<>(drawn), JudgingExport.ids(rows));
    assertNotEquals(drawn, rows.stream().map(r -> r.pair().id()).toList(), "not in the draw's order");
  }

  @Test
  void twoJudgesGetHalfTheRowsEachAndTheOverlapBothInShufflesOfTheirOwn(@TempDir Path dir) throws IOException {
    List<JudgingExport.Row> rows = JudgingExport.unjudged(List.of(pool(5)), DemandJudgments.none(), D);
    JudgingExport.Split s = JudgingExport.split(rows, 4, D);
    assertEquals(List.of(7, 7, 4), List.of(s.a().size(), s.b().size(), s.both().size()));
    assertEquals(rows.subList(0, 4), s.both());
    Set<String> a = JudgingExport.ids(s.a());
    Set<String> b = JudgingExport.ids(s.b());
    Set<String> union = new HashSet<>(a);
    union.addAll(b);
    assertEquals(JudgingExport.ids(rows), union);
    a.retainAll(b);
    assertEquals(JudgingExport.ids(s.both()), a);
    assertNotEquals(s.a().stream().filter(s.both()::contains).toList(), s.both(), "the overlap is shuffled again");

    Path file = dir.resolve("judge-a.tsv");
    JudgingExport.write(file, s.a());
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    assertEquals(8, lines.size());
    assertEquals(JudgingExport.HEADER, lines.get(0));
    assertEquals(0, DemandJudgments.read(file).size(), "nothing judged yet");
    List<String> filled = new ArrayList<>(lines);
    filled.set(1, filled.get(1).replaceFirst("\t\t\t\t", "\twrong\tTOO_GENERIC\tsays nothing of the job\t"));
    Files.write(file, filled, StandardCharsets.UTF_8);
    DemandJudgment got = DemandJudgments.read(file).get(s.a().get(0).pair()).orElseThrow();
    assertEquals(FailureCategory.TOO_GENERIC, got.category().orElseThrow());
    assertTrue(got.note().startsWith("says nothing"));
  }
}
