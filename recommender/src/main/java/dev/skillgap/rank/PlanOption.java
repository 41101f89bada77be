package dev.skillgap.rank;

import java.util.Map;

/**
 * One credential the planner may pick.
 *
 * @param id credential id
 * @param hours learning hours used for budgets and efficiency (an estimate when {@code hoursEstimated})
 * @param cost price used for budgets (0 when {@code costUnknown})
 * @param hoursEstimated the catalogue gave no hours; {@code hours} is the median of its level
 * @param costUnknown the catalogue gave no cost
 * @param levelRank 0 foundation, 1 intermediate, 2 advanced, 1 when unknown
 * @param covers gap concepts it teaches, each with the share of that skill's gap it closes (1 for an
 *     aligned skill, less for a tag linked by extraction or an inferred skill: see Recommender#coverage)
 * @param relevance the share of what it teaches that the target role asks for, in [0, 1] (see
 *     {@link CoveragePlanner#fit})
 */
public record PlanOption(String id, double hours, double cost, boolean hoursEstimated, boolean costUnknown,
    int levelRank, Map<Integer, Double> covers, double relevance) {
  public PlanOption {
    covers = Map.copyOf(covers);
    if (!(relevance >= 0 && relevance <= 1)) {
      throw new IllegalArgumentException("relevance must be in [0, 1]: " + relevance);
    }
  }

  /** An option wholly relevant to the role. */
  public PlanOption(String id, double hours, double cost, boolean hoursEstimated, boolean costUnknown, int levelRank,
      Map<Integer, Double> covers) {
    this(id, hours, cost, hoursEstimated, costUnknown, levelRank, covers, 1.0);
  }
}
