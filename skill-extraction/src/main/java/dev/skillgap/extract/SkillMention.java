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
 * @param lexical the raw lexical strength behind the score (0 if none)
 * @param semantic the raw semantic similarity behind the score (0 if not computed)
 * @param span the raw span-detector probability behind the score (0 if none)
 */
public record SkillMention(int concept, int start, int end, int sentenceStart, int sentenceEnd, Evidence evidence,
    double score, Requirement requirement, double lexical, double semantic, double span) {

  /** This mention scored anew by {@code scorer} from its raw evidence. */
  public SkillMention rescored(SkillScorer scorer) {
    return new SkillMention(concept, start, end, sentenceStart, sentenceEnd, evidence,
        scorer.score(lexical, semantic, span), requirement, lexical, semantic, span);
  }
}
