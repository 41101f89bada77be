package dev.skillgap.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skillgap.extract.ScoreCalibration;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Isotonic fitting, the calibration map, calibration error and judgement files, on exact examples. */
class CalibrationTest {

  private static IsotonicCalibrator fed(int minBlock) {
    IsotonicCalibrator c = new IsotonicCalibrator(minBlock);
    c.add(0.3, false);
    c.add(0.1, false);
    c.add(0.2, true);
    c.add(0.5, true);
    c.add(0.4, true);
    return c;
  }

  @Test
  void poolAdjacentViolatorsGivesExactKnots() {
    // 0.2 right then 0.3 wrong violate order and pool to 0.5 at 0.25; 0.4 and 0.5 (both right) pool
    ScoreCalibration c = fed(1).fit();
    assertArrayEquals(new double[] {0.1, 0.25, 0.45}, c.raw(), 1e-12);
    assertArrayEquals(new double[] {0.0, 0.5, 1.0}, c.calibrated(), 1e-12);
    // a block of fewer than 2 pairs joins its neighbour: {0.1, 0.2, 0.3} -> 1/3 at 0.2
    ScoreCalibration two = fed(2).fit();
    assertArrayEquals(new double[] {0.2, 0.45}, two.raw(), 1e-12);
    assertArrayEquals(new double[] {0.3333, 1.0}, two.calibrated(), 1e-12);
    assertEquals(ScoreCalibration.NONE, new IsotonicCalibrator(5).fit());
  }

  @Test
  void mapInterpolatesClampsAndValidates() {
    ScoreCalibration c = new ScoreCalibration(new double[] {0.2, 0.6, 1.0}, new double[] {0.1, 0.5, 0.9});
    assertEquals(0.1, c.apply(0.0), 1e-12);
    assertEquals(0.1, c.apply(0.2), 1e-12);
    assertEquals(0.3, c.apply(0.4), 1e-12);
    assertEquals(0.8, c.apply(0.9), 1e-12);
    assertEquals(0.9, c.apply(1.0), 1e-12);
    assertEquals(0.42, ScoreCalibration.NONE.apply(0.42), 0);
    assertThrows(IllegalArgumentException.class, () -> new ScoreCalibration(new double[] {0.5, 0.4}, new double[] {0.1, 0.2}));
    assertThrows(IllegalArgumentException.class, () -> new ScoreCalibration(new double[] {0.4, 0.5}, new double[] {0.3, 0.2}));
    assertThrows(IllegalArgumentException.class, () -> new ScoreCalibration(new double[] {0.4}, new double[] {1.2}));
    assertThrows(IllegalArgumentException.class, () -> new ScoreCalibration(new double[] {0.4}, new double[0]));
  }

  @Test
  void fittedMapIsMonotoneAndReducesErrorOnMiscalibratedScores() {
    long seed = System.nanoTime();
    Random rnd = new Random(seed);
    IsotonicCalibrator fit = new IsotonicCalibrator(20);
    double[][] test = new double[2000][];
    for (int i = 0; i < 4000; i++) {
      double s = rnd.nextDouble();
      boolean right = rnd.nextDouble() < s * s; // true probability s^2: scores are too high
      if (i < 2000) {
        fit.add(s, right);
      } else {
        test[i - 2000] = new double[] {s, right ? 1 : 0};
      }
    }
    ScoreCalibration c = fit.fit();
    CalibrationEvaluator before = new CalibrationEvaluator();
    CalibrationEvaluator after = new CalibrationEvaluator();
    for (double[] t : test) {
      before.add(t[0], t[1] == 1);
      after.add(c.apply(t[0]), t[1] == 1);
    }
    for (int i = 1; i < c.raw().length; i++) {
      assertTrue(c.calibrated()[i] >= c.calibrated()[i - 1], "seed " + seed);
    }
    assertTrue(after.result().ece() < before.result().ece() / 2,
        "seed " + seed + ": " + before.result().summary() + " -> " + after.result().summary());
  }

  @Test
  void calibrationErrorIsTheWeightedGapPerBin() {
    CalibrationEvaluator ev = new CalibrationEvaluator();
    ev.add(0.95, true);
    ev.add(0.95, false); // bin 0.9: mean 0.95, right 0.5
    ev.add(0.15, false); // bin 0.1: mean 0.15, right 0
    CalibrationEvaluator.Calibration c = ev.result();
    assertEquals(3, c.pairs());
    assertEquals((2 * 0.45 + 0.15) / 3, c.ece(), 1e-12);
    assertEquals((0.05 * 0.05 + 0.95 * 0.95 + 0.15 * 0.15) / 3, c.brier(), 1e-12);
    assertEquals(List.of("0.1-0.2: 1, mean score 0.15, right 0.00", "0.9-1.0: 2, mean score 0.95, right 0.50"), c.bins());
  }

  @Test
  void judgementsAddToGoldAndRejectBadLines() throws IOException {
    LinkJudgments j = LinkJudgments.read(new BufferedReader(new StringReader(
        "# set\tid\tlabel\tright\nesco-tech\tt1\tGitHub\t1\nesco-tech\tt1\tSQL Server\t0\n")), "j.tsv");
    EvalRecord r = new EvalRecord("t1", "SQL and GitHub", List.of("SQL"), List.of());
    assertEquals(2, j.size());
    assertTrue(j.right("esco-tech", r, "sql").orElseThrow());
    assertTrue(j.right("esco-tech", r, "github").orElseThrow());
    assertFalse(j.right("esco-tech", r, "SQL Server").orElseThrow());
    assertTrue(j.right("esco-tech", r, "Docker").isEmpty());
    assertTrue(j.right("esco-house", r, "GitHub").isEmpty());
    assertEquals(List.of("SQL", "github"), j.rightLabels("esco-tech", r));
    IOException bad = assertThrows(IOException.class, () -> LinkJudgments.read(
        new BufferedReader(new StringReader("esco-tech\tt1\tGitHub\tyes\n")), "j.tsv"));
    assertEquals("j.tsv line 1: expected set, id, label, 1|0 separated by tabs", bad.getMessage());
    IOException twice = assertThrows(IOException.class, () -> LinkJudgments.read(
        new BufferedReader(new StringReader("s\t1\tA\t1\ns\t1\ta\t0\n")), "j.tsv"));
    assertEquals("j.tsv line 2: s/1 'a' judged twice", twice.getMessage());
  }
}
