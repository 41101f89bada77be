package dev.skillgap.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Ranking metrics for skill linking, as {@code score.py}'s {@code score_esco} computes them: per
 * record, RP@k = |gold ∩ top-k| / min(k, |gold|) and the reciprocal rank of the first gold label,
 * over the distinct predicted labels (case-insensitive) in ranked order. Not thread-safe.
 */
public final class LinkingEvaluator {

  private int n;
  private int answered;
  private double rp5;
  private double rp10;
  private double mrr;

  /** Adds one record: its ranked predicted preferred labels, best first, and its gold labels. */
  public void add(List<String> rankedLabels, List<String> goldLabels) {
    Set<String> gold = new HashSet<>();
    goldLabels.forEach(g -> gold.add(labelKey(g)));
    List<String> ranking = new ArrayList<>(new LinkedHashSet<>(
        rankedLabels.stream().map(LinkingEvaluator::labelKey).filter(l -> !l.isEmpty()).toList()));
    n++;
    if (!ranking.isEmpty()) {
      answered++;
    }
    rp5 += hits(ranking, gold, 5) / (double) Math.min(5, gold.size());
    rp10 += hits(ranking, gold, 10) / (double) Math.min(10, gold.size());
    for (int i = 0; i < ranking.size(); i++) {
      if (gold.contains(ranking.get(i))) {
        mrr += 1.0 / (i + 1);
        break;
      }
    }
  }

  /** How labels are compared, as score.py compares them: trimmed, lower case (root locale). */
  static String labelKey(String label) {
    return label.trim().toLowerCase(Locale.ROOT);
  }

  private static int hits(List<String> ranking, Set<String> gold, int k) {
    int h = 0;
    for (int i = 0; i < Math.min(k, ranking.size()); i++) {
      if (gold.contains(ranking.get(i))) {
        h++;
      }
    }
    return h;
  }

  /** The metrics over the records added so far. */
  public LinkingScores scores() {
    return new LinkingScores(n, n == 0 ? 0 : rp5 / n, n == 0 ? 0 : rp10 / n, n == 0 ? 0 : mrr / n, answered);
  }

  /**
   * @param n records
   * @param rp5 mean RP@5
   * @param rp10 mean RP@10
   * @param mrr mean reciprocal rank
   * @param answered records with at least one prediction
   */
  public record LinkingScores(int n, double rp5, double rp10, double mrr, int answered) {
    public String toJson() {
      return String.format(Locale.ROOT, "{\"n\": %d, \"rp@5\": %.4f, \"rp@10\": %.4f, \"mrr\": %.4f, \"answered\": %d}",
          n, rp5, rp10, mrr, answered);
    }
  }
}
