package dev.skillgap.gap;

import java.util.List;
import java.util.Locale;

/**
 * The skills a role demands.
 *
 * @param occupation taxonomy index of the role's occupation
 * @param postings number of the role's postings that ask for at least one skill
 * @param basis where the demand comes from
 * @param skills demanded skills, most demanded first (see {@link DemandModel} for the order of ties)
 */
public record RoleDemand(int occupation, int postings, Basis basis, List<SkillDemand> skills)
    implements java.io.Serializable {

  /** Where a role's demand comes from. */
  public enum Basis {
    /** The role's postings: each skill asked for by at least {@link DemandModel#MIN_SHARE} of them. */
    POSTINGS,
    /**
     * The role's postings demand no hard skill, or there are none: the essential skills of its ESCO (or
     * O*NET) profile.
     */
    ESCO_ESSENTIAL;

    public String wireName() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  public RoleDemand {
    skills = List.copyOf(skills);
  }
}
