package dev.skillgap.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skillgap.extract.ExtractionModels;
import dev.skillgap.extract.ExtractorConfig;
import dev.skillgap.extract.PipelineSkillExtractor;
import dev.skillgap.taxonomy.TaxonomyFixture;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScoringFitTest {

  @Test
  void learnsThatLexicalAndSemanticEvidenceMeanADemandedSkill() throws Exception {
    ExtractorConfig d = ExtractorConfig.defaults();
    ExtractorConfig.Scoring s = d.scoring();
    ExtractorConfig all = new ExtractorConfig(d.lexical(), d.spans(), d.semantic(),
        new ExtractorConfig.Scoring(s.bias(), s.lexicalWeight(), s.semanticWeight(), s.spanWeight(), 0, s.calibration()));
    ExtractionModels m = ExtractionModels.load(TaxonomyFixture.taxonomy(), all, Path.of("target", "test-cache"),
        x -> {});
    List<SyntheticSentences.Sentence> some = SyntheticSentences.load().subList(0, 150);
    ScoringFit.Fit fit = ScoringFit.fit(new PipelineSkillExtractor(m, all), some);
    assertTrue(fit.positives() > 10 && fit.mentions() > 3 * fit.positives(), fit::toString);
    // most candidates are wrong, and both kinds of evidence raise the odds of a right one
    assertTrue(fit.bias() < -2 && fit.lexicalWeight() > 1 && fit.semanticWeight() > 1, fit::toString);
    ExtractorConfig.Scoring applied = fit.applyTo(s);
    assertTrue(applied.bias() == fit.bias() && applied.threshold() == s.threshold() && applied.calibration() == s.calibration());
  }
}
