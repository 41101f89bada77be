package dev.skillgap.distil;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skillgap.link.StaticEncoder;
import dev.skillgap.link.WordPieceTokenizer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContrastiveTunerTest {

  static final WordPieceTokenizer TOK = WordPieceTokenizer.of("[PAD]", "[UNK]", "[CLS]", "[SEP]", "excel",
      "spreadsheets", "python", "programming", "nursing", "care", "patients", "use", "of");

  /** Three concepts, each with a synonym that shares no word piece with its preferred label. */
  static TrainingPairs pairs() {
    List<TrainingPairs.Pair> train = List.of(
        new TrainingPairs.Pair("spreadsheets", 0, TrainingPairs.Source.ALT_LABEL),
        new TrainingPairs.Pair("programming", 1, TrainingPairs.Source.ALT_LABEL),
        new TrainingPairs.Pair("care of patients", 2, TrainingPairs.Source.ALT_LABEL));
    return new TrainingPairs(new int[] {0, 1, 2}, List.of("use excel", "python", "nursing"), train, List.of());
  }

  static float[][] rows() {
    // every row points roughly the same way, so before tuning nothing is told apart
    float[][] r = new float[TOK.vocabularySize()][];
    for (int i = 0; i < r.length; i++) {
      r[i] = new float[] {1, 0.01f * i, -0.02f * (i % 3), 0.03f * (i % 2)};
    }
    return r;
  }

  static int nearest(StaticEncoder enc, String text, List<String> targets) {
    float[] q = enc.encode(text);
    int best = -1;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (int t = 0; t < targets.size(); t++) {
      float[] v = enc.encode(targets.get(t));
      double s = 0;
      for (int d = 0; d < v.length; d++) {
        s += q[d] * v[d];
      }
      if (s > bestScore) {
        bestScore = s;
        best = t;
      }
    }
    return best;
  }

  @Test
  void learnsToLinkSynonymsAndIsDeterministic() {
    TrainingPairs p = pairs();
    ContrastiveTuner.Config cfg = new ContrastiveTuner.Config(60, 3, 0.05, 0.1, 0, 1);
    List<Double> losses = new ArrayList<>();
    float[][] tuned = ContrastiveTuner.tune(rows(), TOK, p, cfg, (e, loss, r) -> losses.add(loss), s -> {});
    assertEquals(60, losses.size());
    assertTrue(losses.get(59) < 0.1 * losses.get(0), losses.get(0) + " -> " + losses.get(59));
    StaticEncoder enc = StaticEncoder.of(TOK, tuned, "");
    assertEquals(0, nearest(enc, "spreadsheets", p.targets()));
    assertEquals(1, nearest(enc, "programming", p.targets()));
    assertEquals(2, nearest(enc, "care of patients", p.targets()));
    float[][] again = ContrastiveTuner.tune(rows(), TOK, p, cfg, null, s -> {});
    for (int i = 0; i < tuned.length; i++) {
      assertArrayEquals(tuned[i], again[i], 0f);
    }
    // rows no pair uses stay as they were
    assertArrayEquals(rows()[0], tuned[0], 0f);
  }

  /** The analytic gradient of one batch's loss matches central differences. */
  @Test
  void gradientMatchesFiniteDifferences() {
    int dim = 4;
    float[][] r = rows();
    float[] w = new float[r.length * dim];
    for (int i = 0; i < r.length; i++) {
      System.arraycopy(r[i], 0, w, i * dim, dim);
    }
    int[][] a = {{5}, {7}, {9, 12, 10}};
    int[][] p = {{11, 4}, {6}, {8}};
    float[] grad = new float[w.length];
    ContrastiveTuner.step(w, dim, a, p, 0.5, grad);
    for (int k : new int[] {5 * dim, 5 * dim + 2, 12 * dim + 1, 4 * dim + 3, 8 * dim}) {
      float keep = w[k];
      float h = 1e-3f;
      w[k] = keep + h;
      double up = ContrastiveTuner.step(w, dim, a, p, 0.5, new float[w.length]);
      w[k] = keep - h;
      double down = ContrastiveTuner.step(w, dim, a, p, 0.5, new float[w.length]);
      w[k] = keep;
      assertEquals((up - down) / (2 * h), grad[k], 2e-3, "weight " + k);
    }
  }

  @Test
  void batchesNeverHoldOneConceptTwice() {
    List<TrainingPairs.Pair> train = new ArrayList<>();
    int[] targets = {0, 0, 1, 0, 2, 1};
    for (int t : targets) {
      train.add(new TrainingPairs.Pair("x", t, TrainingPairs.Source.ALT_LABEL));
    }
    List<int[]> b = ContrastiveTuner.batches(new int[] {0, 1, 2, 3, 4, 5}, train, 3, 2);
    // [0,2] (1 waits: concept 0 taken), [1,4]... pair 1 waits first, then 3 waits behind it
    assertEquals(List.of("[0, 2]", "[1, 4]", "[3, 5]"), b.stream().map(java.util.Arrays::toString).toList());
  }
}
