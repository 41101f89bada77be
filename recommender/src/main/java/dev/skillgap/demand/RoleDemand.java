package dev.skillgap.demand;

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
    /**
     * The role's postings: each skill asked for by at least {@link DemandModel#MIN_SHARE} of them and
     * by {@link DemandModel#MIN_POSTINGS}.
     */
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

  /** Why a role's demand is its ESCO essential skills ({@link Basis#ESCO_ESSENTIAL}). */
  public enum EssentialReason {
    /** No posting for the role asks for a skill. */
    NO_POSTINGS,
    /** Fewer postings than {@link DemandModel#MIN_POSTINGS}: too few to tell demand from one employer's wording. */
    TOO_FEW_POSTINGS,
    /** Enough postings, but no hard skill asked for by {@link DemandModel#MIN_POSTINGS} and one in ten of them. */
    NO_SHARED_HARD_SKILL;

    /** The reason for a role with {@code postings} postings asking for a skill, measured on ESCO's essential skills. */
    public static EssentialReason of(int postings) {
      return postings == 0 ? NO_POSTINGS : postings < DemandModel.MIN_POSTINGS ? TOO_FEW_POSTINGS : NO_SHARED_HARD_SKILL;
    }
  }

  public RoleDemand {
    skills = List.copyOf(skills);
  }
}
