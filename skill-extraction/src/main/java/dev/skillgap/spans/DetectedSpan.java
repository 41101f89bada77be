package dev.skillgap.spans;

/**
 * A skill or knowledge phrase that the span detector found in one sentence.
 *
 * @param startToken index of its first token in the sentence
 * @param endToken index after its last token (exclusive)
 * @param layer {@code "skill"} or {@code "knowledge"}, the SkillSpan annotation layer it belongs to
 * @param probability the model's probability that exactly this span is a phrase of this layer (0..1)
 */
public record DetectedSpan(int startToken, int endToken, String layer, double probability) {

  /** The SkillSpan layer of skills (mostly verb phrases: "manage budgets"). */
  public static final String SKILL = "skill";
  /** The SkillSpan layer of knowledge (mostly noun phrases and technologies: "Java", "computer science"). */
  public static final String KNOWLEDGE = "knowledge";

  public DetectedSpan {
    if (startToken < 0 || endToken <= startToken) {
      throw new IllegalArgumentException("bad token span [" + startToken + ", " + endToken + ")");
    }
  }
}
