package dev.skillgap.distil;

import java.util.Arrays;

/**
 * Eigenvalues and eigenvectors of a real symmetric matrix by the cyclic Jacobi method: plane
 * rotations zero the off-diagonal elements one by one, sweep after sweep, until they are negligible.
 * Slower than Householder + QL for large matrices but simple, accurate to machine precision and
 * deterministic; a 384 × 384 covariance takes about a second.
 *
 * @param values eigenvalues, largest first
 * @param vectors {@code vectors[i]} is the unit eigenvector of {@code values[i]}, its largest-magnitude
 *     component positive (the first such on ties), so the result does not depend on rotation order signs
 */
public record SymmetricEigen(double[] values, double[][] vectors) {

  /** Sweeps before giving up; a symmetric matrix converges quadratically, in under 15 sweeps for n = 384. */
  static final int MAX_SWEEPS = 100;

  /**
   * Decomposes the symmetric matrix {@code a} (only read, never changed; its lower triangle must mirror
   * the upper one).
   *
   * @throws IllegalArgumentException when {@code a} is not square and symmetric
   * @throws ArithmeticException when the rotations do not converge in {@value #MAX_SWEEPS} sweeps
   */
  public static SymmetricEigen of(double[][] a) {
    int n = a.length;
    double[][] m = new double[n][];
    for (int i = 0; i < n; i++) {
      if (a[i].length != n) {
        throw new IllegalArgumentException("matrix is not square: row " + i + " has " + a[i].length + " of " + n);
      }
      m[i] = a[i].clone();
    }
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        if (m[i][j] != m[j][i]) {
          throw new IllegalArgumentException("matrix is not symmetric at (" + i + ", " + j + ")");
        }
      }
    }
    double[][] v = new double[n][n]; // columns are the eigenvectors while rotating
    for (int i = 0; i < n; i++) {
      v[i][i] = 1;
    }
    boolean converged = n < 2;
    double previous = Double.POSITIVE_INFINITY;
    for (int sweep = 0; sweep < MAX_SWEEPS && !converged; sweep++) {
      double off = 0;
      double diag = 0;
      for (int i = 0; i < n; i++) {
        diag += m[i][i] * m[i][i];
        for (int j = i + 1; j < n; j++) {
          off += m[i][j] * m[i][j];
        }
      }
      // stop when the off-diagonal mass is negligible next to the diagonal (1e-24 in squares: each
      // element about 1e-12 of the norm, so eigenvalues are exact to about 1e-24 relative), or when a
      // sweep no longer reduces it (rounding noise, which floating point cannot take below ~n * eps)
      if (off <= 1e-24 * Math.max(diag, Double.MIN_NORMAL) || off >= previous) {
        converged = true;
        break;
      }
      previous = off;
      for (int p = 0; p < n - 1; p++) {
        for (int q = p + 1; q < n; q++) {
          double apq = m[p][q];
          if (apq == 0) {
            continue;
          }
          double theta = (m[q][q] - m[p][p]) / (2 * apq);
          double t = Math.signum(theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
          if (theta == 0) {
            t = 1;
          }
          double c = 1 / Math.sqrt(t * t + 1);
          double s = t * c;
          rotate(m, v, n, p, q, c, s);
        }
      }
    }
    if (!converged) {
      throw new ArithmeticException("Jacobi rotations did not converge in " + MAX_SWEEPS + " sweeps");
    }
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (x, y) -> {
      int c = Double.compare(m[y][y], m[x][x]);
      return c != 0 ? c : Integer.compare(x, y);
    });
    double[] values = new double[n];
    double[][] vectors = new double[n][n];
    for (int k = 0; k < n; k++) {
      int col = order[k];
      values[k] = m[col][col];
      int big = 0;
      for (int i = 0; i < n; i++) {
        vectors[k][i] = v[i][col];
        if (Math.abs(vectors[k][i]) > Math.abs(vectors[k][big])) {
          big = i;
        }
      }
      if (vectors[k][big] < 0) {
        for (int i = 0; i < n; i++) {
          vectors[k][i] = -vectors[k][i];
        }
      }
    }
    return new SymmetricEigen(values, vectors);
  }

  /** Applies the rotation in the (p, q) plane that zeroes m[p][q] to m (both sides) and v (columns). */
  private static void rotate(double[][] m, double[][] v, int n, int p, int q, double c, double s) {
    double[] mp = m[p];
    double[] mq = m[q];
    double app = mp[p];
    double aqq = mq[q];
    double apq = mp[q];
    for (int k = 0; k < n; k++) {
      if (k == p || k == q) {
        continue;
      }
      double akp = mp[k];
      double akq = mq[k];
      double np = c * akp - s * akq;
      double nq = s * akp + c * akq;
      mp[k] = np;
      m[k][p] = np;
      mq[k] = nq;
      m[k][q] = nq;
    }
    mp[p] = c * c * app - 2 * s * c * apq + s * s * aqq;
    mq[q] = s * s * app + 2 * s * c * apq + c * c * aqq;
    mp[q] = 0;
    mq[p] = 0;
    for (int k = 0; k < n; k++) {
      double[] vk = v[k];
      double vkp = vk[p];
      double vkq = vk[q];
      vk[p] = c * vkp - s * vkq;
      vk[q] = s * vkp + c * vkq;
    }
  }
}
