package dev.skillgap.rank;

import java.util.Map;

/**
 * One recommended credential, in plan order.
 *
 * @param rank 1-based position
 * @param option the credential
 * @param gain gap weight it closes in the skills credited to it (each gap skill is credited to the
 *     one chosen credential the plan values most for it; see {@link CoveragePlanner})
 * @param closes per gap concept credited to it, the weight it closes
 * @param gapRemaining share of the learner's total gap weight still open after it, in [0, 1]
 */
public record PlanStep(int rank, PlanOption option, double gain, Map<Integer, Double> closes, double gapRemaining) {
  public PlanStep {
    closes = Map.copyOf(closes);
  }
}
