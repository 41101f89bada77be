package dev.skillgap.extract;

import dev.skillgap.taxonomy.Concept;
import java.util.List;

/**
 * One distinct skill found in a text.
 *
 * @param conceptIndex the concept's taxonomy index
 * @param concept the concept (id, label, kind, type)
 * @param score calibrated confidence in [0, 1]: the estimated probability that the skill is right
 * @param spans the distinct {@code [start, end)} ranges of the original text that mention it, in text order
 * @param requirement the strongest requirement among its mentions (required over preferred over unspecified)
 * @param mentions every mention, with its sentence
 * @param rawScore the noisy-or of the mention scores, before calibration
 * @param belowThreshold whether the raw score is under the return threshold, so the skill is returned only
 *     because a {@link Cutoff#top} asked for the best K
 */
public record ExtractedSkill(int conceptIndex, Concept concept, double score, List<int[]> spans, Requirement requirement,
    List<SkillMention> mentions, double rawScore, boolean belowThreshold) {
  public ExtractedSkill {
    spans = List.copyOf(spans);
    mentions = List.copyOf(mentions);
  }

  /** A skill that reaches the return threshold. */
  public ExtractedSkill(int conceptIndex, Concept concept, double score, List<int[]> spans, Requirement requirement,
      List<SkillMention> mentions, double rawScore) {
    this(conceptIndex, concept, score, spans, requirement, mentions, rawScore, false);
  }
}
