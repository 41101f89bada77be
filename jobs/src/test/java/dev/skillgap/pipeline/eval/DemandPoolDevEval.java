package dev.skillgap.pipeline.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skillgap.extract.ExtractionModels;
import dev.skillgap.extract.ExtractorConfig;
import dev.skillgap.extract.PipelineSkillExtractor;
import dev.skillgap.io.SkillgapHome;
import dev.skillgap.taxonomy.Taxonomy;
import dev.skillgap.taxonomy.TaxonomyFixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The demand pool on the real feeds, as {@code bin/skillgap eval demand} draws it, with the full
 * extractor: the instrument's own promises (counts reconcile, every drawn pair is judged or
 * exported, the draw is the same on a second run) and a floor on precision once pairs are judged.
 * Run with {@code mvn -Peval verify}; skips, saying so, without {@code ../shared/data/real}.
 */
@Tag("slow-eval")
class DemandPoolDevEval {

  /** Lowest precision over the judged drawn pairs, per feed and pooled; 0 until the pool is judged. */
  static final double PRECISION_FLOOR = 0.0;

  static Path real;
  static PipelineSkillExtractor extractor;
  static DemandJudgments judged;
  static List<SourcePool> pools;

  @BeforeAll
  static void load() throws IOException {
    real = SkillgapHome.realData();
    for (DemandEvaluator.Feed f : DemandEvaluator.REAL_FEEDS) {
      Assumptions.assumeTrue(Files.isRegularFile(real.resolve(f.file())), "real data absent, test skipped: "
          + real.resolve(f.file()));
    }
    Taxonomy t = TaxonomyFixture.taxonomy();
    ExtractorConfig cfg = ExtractorConfig.defaults();
    extractor = new PipelineSkillExtractor(ExtractionModels.load(t, cfg, Path.of("target", "test-cache"), s -> {}), cfg);
    judged = DemandJudgments.loadDefault();
    pools = draw();
  }

  static List<SourcePool> draw() throws IOException {
    List<SourcePool> out = new ArrayList<>();
    for (DemandEvaluator.Feed f : DemandEvaluator.REAL_FEEDS) {
      out.add(DemandEvaluator.pool(f, real, extractor, Runtime.getRuntime().availableProcessors(), PoolDesign.DEFAULT));
    }
    return out;
  }

  @Test
  void countsReconcile() {
    PoolDesign d = PoolDesign.DEFAULT;
    for (SourcePool p : pools) {
      assertEquals(Math.min(d.postings(), p.postings() - p.repeatedKeys()), p.sampled().size(), p.source());
      assertEquals(p.sampled().stream().mapToInt(SourcePool.SampledPosting::skills).sum(), p.atCutoff().size());
      assertEquals(Math.min(d.pairs(), p.atCutoff().size()), p.drawn().size(), p.source());
      assertTrue(p.atCutoff().stream().allMatch(x -> x.score() >= d.cutoff()), p.source());
    }
    List<PoolScores> scores = DemandEvaluator.scores(pools, judged);
    PoolScores all = scores.get(scores.size() - 1);
    for (PoolScores s : scores) {
      System.out.print(s.summary());
      assertEquals(s.drawn(), s.judged() + s.unjudged(), s.name());
      assertEquals(s.judged(), s.precision().n(), s.name());
      assertEquals(s.precision(), s.hard().plus(s.soft()), s.name());
      assertEquals(s.pairsAtCutoff(), s.hardAtCutoff() + s.softAtCutoff(), s.name());
    }
    assertEquals(scores.subList(0, pools.size()).stream().mapToInt(PoolScores::drawn).sum(), all.drawn());
    assertEquals(scores.subList(0, pools.size()).stream().mapToInt(PoolScores::pairsAtCutoff).sum(), all.pairsAtCutoff());
  }

  @Test
  void everyDrawnPairIsJudgedOrExportedNeverBoth() {
    Set<String> drawn = new HashSet<>();
    Set<String> judgedDrawn = new HashSet<>();
    for (SourcePool p : pools) {
      for (PoolPair x : p.drawn()) {
        drawn.add(x.pair().id());
        if (judged.get(x.pair()).isPresent()) {
          judgedDrawn.add(x.pair().id());
        }
      }
    }
    Set<String> exported = JudgingExport.ids(JudgingExport.unjudged(pools, judged, PoolDesign.DEFAULT));
    Set<String> union = new HashSet<>(exported);
    union.addAll(judgedDrawn);
    assertEquals(drawn, union);
    assertEquals(drawn.size(), exported.size() + judgedDrawn.size());
  }

  @Test
  void theSameFeedsDrawTheSamePostingsPairsAndExportOnASecondRun() throws IOException {
    List<SourcePool> again = draw();
    for (int i = 0; i < pools.size(); i++) {
      assertEquals(pools.get(i).sampled(), again.get(i).sampled(), pools.get(i).source());
      assertEquals(pools.get(i).drawn().stream().map(x -> x.pair().id()).toList(),
          again.get(i).drawn().stream().map(x -> x.pair().id()).toList(), pools.get(i).source());
    }
    assertEquals(JudgingExport.unjudged(pools, judged, PoolDesign.DEFAULT),
        JudgingExport.unjudged(again, judged, PoolDesign.DEFAULT));
  }

  @Test
  void precisionIsAtLeastTheFloorWherePairsAreJudged() {
    for (PoolScores s : DemandEvaluator.scores(pools, judged)) {
      if (s.judged() > 0) {
        assertTrue(s.precision().value() >= PRECISION_FLOOR, s.summary());
      }
    }
  }
}
