package dev.skillgap.eval;

import dev.skillgap.extract.ScoreCalibration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Fits a {@link ScoreCalibration} to (raw score, right or wrong) pairs by isotonic regression (pool
 * adjacent violators): the non-decreasing step function of the score closest in squared error to
 * the outcomes. Each pooled block becomes one knot at its mean score; blocks smaller than {@code
 * minBlock} pairs are pooled with a neighbour first, so that no knot rests on a handful of pairs.
 */
public final class IsotonicCalibrator {

  private final int minBlock;
  private final List<double[]> pairs = new ArrayList<>();

  /** @param minBlock the fewest pairs behind any knot (at least 1) */
  public IsotonicCalibrator(int minBlock) {
    if (minBlock < 1) {
      throw new IllegalArgumentException("minBlock must be at least 1: " + minBlock);
    }
    this.minBlock = minBlock;
  }

  /** Adds one judged pair. */
  public void add(double rawScore, boolean right) {
    pairs.add(new double[] {rawScore, right ? 1 : 0});
  }

  /** Number of pairs added. */
  public int size() {
    return pairs.size();
  }

  /** The fitted calibration; the identity when no pairs were added. */
  public ScoreCalibration fit() {
    if (pairs.isEmpty()) {
      return ScoreCalibration.NONE;
    }
    List<double[]> sorted = new ArrayList<>(pairs);
    sorted.sort(Comparator.comparingDouble((double[] p) -> p[0]).thenComparingDouble(p -> p[1]));
    // blocks: {sum of scores, sum of outcomes, count}; equal scores always share a block
    List<double[]> blocks = new ArrayList<>();
    for (double[] p : sorted) {
      double[] last = blocks.isEmpty() ? null : blocks.get(blocks.size() - 1);
      if (last != null && last[0] / last[2] == p[0]) {
        last[0] += p[0];
        last[1] += p[1];
        last[2]++;
      } else {
        blocks.add(new double[] {p[0], p[1], 1});
      }
      pool(blocks);
    }
    // small blocks join the neighbour nearer in mean outcome (the end blocks have one neighbour)
    boolean merged = true;
    while (merged && blocks.size() > 1) {
      merged = false;
      for (int i = 0; i < blocks.size(); i++) {
        if (blocks.get(i)[2] >= minBlock) {
          continue;
        }
        int j;
        if (i == 0) {
          j = 1;
        } else if (i == blocks.size() - 1) {
          j = i - 1;
        } else {
          double m = mean(blocks.get(i));
          j = Math.abs(mean(blocks.get(i - 1)) - m) <= Math.abs(mean(blocks.get(i + 1)) - m) ? i - 1 : i + 1;
        }
        int lo = Math.min(i, j);
        double[] a = blocks.get(lo);
        double[] b = blocks.remove(lo + 1);
        a[0] += b[0];
        a[1] += b[1];
        a[2] += b[2];
        merged = true;
        break;
      }
    }
    double[] raw = new double[blocks.size()];
    double[] cal = new double[blocks.size()];
    for (int i = 0; i < raw.length; i++) {
      double[] b = blocks.get(i);
      raw[i] = round(b[0] / b[2]);
      cal[i] = round(mean(b));
    }
    return new ScoreCalibration(raw, cal);
  }

  /** Pools the last block backwards while it violates monotonicity. */
  private static void pool(List<double[]> blocks) {
    while (blocks.size() > 1) {
      double[] last = blocks.get(blocks.size() - 1);
      double[] prev = blocks.get(blocks.size() - 2);
      if (mean(prev) < mean(last)) {
        return;
      }
      prev[0] += last[0];
      prev[1] += last[1];
      prev[2] += last[2];
      blocks.remove(blocks.size() - 1);
    }
  }

  private static double mean(double[] block) {
    return block[1] / block[2];
  }

  private static double round(double v) {
    return Math.round(v * 10_000) / 10_000.0;
  }
}
