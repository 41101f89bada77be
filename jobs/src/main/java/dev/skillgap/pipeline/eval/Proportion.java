package dev.skillgap.pipeline.eval;

import java.util.Locale;

/**
 * A share measured on a sample, such as precision over judged pairs, with its 95% Wilson score
 * interval (which, unlike the normal approximation, stays inside [0, 1] and is usable at small
 * counts and near 0 or 1).
 *
 * @param hits how many of the sample count (pairs judged right)
 * @param n the sample's size (pairs judged)
 */
public record Proportion(int hits, int n) {

  /** The normal quantile of a two-sided 95% interval. */
  static final double Z95 = 1.959963984540054;

  public Proportion {
    if (n < 0 || hits < 0 || hits > n) {
      throw new IllegalArgumentException("not a proportion: " + hits + "/" + n);
    }
  }

  /** {@code hits / n}; 0 when {@code n} is 0. */
  public double value() {
    return n == 0 ? 0 : hits / (double) n;
  }

  /** The lower end of the 95% Wilson interval; 0 when {@code n} is 0. */
  public double lower() {
    return n == 0 ? 0 : centre() - halfWidth();
  }

  /** The upper end of the 95% Wilson interval; 1 when {@code n} is 0. */
  public double upper() {
    return n == 0 ? 1 : centre() + halfWidth();
  }

  private double centre() {
    double z2 = Z95 * Z95;
    return (value() + z2 / (2.0 * n)) / (1 + z2 / n);
  }

  private double halfWidth() {
    double z2 = Z95 * Z95;
    double p = value();
    return Z95 / (1 + z2 / n) * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
  }

  /** The sum of two samples' counts. */
  public Proportion plus(Proportion o) {
    return new Proportion(hits + o.hits, n + o.n);
  }

  /** {@code 0.812 [0.751, 0.861] (161/198)}, or {@code - (0 judged)}. */
  @Override
  public String toString() {
    return n == 0 ? "- (0 judged)"
        : String.format(Locale.ROOT, "%.3f [%.3f, %.3f] (%d/%d)", value(), lower(), upper(), hits, n);
  }
}
