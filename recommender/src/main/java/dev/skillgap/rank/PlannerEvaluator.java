package dev.skillgap.rank;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Measures how close greedy planning comes to the optimum: on seeded random instances of
 * realistic size (a gap of 8 to 20 skills, 12 to 20 candidate credentials teaching 1 to 5 skills
 * each, 3 to 5 picks, every third instance also under an hours budget) it compares the greedy
 * plan's covered weight with the exact optimum.
 */
public final class PlannerEvaluator {

  /**
   * The comparison over all instances.
   *
   * @param instances how many
   * @param meanRatio mean of greedy / optimum
   * @param worstRatio smallest greedy / optimum
   * @param worstSeed the instance seed of the worst case (to reproduce it)
   * @param optimalShare share of instances where greedy found an optimum
   * @param meanRatioCardinalityOnly mean ratio over instances limited by count only
   * @param worstRatioCardinalityOnly worst ratio over those, which theory bounds by 1 - 1/e
   */
  public record Result(int instances, double meanRatio, double worstRatio, long worstSeed, double optimalShare,
      double meanRatioCardinalityOnly, double worstRatioCardinalityOnly) {}

  /** One random instance. */
  public record Instance(Map<Integer, Double> gap, List<PlanOption> options, Budget budget) {}

  private final CoveragePlanner planner = new CoveragePlanner();

  /** Runs {@code n} instances from {@code seed}; instance i uses seed {@code seed + i}. */
  public Result run(int n, long seed) {
    double sum = 0;
    double worst = Double.MAX_VALUE;
    long worstSeed = -1;
    int optimal = 0;
    double sumCard = 0;
    int card = 0;
    double worstCard = Double.MAX_VALUE;
    for (int i = 0; i < n; i++) {
      Instance inst = instance(seed + i);
      double best = objective(planner.plan(inst.gap(), inst.options(), inst.budget(), CoveragePlanner.Strategy.EXACT),
          inst.gap());
      double greedy = objective(planner.plan(inst.gap(), inst.options(), inst.budget(),
          CoveragePlanner.Strategy.GREEDY), inst.gap());
      double ratio = best <= 1e-12 ? 1.0 : greedy / best;
      sum += ratio;
      if (ratio >= 1 - 1e-9) {
        optimal++;
      }
      if (ratio < worst) {
        worst = ratio;
        worstSeed = seed + i;
      }
      if (inst.budget().maxHours() == null) {
        card++;
        sumCard += ratio;
        worstCard = Math.min(worstCard, ratio);
      }
    }
    return new Result(n, sum / n, worst, worstSeed, optimal / (double) n, card == 0 ? 1 : sumCard / card,
        card == 0 ? 1 : worstCard);
  }

  /** What the planner maximises: the gap closed, discounted by each credential's fit to the role. */
  static double objective(Plan p, Map<Integer, Double> gap) {
    return CoveragePlanner.value(p.steps().stream().map(PlanStep::option).toList(), gap);
  }

  /**
   * The random instance of {@code seed}. Every other credential is wholly about the role; the
   * rest have a random relevance.
   */
  public static Instance instance(long seed) {
    Random r = new Random(seed);
    int skills = 8 + r.nextInt(13);
    Map<Integer, Double> gap = new HashMap<>();
    for (int s = 0; s < skills; s++) {
      double demand = Math.pow(r.nextDouble(), 1.5);
      gap.put(s, Math.max(0.05, demand * (r.nextBoolean() ? 1 : 1 - r.nextDouble() * 0.6)));
    }
    int n = 12 + r.nextInt(9);
    List<PlanOption> options = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Map<Integer, Double> covers = new HashMap<>();
      int k = 1 + r.nextInt(5);
      for (int j = 0; j < k; j++) {
        int s = r.nextInt(skills + 4); // some taught skills are not in the gap
        covers.put(s, r.nextInt(4) == 0 ? 0.7 : 1.0);
      }
      double hours = Math.round(Math.exp(1 + r.nextDouble() * 3.5));
      double cost = r.nextInt(5) == 0 ? 0 : Math.round(r.nextDouble() * 900);
      double relevance = i % 2 == 0 ? 1.0 : r.nextDouble();
      options.add(new PlanOption(String.format("c%02d", i), hours, cost, false, false, r.nextInt(3), covers,
          relevance));
    }
    int k = 3 + r.nextInt(3);
    Double maxHours = seed % 3 == 0 ? 40.0 + r.nextInt(80) : null;
    return new Instance(gap, options, new Budget(k, maxHours, null));
  }
}
