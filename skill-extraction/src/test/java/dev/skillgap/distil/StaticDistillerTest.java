package dev.skillgap.distil;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StaticDistillerTest {

  @Test
  void sifWeightsFollowZipfOverTheRank() {
    // n = 2: p(0) = (1/2) / (1/2 + 1/3) = 0.6, p(1) = 0.4; with a = 0.4: 0.4 / 1.0 and 0.4 / 0.8
    assertArrayEquals(new double[] {0.4, 0.5}, StaticDistiller.sifWeights(2, 0.4), 1e-12);
    double[] w = StaticDistiller.sifWeights(30_522, 1e-4);
    assertEquals(0.66, w[1996], 0.01); // "the" in BERT's vocabulary
    assertEquals(0.967, w[30_521], 0.001);
    for (int i = 1; i < w.length; i++) {
      assertTrue(w[i] > w[i - 1]);
    }
  }

  /** A fake teacher in 3 dimensions whose tokens vary along one axis: one component, scaled by SIF. */
  @Test
  void projectsOnThePrincipalAxisAndWeighsByRank() {
    float[][] teacher = {{1, 0, 0}, {-1, 0, 0}, {3, 0, 0}, {-3, 0, 0}};
    List<String> log = new ArrayList<>();
    TokenTeacher fake = new TokenTeacher() {
      @Override
      public float[] embed(int tokenId) {
        return teacher[tokenId].clone();
      }

      @Override
      public String id() {
        return "fake";
      }
    };
    StaticDistiller.Result r = StaticDistiller.distil(fake, 4, new StaticDistiller.Config(1, 0.1), log::add);
    double[] w = StaticDistiller.sifWeights(4, 0.1);
    for (int id = 0; id < 4; id++) {
      assertArrayEquals(new float[] {(float) (teacher[id][0] * w[id])}, r.rows()[id], 1e-6f);
    }
    assertEquals(1.0, r.pca().explainedVariance(), 1e-12);
    assertEquals("teacher: 4 of 4 tokens", log.get(0).substring(0, log.get(0).indexOf(" (")));
    assertTrue(r.description().startsWith("distilled from fake: each of the 4 word pieces alone"), r.description());
    assertTrue(r.description().contains("PCA 3 -> 1 (explains 100.0% of the variance)"), r.description());
  }
}
