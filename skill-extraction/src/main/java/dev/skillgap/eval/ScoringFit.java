package dev.skillgap.eval;

import dev.skillgap.extract.ExtractedSkill;
import dev.skillgap.extract.ExtractorConfig;
import dev.skillgap.extract.SkillExtractor;
import dev.skillgap.extract.SkillMention;
import java.util.ArrayList;
import java.util.List;

/**
 * Learns the scoring weights from labelled sentences instead of setting them by hand: every mention
 * the extractor proposes (extracted with threshold 0) is a row of its raw evidence (lexical,
 * semantic, span), positive when its concept is one the sentence demands, and a logistic regression
 * ({@link LogisticFit}) gives the bias and the three weights. Fitted on {@link SyntheticSentences},
 * never on an evaluation set, so the dev sets and the judged pool still measure it.
 */
public final class ScoringFit {

  /**
   * Ridge penalty on the weights. 0.01 to 1 were compared on the synthetic sentences: the weights
   * move by under 0.3 between 0.01 and 0.1 and shrink a fifth at 1; 0.1 keeps them finite.
   */
  public static final double RIDGE = 0.1;

  /** The fitted weights and the rows they came from. */
  public record Fit(double bias, double lexicalWeight, double semanticWeight, double spanWeight, int mentions,
      int positives) {

    /** {@code scoring} with these weights in place of its own (its threshold and calibration kept). */
    public ExtractorConfig.Scoring applyTo(ExtractorConfig.Scoring scoring) {
      return new ExtractorConfig.Scoring(bias, lexicalWeight, semanticWeight, spanWeight, scoring.threshold(),
          scoring.calibration());
    }
  }

  private ScoringFit() {}

  /**
   * Fits the weights on {@code sentences}, extracted by {@code extractor}, which must return every
   * candidate (a configuration with threshold 0).
   */
  public static Fit fit(SkillExtractor extractor, List<SyntheticSentences.Sentence> sentences) {
    List<LogisticFit.Row> rows = new ArrayList<>();
    int positives = 0;
    for (SyntheticSentences.Sentence s : sentences) {
      for (ExtractedSkill skill : extractor.extract(s.text()).skills()) {
        boolean demanded = s.skills().contains(skill.concept().id());
        for (SkillMention m : skill.mentions()) {
          rows.add(new LogisticFit.Row(new double[] {m.lexical(), m.semantic(), m.span()}, demanded));
          positives += demanded ? 1 : 0;
        }
      }
    }
    double[] w = LogisticFit.fit(rows, RIDGE);
    return new Fit(w[0], w[1], w[2], w[3], rows.size(), positives);
  }
}
