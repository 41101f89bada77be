package dev.skillgap.distil;

/**
 * A principal component analysis fitted on the rows of a matrix: the mean, and the eigenvectors of
 * the (population) covariance with the largest eigenvalues. {@link #project} centres a vector and
 * returns its coordinates on the kept components, largest variance first, so any prefix of the
 * projection is itself the best projection of that size. Deterministic: covariance summed in row
 * order in double precision, eigenvectors signed by {@link SymmetricEigen}'s rule.
 *
 * @param mean the mean row
 * @param components {@code components[k]} is the k-th principal direction (unit length)
 * @param variances the variance along each kept component (its eigenvalue)
 * @param totalVariance the sum of all eigenvalues (the trace of the covariance)
 */
public record Pca(double[] mean, double[][] components, double[] variances, double totalVariance) {

  /**
   * Fits {@code dims} components on {@code rows} (all of one length d, dims between 1 and d).
   *
   * @throws IllegalArgumentException on an empty or ragged matrix, or dims out of range
   */
  public static Pca fit(float[][] rows, int dims) {
    if (rows.length == 0) {
      throw new IllegalArgumentException("no rows");
    }
    int d = rows[0].length;
    if (dims < 1 || dims > d) {
      throw new IllegalArgumentException("dims must be in 1.." + d + ": " + dims);
    }
    double[] mean = new double[d];
    for (float[] r : rows) {
      if (r.length != d) {
        throw new IllegalArgumentException("rows of different lengths: " + r.length + " and " + d);
      }
      for (int j = 0; j < d; j++) {
        mean[j] += r[j];
      }
    }
    for (int j = 0; j < d; j++) {
      mean[j] /= rows.length;
    }
    // upper triangle of the covariance, flat, summed row by row
    double[] cov = new double[d * d];
    double[] x = new double[d];
    for (float[] r : rows) {
      for (int j = 0; j < d; j++) {
        x[j] = r[j] - mean[j];
      }
      for (int i = 0; i < d; i++) {
        double xi = x[i];
        int base = i * d;
        for (int j = i; j < d; j++) {
          cov[base + j] += xi * x[j];
        }
      }
    }
    double[][] c = new double[d][d];
    for (int i = 0; i < d; i++) {
      for (int j = i; j < d; j++) {
        double v = cov[i * d + j] / rows.length;
        c[i][j] = v;
        c[j][i] = v;
      }
    }
    SymmetricEigen eig = SymmetricEigen.of(c);
    double total = 0;
    for (double v : eig.values()) {
      total += v;
    }
    double[][] comps = new double[dims][];
    double[] vars = new double[dims];
    for (int k = 0; k < dims; k++) {
      comps[k] = eig.vectors()[k];
      vars[k] = eig.values()[k];
    }
    return new Pca(mean, comps, vars, total);
  }

  /** Number of kept components. */
  public int dims() {
    return components.length;
  }

  /** The share of the total variance the kept components explain, in [0, 1]. */
  public double explainedVariance() {
    double kept = 0;
    for (double v : variances) {
      kept += v;
    }
    return totalVariance > 0 ? kept / totalVariance : 1;
  }

  /** The coordinates of {@code x - mean} on the kept components. */
  public float[] project(float[] x) {
    if (x.length != mean.length) {
      throw new IllegalArgumentException("vector has " + x.length + " dimensions, not " + mean.length);
    }
    float[] out = new float[components.length];
    for (int k = 0; k < components.length; k++) {
      double[] comp = components[k];
      double s = 0;
      for (int j = 0; j < x.length; j++) {
        s += (x[j] - mean[j]) * comp[j];
      }
      out[k] = (float) s;
    }
    return out;
  }
}
