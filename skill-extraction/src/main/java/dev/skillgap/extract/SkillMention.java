package dev.skillgap.extract;

/**
 * One place where a text mentions a skill, with its evidence.
 *
 * @param concept the taxonomy index of the linked concept
 * @param start start of the mention in the original text (inclusive)
 * @param end end of the mention in the original text (exclusive)
 * @param sentenceStart start of its sentence in the original text
 * @param sentenceEnd end of its sentence in the original text (exclusive)
 * @param evidence what found it
 * @param score confidence in [0, 1] that the text asks for or shows this concept here
 * @param requirement how the text asks for it
 */
public record SkillMention(int concept, int start, int end, int sentenceStart, int sentenceEnd, Evidence evidence,
    double score, Requirement requirement) {}
