package dev.skillgap.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skillgap.extract.Extraction;
import dev.skillgap.extract.ExtractorConfig;
import dev.skillgap.extract.ExtractorFixture;
import dev.skillgap.extract.PipelineSkillExtractor;
import dev.skillgap.taxonomy.TaxonomyFixture;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Rescoring stored mentions reproduces the extractor's measures; the search never loses ground. */
class ScoringTunerTest {

  private static final List<EvalRecord> SET = List.of(
      new EvalRecord("a", "Strong SQL and Python skills; you are a team player.", List.of("SQL", "work in teams"), List.of()),
      new EvalRecord("b", "Experience with Docker and Kubernetes is a plus.", List.of("Kubernetes"), List.of()),
      new EvalRecord("c", "Excellent communication skills and attention to detail.", List.of("attend to detail"), List.of()));

  @Test
  void rescoringMatchesExtractionAndSearchImprovesOrKeeps() {
    ExtractorConfig c = ExtractorConfig.defaults().lexicalOnly();
    ExtractorConfig.Scoring w = c.scoring();
    ExtractorConfig zero = new ExtractorConfig(c.lexical(), c.spans(), c.semantic(),
        new ExtractorConfig.Scoring(w.bias(), w.lexicalWeight(), w.semanticWeight(), w.spanWeight(), 0.0));
    List<Extraction> all = new ExtractorEvaluator(new PipelineSkillExtractor(ExtractorFixture.models(), zero), 1).run(SET);
    List<Extraction> shipped = new ExtractorEvaluator(new PipelineSkillExtractor(ExtractorFixture.models(), c), 1).run(SET);
    ScoringTuner tuner = new ScoringTuner(TaxonomyFixture.taxonomy(),
        List.of(new ScoringTuner.DevSet("toy", SET, all, true)), Map.of("toy/rp@5", 0.5));

    ScoringTuner.Trial now = tuner.measure(w);
    double expected = ExtractorEvaluator.linking(SET, shipped).rp5();
    assertEquals(expected, now.measures().get("toy/rp@5"), 1e-12);
    assertEquals(Math.min(ScoringTuner.CAP, expected / 0.5), now.objective(), 1e-12);

    ScoringTuner.Trial best = tuner.search(w, 2);
    assertTrue(best.objective() >= now.objective(), best.summary());
    CalibrationEvaluator.Calibration cal = tuner.calibration(w);
    assertTrue(cal.pairs() > 0 && cal.ece() >= 0 && cal.ece() <= 1, cal.toString());
  }
}
