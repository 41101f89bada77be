package dev.skillgap.gap;

/**
 * A demanded skill the learner lacks, in whole or part.
 *
 * @param concept taxonomy index
 * @param weight demand x (1 - proficiency): how much closing it is worth
 * @param demand the role's demand for it
 * @param postingShare share of the role's postings asking for it
 * @param proficiency the learner's confidence in it (0 when absent)
 */
public record GapSkill(int concept, double weight, double demand, double postingShare, double proficiency) {}
