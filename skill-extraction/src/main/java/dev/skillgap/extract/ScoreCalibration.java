package dev.skillgap.extract;

import java.util.Arrays;

/**
 * A monotone map from raw skill scores to the probability that the skill is right, given as knots
 * joined by straight lines and held flat beyond the first and last knot. Fitted by isotonic
 * regression on judged (text, skill) pairs ({@code skillgap eval --calibrate}); with no knots it is
 * the identity.
 *
 * @param raw knot positions on the raw score, strictly increasing, in [0, 1]
 * @param calibrated the probability at each knot, non-decreasing, in [0, 1]
 */
public record ScoreCalibration(double[] raw, double[] calibrated) {

  /** The identity map. */
  public static final ScoreCalibration NONE = new ScoreCalibration(new double[0], new double[0]);

  public ScoreCalibration {
    if (raw == null || calibrated == null || raw.length != calibrated.length) {
      throw new IllegalArgumentException("calibration: raw and calibrated must be arrays of the same length");
    }
    for (int i = 0; i < raw.length; i++) {
      if (!(raw[i] >= 0 && raw[i] <= 1 && calibrated[i] >= 0 && calibrated[i] <= 1)) {
        throw new IllegalArgumentException("calibration: knot " + i + " is outside [0, 1]");
      }
      if (i > 0 && (raw[i] <= raw[i - 1] || calibrated[i] < calibrated[i - 1])) {
        throw new IllegalArgumentException("calibration: knot " + i
            + " must have a larger raw score and no smaller probability than knot " + (i - 1));
      }
    }
    raw = raw.clone();
    calibrated = calibrated.clone();
  }

  /** The calibrated probability of raw score {@code s}. */
  public double apply(double s) {
    int n = raw.length;
    if (n == 0) {
      return s;
    }
    if (s <= raw[0]) {
      return calibrated[0];
    }
    if (s >= raw[n - 1]) {
      return calibrated[n - 1];
    }
    int i = Arrays.binarySearch(raw, s);
    if (i >= 0) {
      return calibrated[i];
    }
    int hi = -i - 1;
    int lo = hi - 1;
    double t = (s - raw[lo]) / (raw[hi] - raw[lo]);
    return calibrated[lo] + t * (calibrated[hi] - calibrated[lo]);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ScoreCalibration c && Arrays.equals(raw, c.raw) && Arrays.equals(calibrated, c.calibrated);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(raw) + Arrays.hashCode(calibrated);
  }

  @Override
  public String toString() {
    return "ScoreCalibration" + Arrays.toString(raw) + "->" + Arrays.toString(calibrated);
  }
}
