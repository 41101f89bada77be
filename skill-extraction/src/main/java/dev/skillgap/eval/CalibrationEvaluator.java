package dev.skillgap.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How well scores match how often they are right: expected calibration error over ten equal-width
 * score bins (the pair-weighted mean gap between mean score and share right), the Brier score, and
 * each non-empty bin.
 */
public final class CalibrationEvaluator {

  private final double[] sum = new double[10];
  private final double[] hits = new double[10];
  private final int[] count = new int[10];
  private double brier;
  private int n;

  /** Adds one scored pair and whether it was right. */
  public void add(double score, boolean right) {
    double y = right ? 1 : 0;
    int b = Math.min(9, Math.max(0, (int) (score * 10)));
    sum[b] += score;
    hits[b] += y;
    count[b]++;
    brier += (score - y) * (score - y);
    n++;
  }

  /** The figures over every pair added. */
  public Calibration result() {
    double ece = 0;
    List<String> bins = new ArrayList<>();
    for (int b = 0; b < 10; b++) {
      if (count[b] > 0) {
        ece += Math.abs(sum[b] - hits[b]) / n;
        bins.add(String.format(Locale.ROOT, "%.1f-%.1f: %d, mean score %.2f, right %.2f", b / 10.0, (b + 1) / 10.0,
            count[b], sum[b] / count[b], hits[b] / count[b]));
      }
    }
    return new Calibration(n, ece, n == 0 ? 0 : brier / n, bins);
  }

  /** Calibration figures; {@code bins} describe each non-empty tenth of the score range. */
  public record Calibration(int pairs, double ece, double brier, List<String> bins) {
    /** One line: pairs, ECE and Brier. */
    public String summary() {
      return String.format(Locale.ROOT, "%d pairs, ECE %.3f, Brier %.3f", pairs, ece, brier);
    }
  }
}
