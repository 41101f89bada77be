/**
 * Skill extraction: finds hard and soft skills in text and links each to a taxonomy concept with
 * its evidence (character spans, sentence, score, requirement level). {@link
 * dev.skillgap.extract.SkillExtractor} is the narrow interface; {@link
 * dev.skillgap.extract.PipelineSkillExtractor} assembles it from small final steps. Short skill
 * tags (declared skills, catalogue tags) have their own mode, {@link
 * dev.skillgap.extract.TagLinker}, which reads a tag as a name rather than a sentence.
 */
package dev.skillgap.extract;
