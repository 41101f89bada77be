package dev.skillgap.distil;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PcaTest {

  /** Points on the line y = x around (1, 2), with a little spread across it. */
  static final float[][] POINTS = {{-1, 0}, {0, 1}, {1, 2}, {2, 3}, {3, 4}, {1.5f, 1.5f}, {0.5f, 2.5f}};

  @Test
  void findsTheDirectionOfLargestVariance() {
    Pca p = Pca.fit(POINTS, 1);
    assertArrayEquals(new double[] {1, 2}, p.mean(), 1e-12);
    double h = Math.sqrt(0.5);
    assertArrayEquals(new double[] {h, h}, p.components()[0], 1e-12);
    // along (1,1)/sqrt2: 5 points at -2..2 * sqrt2 and two at 0 -> variance (8+2+0+2+8)/7 = 20/7;
    // across: the two off-line points at +-1/sqrt2 -> (0.5+0.5)/7 = 1/7
    assertArrayEquals(new double[] {20.0 / 7}, p.variances(), 1e-12);
    assertEquals(21.0 / 7, p.totalVariance(), 1e-12);
    assertEquals(20.0 / 21, p.explainedVariance(), 1e-12);
    assertArrayEquals(new float[] {(float) (2 * Math.sqrt(2))}, p.project(new float[] {3, 4}), 1e-6f);
    assertArrayEquals(new float[] {0}, p.project(new float[] {1, 2}), 0);
  }

  @Test
  void keepsComponentsInOrderOfVariance() {
    Pca p = Pca.fit(POINTS, 2);
    double h = Math.sqrt(0.5);
    assertArrayEquals(new double[] {h, -h}, p.components()[1], 1e-12);
    assertArrayEquals(new float[] {0, (float) -h}, p.project(new float[] {0.5f, 2.5f}), 1e-6f);
    assertEquals(1, p.explainedVariance(), 1e-12);
  }

  @Test
  void rejectsBadShapes() {
    assertThrows(IllegalArgumentException.class, () -> Pca.fit(new float[0][], 1));
    assertThrows(IllegalArgumentException.class, () -> Pca.fit(POINTS, 3));
    assertThrows(IllegalArgumentException.class, () -> Pca.fit(new float[][] {{1, 2}, {1}}, 1));
  }
}
