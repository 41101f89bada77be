package dev.skillgap.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.skillgap.taxonomy.Taxonomy;
import dev.skillgap.taxonomy.TaxonomyFixture;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Mention scores, noisy-or per concept, threshold, order and requirement, on hand-made mentions. */
class SkillScorerTest {

  private static final Taxonomy T = TaxonomyFixture.taxonomy();

  private static SkillMention m(int concept, int start, double lexical, double semantic, double span, Requirement r) {
    return new SkillMention(concept, start, start + 3, 0, 50, Evidence.LEXICAL, 0, r, lexical, semantic, span);
  }

  @Test
  void scoresCombineMentionsAndDropWeakSkills() {
    SkillScorer s = new SkillScorer(new ExtractorConfig.Scoring(-2, 4, 2, 1, 0.3));
    assertEquals(1 / (1 + Math.exp(-(-2 + 4 * 0.5 + 2 * 0.5 + 0.5))), s.score(0.5, 0.5, 0.5), 1e-12);
    List<SkillMention> ms = List.of(
        m(3, 20, 1, 0, 0, Requirement.PREFERRED), // 0.881
        m(3, 5, 0.5, 0, 0, Requirement.REQUIRED), // 0.5
        m(7, 10, 1, 0, 0, Requirement.UNSPECIFIED), // 0.881
        m(9, 0, 0, 0, 0, Requirement.REQUIRED)); // 0.119: under the threshold
    List<ExtractedSkill> out = s.group(ms.stream().map(x -> x.rescored(s)).toList(), T);
    assertEquals(List.of(3, 7), out.stream().map(ExtractedSkill::conceptIndex).toList());
    double p = 1 / (1 + Math.exp(-2));
    assertEquals(1 - (1 - p) * 0.5, out.get(0).score(), 1e-12);
    assertEquals(Requirement.REQUIRED, out.get(0).requirement());
    assertEquals(5, out.get(0).spans().get(0)[0]); // spans in text order
    assertEquals(p, out.get(1).score(), 1e-12);
  }

  @Test
  void topKReturnsTheBestKWhateverTheirScoreAndMarksThoseUnderTheThreshold() {
    SkillScorer s = new SkillScorer(new ExtractorConfig.Scoring(-2, 4, 2, 1, 0.3));
    List<SkillMention> ms = List.of(
        m(7, 10, 1, 0, 0, Requirement.UNSPECIFIED), // 0.881
        m(9, 0, 0, 0, 0, Requirement.REQUIRED), // 0.119: under the threshold
        m(11, 30, 0.25, 0, 0, Requirement.REQUIRED), // 0.269: under it, but above 9
        m(3, 20, 0.5, 0, 0, Requirement.PREFERRED)); // 0.5
    List<SkillMention> scored = ms.stream().map(x -> x.rescored(s)).toList();
    assertEquals(List.of("7 false", "3 false", "11 true"), s.group(scored, T, Cutoff.top(3)).stream()
        .map(x -> x.conceptIndex() + " " + x.belowThreshold()).toList());
    assertEquals(List.of("7 false"), s.group(scored, T, Cutoff.top(1)).stream()
        .map(x -> x.conceptIndex() + " " + x.belowThreshold()).toList(), "K caps the skills above the threshold too");
    assertEquals(List.of("7 false", "3 false"), s.group(scored, T, Cutoff.THRESHOLD).stream()
        .map(x -> x.conceptIndex() + " " + x.belowThreshold()).toList());
    assertEquals(List.of(7, 3, 11, 9), s.group(scored, T, Cutoff.top(10)).stream().map(ExtractedSkill::conceptIndex)
        .toList(), "fewer candidates than K: all of them");
  }

  @Test
  void aCutoffIsTheThresholdOrAPositiveK() {
    assertEquals(false, Cutoff.THRESHOLD.ranked());
    assertEquals(true, Cutoff.top(5).ranked());
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> Cutoff.top(0));
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> new Cutoff(-1));
  }

  @Test
  void calibrationMapsScoresButKeepsThresholdAndOrderOnRawScores() {
    ExtractorConfig.Scoring w = new ExtractorConfig.Scoring(-2, 4, 2, 1, 0.3);
    // flattens everything from 0.8 up to 0.7, so two skills tie after calibration
    SkillScorer s = new SkillScorer(w.withCalibration(new ScoreCalibration(new double[] {0.3, 0.8}, new double[] {0.2, 0.7})));
    List<SkillMention> ms = List.of(
        m(7, 10, 1, 0, 0, Requirement.UNSPECIFIED), // raw 0.881
        m(3, 20, 1, 0.5, 0, Requirement.PREFERRED), // raw 0.731... noisy-or with the next: 0.95
        m(3, 5, 1, 0, 0, Requirement.REQUIRED),
        m(9, 0, 0.4, 0, 0, Requirement.REQUIRED), // raw 0.401
        m(11, 0, 0, 0, 0.5, Requirement.REQUIRED)); // raw 0.18: under the threshold
    List<ExtractedSkill> out = s.group(ms.stream().map(x -> x.rescored(s)).toList(), T);
    assertEquals(List.of(3, 7, 9), out.stream().map(ExtractedSkill::conceptIndex).toList());
    assertEquals(0.7, out.get(0).score(), 1e-12);
    assertEquals(0.7, out.get(1).score(), 1e-12);
    assertEquals(true, out.get(0).rawScore() > out.get(1).rawScore());
    double raw9 = 1 / (1 + Math.exp(-(-2 + 4 * 0.4)));
    assertEquals(raw9, out.get(2).rawScore(), 1e-12);
    assertEquals(0.2 + (raw9 - 0.3) / 0.5 * 0.5, out.get(2).score(), 1e-12);
  }

  @Test
  void rescoringAnExtractionWithItsOwnWeightsChangesNothing() {
    ExtractorConfig c = ExtractorConfig.defaults().lexicalOnly();
    PipelineSkillExtractor x = new PipelineSkillExtractor(ExtractorFixture.models(), c);
    Extraction e = x.extract("Strong SQL and Python skills, team player; Excel is a plus. Experience with Docker.");
    SkillScorer s = new SkillScorer(c.effectiveScoring()); // lexical-only: lexical.aloneScoring
    List<SkillMention> all = e.skills().stream().flatMap(k -> k.mentions().stream()).map(k -> k.rescored(s)).toList();
    List<ExtractedSkill> again = s.group(new java.util.ArrayList<>(all), T);
    assertEquals(e.skills().stream().map(k -> k.concept().id() + "@" + k.score()).toList(),
        again.stream().map(k -> k.concept().id() + "@" + k.score()).toList());
  }
}
