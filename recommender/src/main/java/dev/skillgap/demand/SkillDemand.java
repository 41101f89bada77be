package dev.skillgap.demand;

/**
 * How much a role demands one skill.
 *
 * @param concept taxonomy index
 * @param demand in [0, 1]: from postings, the recency- and requirement-weighted share of the role's postings
 *     that ask for it; with no postings, {@link DemandModel#ESSENTIAL} for each ESCO essential skill
 * @param postingShare share of the role's postings that ask for it, unweighted ("asked for in 64% of postings");
 *     0 when the demand comes from ESCO alone
 * @param essential ESCO (or O*NET, for its technologies) lists it as essential to the role
 */
public record SkillDemand(int concept, double demand, double postingShare, boolean essential)
    implements java.io.Serializable {}
