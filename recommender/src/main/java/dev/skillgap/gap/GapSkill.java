package dev.skillgap.gap;

/**
 * One skill of a role's demand as it stands for a learner.
 *
 * @param concept taxonomy index
 * @param weight demand x (1 - credit), the credit being 1 when held, the proficiency when to strengthen, 0
 *     when missing: how much closing it is worth
 * @param demand the role's demand for it
 * @param postingShare share of the role's postings asking for it (0 when the demand comes from ESCO)
 * @param proficiency the learner's confidence in it (0 when absent)
 * @param status held, to strengthen or missing
 */
public record GapSkill(int concept, double weight, double demand, double postingShare, double proficiency,
    SkillStatus status) {}
