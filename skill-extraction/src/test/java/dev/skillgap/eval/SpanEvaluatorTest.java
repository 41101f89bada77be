package dev.skillgap.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SpanEvaluatorTest {

  private static final double EPS = 1e-12;

  @Test
  void strictAndLooseDifferLikeScorePy() {
    // Same example run through score.py gives strict 0.2 / 0.25 / 0.2222 and loose 0.8 / 0.75 / 0.7742.
    Map<String, List<CharSpan>> gold = Map.of(
        "s1", List.of(new CharSpan(16, 20), new CharSpan(25, 36)),
        "s2", List.of(new CharSpan(0, 14)),
        "s3", List.of(),
        "s4", List.of(new CharSpan(5, 25)));
    Map<String, List<CharSpan>> pred = Map.of(
        "s1", List.of(new CharSpan(16, 20), new CharSpan(25, 31), new CharSpan(16, 20)), // duplicate counts once
        "s2", List.of(new CharSpan(0, 4), new CharSpan(10, 14)), // two loose hits on one gold span
        "s3", List.of(new CharSpan(0, 3)), // false positive
        "s9", List.of(new CharSpan(0, 3))); // not in gold: ignored
    SpanScores s = SpanEvaluator.score(pred, gold);
    assertEquals(4, s.gold());
    assertEquals(5, s.predicted());
    assertEquals(0.2, s.strictP(), EPS);
    assertEquals(0.25, s.strictR(), EPS);
    assertEquals(2 * 0.2 * 0.25 / 0.45, s.strictF1(), EPS);
    assertEquals(0.8, s.looseP(), EPS);
    assertEquals(0.75, s.looseR(), EPS);
    assertEquals(2 * 0.8 * 0.75 / 1.55, s.looseF1(), EPS);
    assertEquals("{\"gold\": 4, \"pred\": 5, \"strict_p\": 0.2000, \"strict_r\": 0.2500, \"strict_f1\": 0.2222, "
        + "\"loose_p\": 0.8000, \"loose_r\": 0.7500, \"loose_f1\": 0.7742}", s.toJson());
  }

  @Test
  void emptyPredictionsScoreZero() {
    SpanScores s = SpanEvaluator.score(Map.of(), Map.of("a", List.of(new CharSpan(0, 3))));
    assertEquals(0, s.strictF1());
    assertEquals(0, s.looseF1());
    assertEquals(1, s.gold());
  }

  @Test
  void bioSpansReadTagsLikeDevsetsPy() {
    List<String> tokens = List.of("Experience", "with", "Java", "and", "Spring", "Boot");
    List<String> skill = List.of("O", "O", "O", "O", "O", "O");
    List<String> knowledge = List.of("O", "O", "B", "O", "B", "I");
    assertEquals(List.of(new CharSpan(16, 20), new CharSpan(25, 36)), SpanEvaluator.bioSpans(tokens, List.of(skill, knowledge)));
    // An I that opens a run starts a span; layers are unioned: devsets.py gives (0,1) (0,7) (2,3) (6,7).
    List<String> abcd = List.of("a", "b", "c", "d");
    assertEquals(List.of(new CharSpan(0, 1), new CharSpan(0, 7), new CharSpan(2, 3), new CharSpan(6, 7)),
        SpanEvaluator.bioSpans(abcd, List.of(List.of("I", "B", "O", "I"), List.of("B", "I", "I", "I"))));
    assertEquals(new CharSpan(5, 25), SpanEvaluator.charSpan(List.of("Good", "communication", "skills"), 1, 3));
  }
}
