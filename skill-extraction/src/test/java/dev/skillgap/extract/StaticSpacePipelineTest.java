package dev.skillgap.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skillgap.cache.CacheStats;
import dev.skillgap.link.SemanticLinker;
import dev.skillgap.taxonomy.TaxonomyFixture;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The full pipeline linking in the static word-piece space, alone and with MiniLM as the fallback. */
class StaticSpacePipelineTest {

  static ExtractorConfig staticConfig;
  static ExtractionModels fast;
  static ExtractionModels alwaysFallBack;

  static ExtractorConfig withEncoder(ExtractorConfig.Encoder encoder, double margin) {
    ExtractorConfig d = ExtractorConfig.defaults();
    ExtractorConfig.Semantic s = d.semantic();
    return new ExtractorConfig(d.lexical(), d.spans(), new ExtractorConfig.Semantic(true, encoder, margin,
        s.minSimilarity(), s.candidates(), s.sentenceWeight(), s.sentenceCandidates(), s.sentenceMinSimilarity()),
        d.scoring());
  }

  @BeforeAll
  static void load() throws Exception {
    staticConfig = withEncoder(ExtractorConfig.Encoder.STATIC, 0);
    Path cache = Path.of("target", "test-cache");
    fast = ExtractionModels.load(TaxonomyFixture.taxonomy(), staticConfig, cache, s -> {});
    // a margin no two cosines can have between them: every phrase is linked again with MiniLM
    alwaysFallBack = ExtractionModels.load(TaxonomyFixture.taxonomy(),
        withEncoder(ExtractorConfig.Encoder.STATIC, 3), cache, s -> {});
  }

  @Test
  void theStaticSpaceLinksPhrasesAndTagsStayInMiniLmSpace() {
    assertEquals("static", fast.linker().space().name());
    assertEquals("minilm", fast.contextualLinker().space().name());
    assertNull(fast.linker().fallbackStats(), "no fallback configured");
    Extraction e = new PipelineSkillExtractor(fast, staticConfig).extract(
        "You will write SQL queries and build dashboards in Tableau.");
    List<String> labels = FullPipelineTest.labels(e);
    assertTrue(labels.contains("SQL") && labels.contains("Tableau"), labels::toString);
  }

  @Test
  void theMatchedWordDoesNotVoteForItsOwnContext() {
    // in a static space the sentence "...paper..." is near "hang wallpaper" through the word alone
    Extraction e = new PipelineSkillExtractor(fast, staticConfig).extract(
        "Independence in paper and project writing is a must. Can you handle complex pricing calculations?");
    List<String> labels = FullPipelineTest.labels(e);
    assertTrue(!labels.contains("hang wallpaper") && !labels.contains("geometry"), labels::toString);
  }

  @Test
  void aPhraseBelowTheMarginIsLinkedAgainInMiniLmSpace() {
    SemanticLinker linker = alwaysFallBack.linker();
    List<SemanticLinker.Link> again = linker.link("statistical analysis of survey data", null, 3);
    List<SemanticLinker.Link> minilm = alwaysFallBack.contextualLinker().link("statistical analysis of survey data", null, 3);
    assertEquals(minilm.stream().map(SemanticLinker.Link::concept).toList(),
        again.stream().map(SemanticLinker.Link::concept).toList());
    CacheStats stats = linker.fallbackStats();
    assertTrue(stats.misses() >= 1 && stats.hits() == 0, stats::toString);
  }

  @Test
  void aFallbackNeedsTheStaticEncoderAndAMarginNeedsAFallback() {
    assertThrows(IllegalArgumentException.class, () -> withEncoder(ExtractorConfig.Encoder.MINILM, 0.05));
    assertThrows(IllegalArgumentException.class, () -> withEncoder(ExtractorConfig.Encoder.STATIC, -1));
    String json = ExtractorConfig.defaults().toJson().replace("\"encoder\":\"minilm\"", "\"encoder\":\"word2vec\"");
    assertThrows(IllegalArgumentException.class, () -> ExtractorConfig.fromJson(json));
  }
}
