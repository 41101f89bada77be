package dev.skillgap.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The metrics and set builders on hand-made examples with exact expected values. */
class EvaluatorsTest {

  @Test
  void linkingMetricsMatchTheOfficialDefinitions() {
    LinkingEvaluator ev = new LinkingEvaluator();
    // gold {a, b}: top-5 holds b at rank 2 and a at rank 6 -> RP@5 = 1/2, RP@10 = 2/2, RR = 1/2
    ev.add(List.of("x", "B", "y", "z", "w", "a"), List.of("a", "b"));
    // gold {c}: nothing predicted -> 0, 0, 0; duplicates and case are folded
    ev.add(List.of(), List.of("c"));
    ev.add(List.of("C", "c", "d"), List.of("c"));
    LinkingEvaluator.LinkingScores s = ev.scores();
    assertEquals(3, s.n());
    assertEquals(2, s.answered());
    assertEquals((0.5 + 0 + 1) / 3, s.rp5(), 1e-12);
    assertEquals((1 + 0 + 1) / 3.0, s.rp10(), 1e-12);
    assertEquals((0.5 + 0 + 1) / 3, s.mrr(), 1e-12);
  }

  @Test
  void keepThresholdsCountDistinctLabelsAtOrAboveEachThreshold() {
    KeepThresholdEvaluator ev = new KeepThresholdEvaluator(0.5, 0.8);
    // gold {a, b}: a 0.9, B 0.6 (case folded), x 0.7; "A" again at 0.4 keeps the best score of a
    java.util.Map<String, Double> r1 = new java.util.LinkedHashMap<>();
    r1.put("a", 0.9);
    r1.put("B", 0.6);
    r1.put("x", 0.7);
    r1.put("A", 0.4);
    ev.add(r1, List.of("a", "b"));
    // gold {c}: only y 0.85 predicted
    ev.add(java.util.Map.of("y", 0.85), List.of("c"));
    List<KeepThresholdEvaluator.Point> p = ev.points();
    // at 0.5: kept a, b, x, y -> 2 hits of 4 kept, 2 of 3 gold
    assertEquals(4, p.get(0).kept());
    assertEquals(0.5, p.get(0).precision(), 1e-12);
    assertEquals(2 / 3.0, p.get(0).recall(), 1e-12);
    // at 0.8: kept a, y -> 1 of 2 kept, 1 of 3 gold
    assertEquals(2, p.get(1).kept());
    assertEquals(0.5, p.get(1).precision(), 1e-12);
    assertEquals(1 / 3.0, p.get(1).recall(), 1e-12);
    assertEquals(0.5, ev.best().threshold(), 1e-12);
    assertEquals(2 * 0.5 * (2 / 3.0) / (0.5 + 2 / 3.0), ev.best().f1(), 1e-12);
    assertThrows(IllegalArgumentException.class, () -> new KeepThresholdEvaluator(1.5));
  }

  @Test
  void bioSpansFollowDevsetsPy() {
    List<String> tokens = List.of("Java", "and", "Spring", "Boot", "skills");
    List<String> skill = List.of("O", "O", "B", "I", "O");
    List<String> knowledge = List.of("B", "O", "I", "I", "O"); // an I without B opens a span, as in devsets.py
    List<CharSpan> spans = DevSets.bioSpans(tokens, List.of(skill, knowledge));
    assertEquals(List.of(new CharSpan(0, 4), new CharSpan(9, 20)), spans);
  }

  @Test
  void softSkillSentencesReplaceTheMaskWithTheMention(@TempDir Path dir) throws Exception {
    Path csv = dir.resolve("job_train.csv");
    Files.writeString(csv, "is_soft_skill,soft_skill,context\n"
        + "1,able to multitask,excellent organisational skill and xxx xxx xxx\n"
        + "0,dynamic,join an xxx ict team\n"
        + "1,team player,no mask here\n"
        + "1,team member,look for to work a a xxx xxx with hilton\n");
    List<EvalRecord> set = DevSets.softSkills(csv);
    assertEquals(2, set.size());
    assertEquals("excellent organisational skill and able to multitask", set.get(0).text());
    assertEquals(List.of(new CharSpan(35, 52)), set.get(0).goldSpans());
    assertEquals("soft-3", set.get(1).id());
    assertEquals(List.of(new CharSpan(21, 32)), set.get(1).goldSpans());
    assertEquals("team member", set.get(1).text().substring(21, 32));
  }

  @Test
  void testSplitsAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> DevSets.skillSpan(Path.of("."), "test"));
  }
}
