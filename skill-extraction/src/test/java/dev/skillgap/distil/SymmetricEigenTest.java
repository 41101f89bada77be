package dev.skillgap.distil;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.junit.jupiter.api.Test;

class SymmetricEigenTest {

  @Test
  void twoByTwoHasTheTextbookAnswer() {
    // [[2, 1], [1, 2]]: eigenvalues 3 and 1, eigenvectors (1, 1)/sqrt2 and (1, -1)/sqrt2 (signed: largest component positive)
    SymmetricEigen e = SymmetricEigen.of(new double[][] {{2, 1}, {1, 2}});
    assertArrayEquals(new double[] {3, 1}, e.values(), 1e-12);
    double h = Math.sqrt(0.5);
    assertArrayEquals(new double[] {h, h}, e.vectors()[0], 1e-12);
    assertArrayEquals(new double[] {h, -h}, e.vectors()[1], 1e-12);
  }

  @Test
  void diagonalMatrixIsSortedAndSigned() {
    SymmetricEigen e = SymmetricEigen.of(new double[][] {{1, 0, 0}, {0, 5, 0}, {0, 0, -2}});
    assertArrayEquals(new double[] {5, 1, -2}, e.values(), 0);
    assertArrayEquals(new double[] {0, 1, 0}, e.vectors()[0], 0);
    assertArrayEquals(new double[] {1, 0, 0}, e.vectors()[1], 0);
    assertArrayEquals(new double[] {0, 0, 1}, e.vectors()[2], 0);
  }

  /** A random 60 x 60 covariance: A v = lambda v for every pair, the vectors orthonormal, the trace kept. */
  @Test
  void decomposesARandomCovariance() {
    int n = 60;
    Random r = new Random(7);
    double[][] x = new double[200][n];
    for (double[] row : x) {
      for (int j = 0; j < n; j++) {
        row[j] = r.nextGaussian() * (1 + j % 5);
      }
    }
    double[][] a = new double[n][n];
    for (double[] row : x) {
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          a[i][j] += row[i] * row[j] / x.length;
        }
      }
    }
    SymmetricEigen e = SymmetricEigen.of(a);
    double trace = 0;
    double sum = 0;
    for (int i = 0; i < n; i++) {
      trace += a[i][i];
      sum += e.values()[i];
      if (i > 0) {
        assertEquals(true, e.values()[i] <= e.values()[i - 1]);
      }
      for (int row = 0; row < n; row++) {
        double av = 0;
        for (int j = 0; j < n; j++) {
          av += a[row][j] * e.vectors()[i][j];
        }
        assertEquals(e.values()[i] * e.vectors()[i][row], av, 1e-9);
      }
      for (int k = 0; k < n; k++) {
        double d = 0;
        for (int j = 0; j < n; j++) {
          d += e.vectors()[i][j] * e.vectors()[k][j];
        }
        assertEquals(i == k ? 1 : 0, d, 1e-12);
      }
    }
    assertEquals(trace, sum, 1e-9);
    // deterministic: the same input gives the same bits
    assertArrayEquals(e.values(), SymmetricEigen.of(a).values(), 0);
  }

  @Test
  void rejectsNonSymmetricMatrices() {
    assertThrows(IllegalArgumentException.class, () -> SymmetricEigen.of(new double[][] {{1, 2}, {3, 4}}));
    assertThrows(IllegalArgumentException.class, () -> SymmetricEigen.of(new double[][] {{1, 2}}));
  }
}
