package dev.skillgap.gap;

/**
 * One skill a learner has.
 *
 * @param concept taxonomy index
 * @param source the strongest source
 * @param confidence in [0, 1]: how sure we are they have it, used as their proficiency
 */
public record LearnerSkill(int concept, SkillSource source, double confidence) {}
