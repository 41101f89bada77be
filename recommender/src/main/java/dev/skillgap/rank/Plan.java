package dev.skillgap.rank;

import java.util.List;

/**
 * A ranked set of credentials.
 *
 * @param steps the credentials in the order to take them
 * @param covered total gap weight they close
 * @param totalGap the learner's total gap weight
 * @param hours total hours
 * @param cost total known cost
 * @param method {@code exact} when all feasible sets were searched, else {@code greedy}
 */
public record Plan(List<PlanStep> steps, double covered, double totalGap, double hours, double cost, String method) {
  public Plan {
    steps = List.copyOf(steps);
  }
}
