package dev.skillgap.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Precision, recall and F1 of the skills an extractor keeps at each score threshold, against each
 * record's gold labels: a record's kept set is its distinct predicted preferred labels
 * (case-insensitive) scoring at least the threshold. This is what a consumer that keeps skills
 * above a fixed score (demand counting, for one) gets, so it is how such a threshold is chosen.
 * Not thread-safe.
 */
public final class KeepThresholdEvaluator {

  private final double[] thresholds;
  private final long[] kept;
  private final long[] hits;
  private long gold;

  /** An evaluator for these thresholds (each in [0, 1]). */
  public KeepThresholdEvaluator(double... thresholds) {
    for (double t : thresholds) {
      if (!(t >= 0 && t <= 1)) {
        throw new IllegalArgumentException("threshold outside [0, 1]: " + t);
      }
    }
    this.thresholds = thresholds.clone();
    this.kept = new long[thresholds.length];
    this.hits = new long[thresholds.length];
  }

  /**
   * Adds one record: its predicted labels with their scores (a label predicted twice counts once,
   * with its best score) and its gold labels.
   */
  public void add(Map<String, Double> scoredLabels, List<String> goldLabels) {
    Set<String> g = new HashSet<>();
    goldLabels.forEach(l -> g.add(LinkingEvaluator.labelKey(l)));
    gold += g.size();
    Map<String, Double> best = new LinkedHashMap<>();
    scoredLabels.forEach((l, s) -> best.merge(LinkingEvaluator.labelKey(l), s, Math::max));
    for (int i = 0; i < thresholds.length; i++) {
      for (Map.Entry<String, Double> e : best.entrySet()) {
        if (e.getValue() >= thresholds[i]) {
          kept[i]++;
          if (g.contains(e.getKey())) {
            hits[i]++;
          }
        }
      }
    }
  }

  /** The scores at every threshold, in the order given. */
  public List<Point> points() {
    List<Point> out = new ArrayList<>(thresholds.length);
    for (int i = 0; i < thresholds.length; i++) {
      double p = kept[i] == 0 ? 0 : (double) hits[i] / kept[i];
      double r = gold == 0 ? 0 : (double) hits[i] / gold;
      out.add(new Point(thresholds[i], kept[i], p, r, p + r == 0 ? 0 : 2 * p * r / (p + r)));
    }
    return out;
  }

  /** The point with the highest F1 (the lowest threshold among ties). */
  public Point best() {
    Point best = null;
    for (Point p : points()) {
      if (best == null || p.f1() > best.f1() + 1e-12
          || (Math.abs(p.f1() - best.f1()) <= 1e-12 && p.threshold() < best.threshold())) {
        best = p;
      }
    }
    return best;
  }

  /**
   * One threshold's result.
   *
   * @param threshold the lowest score kept
   * @param kept skills kept over all records
   * @param precision share of kept skills that are gold
   * @param recall share of gold skills kept
   * @param f1 harmonic mean of the two
   */
  public record Point(double threshold, long kept, double precision, double recall, double f1) {
    /** This point as a JSON object. */
    public String toJson() {
      return String.format(Locale.ROOT, "{\"threshold\": %.2f, \"kept\": %d, \"p\": %.4f, \"r\": %.4f, \"f1\": %.4f}",
          threshold, kept, precision, recall, f1);
    }
  }
}
