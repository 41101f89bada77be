package dev.skillgap.gap;

import java.util.List;

/**
 * A learner's gap for their target role.
 *
 * @param demand the role's demand it was measured against
 * @param gap demanded skills the learner lacks, largest weight first
 * @param strengths demanded skills the learner has (proficiency at least {@link GapModel#STRENGTH}), most demanded first
 * @param totalWeight sum of the gap weights
 */
public record Gap(RoleDemand demand, List<GapSkill> gap, List<GapSkill> strengths, double totalWeight) {
  public Gap {
    gap = List.copyOf(gap);
    strengths = List.copyOf(strengths);
  }
}
