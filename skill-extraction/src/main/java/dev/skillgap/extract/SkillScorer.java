package dev.skillgap.extract;

import dev.skillgap.taxonomy.Taxonomy;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns evidence into scores and skills: each mention scores {@code sigmoid(bias + lexicalWeight *
 * lexical + semanticWeight * semantic + spanWeight * span)}; a concept's raw score is the noisy-or
 * of its mentions, concepts with a raw score under the threshold are dropped, and the rest are
 * scored through the calibration. Pure and thread-safe, so the tuner can rescore stored mentions
 * exactly as the extractor scores fresh ones.
 */
public final class SkillScorer {

  private final ExtractorConfig.Scoring weights;

  public SkillScorer(ExtractorConfig.Scoring weights) {
    this.weights = weights;
  }

  /** The weights and threshold in use. */
  public ExtractorConfig.Scoring weights() {
    return weights;
  }

  /** The score in (0, 1) of one mention with this evidence. */
  public double score(double lexical, double semantic, double span) {
    double z = weights.bias() + weights.lexicalWeight() * lexical + weights.semanticWeight() * semantic
        + weights.spanWeight() * span;
    return 1.0 / (1.0 + Math.exp(-z));
  }

  /**
   * The distinct skills of {@code mentions} (already scored), best first (ties: earliest mention
   * first), without those whose raw score is under the threshold.
   */
  public List<ExtractedSkill> group(List<SkillMention> mentions, Taxonomy taxonomy) {
    return group(mentions, taxonomy, Cutoff.THRESHOLD);
  }

  /**
   * The distinct skills of {@code mentions} (already scored), best first (ties: earliest mention
   * first), cut as {@code cutoff} says: those at or above the threshold, or the top K with those
   * under it marked {@link ExtractedSkill#belowThreshold()}.
   */
  public List<ExtractedSkill> group(List<SkillMention> mentions, Taxonomy taxonomy, Cutoff cutoff) {
    Map<Integer, List<SkillMention>> byConcept = new LinkedHashMap<>();
    for (SkillMention m : mentions) {
      byConcept.computeIfAbsent(m.concept(), k -> new ArrayList<>()).add(m);
    }
    List<ExtractedSkill> out = new ArrayList<>();
    for (Map.Entry<Integer, List<SkillMention>> e : byConcept.entrySet()) {
      List<SkillMention> ms = e.getValue();
      ms.sort(Comparator.comparingInt(SkillMention::start));
      double miss = 1.0;
      Requirement req = Requirement.UNSPECIFIED;
      List<int[]> spans = new ArrayList<>();
      for (SkillMention m : ms) {
        miss *= 1.0 - m.score();
        req = stronger(req, m.requirement());
        if (spans.stream().noneMatch(x -> x[0] == m.start() && x[1] == m.end())) {
          spans.add(new int[] {m.start(), m.end()});
        }
      }
      double raw = 1.0 - miss;
      boolean below = raw < weights.threshold();
      if (!below || cutoff.ranked()) {
        out.add(new ExtractedSkill(e.getKey(), taxonomy.concept(e.getKey()), weights.calibration().apply(raw), spans,
            req, ms, raw, below));
      }
    }
    // calibration is monotone, so this is the raw order whether or not it flattens scores
    out.sort(Comparator.comparingDouble(ExtractedSkill::score).reversed()
        .thenComparing(Comparator.comparingDouble(ExtractedSkill::rawScore).reversed())
        .thenComparingInt(x -> x.spans().get(0)[0]));
    return cutoff.ranked() && out.size() > cutoff.top() ? new ArrayList<>(out.subList(0, cutoff.top())) : out;
  }

  /** The stronger of two requirement levels: required over preferred over unspecified. */
  static Requirement stronger(Requirement a, Requirement b) {
    return a.ordinal() <= b.ordinal() ? a : b;
  }
}
