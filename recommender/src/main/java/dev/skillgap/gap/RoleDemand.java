package dev.skillgap.gap;

import java.util.List;

/**
 * The skills a role demands.
 *
 * @param occupation taxonomy index of the role's occupation
 * @param postings number of the role's postings seen
 * @param postingWeight share of the demand that comes from postings, in [0, 1)
 * @param priorWeight share that comes from the ESCO occupation profile; postingWeight + priorWeight = 1
 * @param skills demanded skills, most demanded first
 */
public record RoleDemand(int occupation, int postings, double postingWeight, double priorWeight, List<SkillDemand> skills)
    implements java.io.Serializable {
  public RoleDemand {
    skills = List.copyOf(skills);
  }
}
