package dev.skillgap.gap;

/**
 * How much a role demands one skill.
 *
 * @param concept taxonomy index
 * @param demand the blended demand in [0, 1]: posting evidence and occupation prior, weighted by how much of each there is
 * @param postingShare share of the role's postings that ask for it, unweighted ("asked for in 64% of postings")
 * @param fromPostings the recency- and requirement-weighted share from postings
 * @param fromPrior the weight the ESCO occupation profile gives it (essential or optional)
 */
public record SkillDemand(int concept, double demand, double postingShare, double fromPostings, double fromPrior)
    implements java.io.Serializable {}
