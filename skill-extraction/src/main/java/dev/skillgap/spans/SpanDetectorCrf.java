package dev.skillgap.spans;

/**
 * Linear-chain CRF arithmetic over the tags O, B, I of one annotation layer: emission scores,
 * Viterbi decoding, forward-backward and exact span probabilities. O to I and a sentence-initial I
 * are forbidden, so every path is valid BIO. Stateless and thread-safe.
 */
final class SpanDetectorCrf {

  static final int O = 0;
  static final int B = 1;
  static final int I = 2;
  static final int LABELS = 3;

  private static final double NEG = Double.NEGATIVE_INFINITY;

  private SpanDetectorCrf() {}

  static boolean allowed(int prev, int cur) {
    return !(prev == O && cur == I);
  }

  static boolean allowedStart(int cur) {
    return cur != I;
  }

  /** Emission scores: for each token and label the sum of the weights of its features. */
  static double[][] emissions(int[][] features, float[] weights) {
    double[][] e = new double[features.length][LABELS];
    for (int i = 0; i < features.length; i++) {
      double[] row = e[i];
      for (int f : features[i]) {
        int base = f * LABELS;
        row[0] += weights[base];
        row[1] += weights[base + 1];
        row[2] += weights[base + 2];
      }
    }
    return e;
  }

  /** Emission scores from a double parameter vector whose first entries are the emission weights. */
  static double[][] emissions(int[][] features, double[] x) {
    double[][] e = new double[features.length][LABELS];
    for (int i = 0; i < features.length; i++) {
      double[] row = e[i];
      for (int f : features[i]) {
        int base = f * LABELS;
        row[0] += x[base];
        row[1] += x[base + 1];
        row[2] += x[base + 2];
      }
    }
    return e;
  }

  /** The best tag sequence. {@code trans} is [prev*3+cur], {@code start} per label. */
  static int[] viterbi(double[][] e, double[] trans, double[] start) {
    int n = e.length;
    int[] path = new int[n];
    if (n == 0) {
      return path;
    }
    double[][] score = new double[n][LABELS];
    int[][] back = new int[n][LABELS];
    for (int y = 0; y < LABELS; y++) {
      score[0][y] = allowedStart(y) ? start[y] + e[0][y] : NEG;
    }
    for (int i = 1; i < n; i++) {
      for (int y = 0; y < LABELS; y++) {
        double best = NEG;
        int arg = O;
        for (int p = 0; p < LABELS; p++) {
          if (allowed(p, y)) {
            double s = score[i - 1][p] + trans[p * LABELS + y];
            if (s > best) {
              best = s;
              arg = p;
            }
          }
        }
        score[i][y] = best + e[i][y];
        back[i][y] = arg;
      }
    }
    int y = O;
    for (int k = 1; k < LABELS; k++) {
      if (score[n - 1][k] > score[n - 1][y]) {
        y = k;
      }
    }
    for (int i = n - 1; i >= 0; i--) {
      path[i] = y;
      y = back[i][y];
    }
    return path;
  }

  /** Log forward scores: alpha[i][y] covers tokens 0..i with token i tagged y (its emission included). */
  static double[][] forward(double[][] e, double[] trans, double[] start) {
    int n = e.length;
    double[][] a = new double[n][LABELS];
    for (int y = 0; y < LABELS; y++) {
      a[0][y] = allowedStart(y) ? start[y] + e[0][y] : NEG;
    }
    double[] tmp = new double[LABELS];
    for (int i = 1; i < n; i++) {
      for (int y = 0; y < LABELS; y++) {
        for (int p = 0; p < LABELS; p++) {
          tmp[p] = allowed(p, y) ? a[i - 1][p] + trans[p * LABELS + y] : NEG;
        }
        a[i][y] = logSumExp(tmp) + e[i][y];
      }
    }
    return a;
  }

  /** Log backward scores: beta[i][y] covers tokens i+1..n-1 given token i is tagged y. */
  static double[][] backward(double[][] e, double[] trans) {
    int n = e.length;
    double[][] b = new double[n][LABELS];
    double[] tmp = new double[LABELS];
    for (int i = n - 2; i >= 0; i--) {
      for (int y = 0; y < LABELS; y++) {
        for (int z = 0; z < LABELS; z++) {
          tmp[z] = allowed(y, z) ? trans[y * LABELS + z] + e[i + 1][z] + b[i + 1][z] : NEG;
        }
        b[i][y] = logSumExp(tmp);
      }
    }
    return b;
  }

  static double logZ(double[][] alpha) {
    return alpha.length == 0 ? 0 : logSumExp(alpha[alpha.length - 1]);
  }

  /**
   * The probability that tokens [s, end) are exactly one span: s tagged B, the rest I, and the
   * token after (if any) not I.
   */
  static double spanProbability(int s, int end, double[][] e, double[] trans, double[][] alpha, double[][] beta,
      double logZ) {
    double lp = alpha[s][B];
    int last = B;
    for (int k = s + 1; k < end; k++) {
      lp += trans[last * LABELS + I] + e[k][I];
      last = I;
    }
    if (end < e.length) {
      double[] tmp = new double[LABELS];
      for (int z = 0; z < LABELS; z++) {
        tmp[z] = z == I ? NEG : trans[last * LABELS + z] + e[end][z] + beta[end][z];
      }
      lp += logSumExp(tmp);
    }
    return Math.min(1.0, Math.exp(lp - logZ));
  }

  static double logSumExp(double[] v) {
    double max = NEG;
    for (double d : v) {
      max = Math.max(max, d);
    }
    if (max == NEG) {
      return NEG;
    }
    double sum = 0;
    for (double d : v) {
      sum += Math.exp(d - max);
    }
    return max + Math.log(sum);
  }
}
