package dev.skillgap.eval;

import java.util.List;

/**
 * Fits a logistic regression, P(y) = sigmoid(w0 + w1 x1 + ... + wn xn), by Newton's method
 * (iteratively reweighted least squares) with a small ridge penalty on the weights (not the
 * intercept), which keeps the fit finite when a feature separates the classes. Pure.
 */
public final class LogisticFit {

  /** One observation: its features and whether it is a positive. */
  public record Row(double[] x, boolean y) {}

  private LogisticFit() {}

  /**
   * The intercept followed by one weight per feature, maximising the penalised likelihood of {@code
   * rows}; {@code ridge} is the L2 penalty on the weights (0 for none).
   *
   * @throws IllegalArgumentException when there are no rows or they differ in length
   */
  public static double[] fit(List<Row> rows, double ridge) {
    if (rows.isEmpty()) {
      throw new IllegalArgumentException("no rows to fit");
    }
    int d = rows.get(0).x().length + 1;
    double[] w = new double[d];
    for (int iter = 0; iter < 100; iter++) {
      double[] grad = new double[d];
      double[][] hess = new double[d][d];
      for (Row r : rows) {
        if (r.x().length != d - 1) {
          throw new IllegalArgumentException("rows differ in length: " + r.x().length + " and " + (d - 1));
        }
        double[] x = withIntercept(r.x());
        double p = 1 / (1 + Math.exp(-dot(w, x)));
        double g = (r.y() ? 1 : 0) - p;
        double h = p * (1 - p);
        for (int i = 0; i < d; i++) {
          grad[i] += g * x[i];
          for (int j = 0; j < d; j++) {
            hess[i][j] += h * x[i] * x[j];
          }
        }
      }
      for (int i = 1; i < d; i++) {
        grad[i] -= ridge * w[i];
        hess[i][i] += ridge;
      }
      double[] step = solve(hess, grad);
      double size = 0;
      for (int i = 0; i < d; i++) {
        w[i] += step[i];
        size = Math.max(size, Math.abs(step[i]));
      }
      if (size < 1e-9) {
        break;
      }
    }
    return w;
  }

  private static double[] withIntercept(double[] x) {
    double[] out = new double[x.length + 1];
    out[0] = 1;
    System.arraycopy(x, 0, out, 1, x.length);
    return out;
  }

  private static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

  /** Solves {@code a x = b} by Gaussian elimination with partial pivoting ({@code a} is small and positive definite). */
  static double[] solve(double[][] a, double[] b) {
    int n = b.length;
    double[][] m = new double[n][n + 1];
    for (int i = 0; i < n; i++) {
      System.arraycopy(a[i], 0, m[i], 0, n);
      m[i][n] = b[i];
    }
    for (int col = 0; col < n; col++) {
      int pivot = col;
      for (int r = col + 1; r < n; r++) {
        if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) {
          pivot = r;
        }
      }
      double[] tmp = m[col];
      m[col] = m[pivot];
      m[pivot] = tmp;
      if (Math.abs(m[col][col]) < 1e-12) {
        continue; // a feature that never varies: leave its step at 0
      }
      for (int r = 0; r < n; r++) {
        if (r != col) {
          double f = m[r][col] / m[col][col];
          for (int c = col; c <= n; c++) {
            m[r][c] -= f * m[col][c];
          }
        }
      }
    }
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = Math.abs(m[i][i]) < 1e-12 ? 0 : m[i][n] / m[i][i];
    }
    return x;
  }
}
