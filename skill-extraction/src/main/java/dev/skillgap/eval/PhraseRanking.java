package dev.skillgap.eval;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Ranking scores for linking short phrases (annotated spans, tags) to concepts: per phrase RP@k =
 * |gold ∩ top-k| / min(k, |gold|) over the distinct ranked labels, compared case-insensitively, as
 * {@link LinkingEvaluator} and {@code score.py} compute RP@5 for sentences; RP@1 is whether the top
 * label is gold. Where no gold exists (SkillSpan spans), a reference ranker's top label can serve
 * as the gold: RP@1 is then agreement with it. Not thread-safe.
 */
public final class PhraseRanking {

  private int n;
  private double rp1;
  private double rp5;

  /** Adds one phrase: its ranked labels, best first, and its gold labels (at least one). */
  public void add(List<String> rankedLabels, Set<String> goldLabels) {
    if (goldLabels.isEmpty()) {
      throw new IllegalArgumentException("a phrase needs at least one gold label");
    }
    Set<String> gold = new HashSet<>();
    goldLabels.forEach(g -> gold.add(g.strip().toLowerCase(Locale.ROOT)));
    Set<String> seen = new HashSet<>();
    int rank = 0;
    int hits1 = 0;
    int hits5 = 0;
    for (String l : rankedLabels) {
      String key = l.strip().toLowerCase(Locale.ROOT);
      if (!seen.add(key)) {
        continue;
      }
      rank++;
      if (rank > 5) {
        break;
      }
      if (gold.contains(key)) {
        hits5++;
        if (rank == 1) {
          hits1++;
        }
      }
    }
    n++;
    rp1 += hits1;
    rp5 += hits5 / (double) Math.min(5, gold.size());
  }

  /** The scores so far. */
  public Scores scores() {
    return new Scores(n, n == 0 ? 0 : rp1 / n, n == 0 ? 0 : rp5 / n);
  }

  /**
   * @param phrases phrases scored
   * @param rp1 mean RP@1 (share of phrases whose top label is gold)
   * @param rp5 mean RP@5
   */
  public record Scores(int phrases, double rp1, double rp5) {
    @Override
    public String toString() {
      return String.format(Locale.ROOT, "RP@1 %.3f RP@5 %.3f (%d phrases)", rp1, rp5, phrases);
    }
  }
}
