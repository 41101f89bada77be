/**
 * Skill extraction: finds hard and soft skills in text and links each to a taxonomy concept with
 * its evidence (character spans, sentence, score, requirement level). {@link
 * dev.skillgap.extract.SkillExtractor} is the narrow interface; {@link
 * dev.skillgap.extract.PipelineSkillExtractor} assembles it from small final steps.
 */
package dev.skillgap.extract;
