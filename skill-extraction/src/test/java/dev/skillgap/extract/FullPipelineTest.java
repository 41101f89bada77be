package dev.skillgap.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skillgap.taxonomy.SkillType;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shipped configuration: lexical matching, the trained span detector and linking by meaning. */
class FullPipelineTest {

  static SkillExtractor x;

  @BeforeAll
  static void load() throws Exception {
    ExtractorConfig cfg = ExtractorConfig.defaults();
    assertTrue(cfg.spans().enabled() && cfg.semantic().enabled(), "the default configuration is the full pipeline");
    ExtractionModels m = ExtractionModels.load(ExtractorFixture.models().taxonomy(), cfg,
        Path.of("target", "test-cache"), s -> {});
    x = new PipelineSkillExtractor(m, cfg);
  }

  static ExtractedSkill get(Extraction e, String label) {
    return PipelineSkillExtractorTest.get(e, label);
  }

  @Test
  void paraphrasesNoLabelMatchesAreLinkedByMeaning() {
    String t = "You collaborate nicely with colleagues and always keep the customer at the heart of what you do.";
    Extraction e = x.extract(t);
    ExtractedSkill teams = get(e, "work in teams");
    assertEquals(SkillType.SOFT, teams.concept().type());
    assertTrue(t.substring(teams.spans().get(0)[0], teams.spans().get(0)[1]).contains("collaborate"));
    ExtractedSkill cooperate = get(e, "cooperate with colleagues");
    assertTrue(cooperate.mentions().stream().allMatch(m -> m.evidence() == Evidence.SPAN), "no label says this");
    assertTrue(e.skills().stream().anyMatch(s -> s.concept().preferredLabel().contains("customer")), e.skills().toString());
  }

  @Test
  void detectedPhrasesCarryTheirSentenceAndStayInsideTheText() {
    String t = "Experience writing unit tests and automated integration tests for web applications is required.";
    Extraction e = x.extract(t);
    assertTrue(e.skills().stream().anyMatch(s -> s.concept().preferredLabel().contains("unit testing")), e.skills().toString());
    for (ExtractedSkill s : e.skills()) {
      for (SkillMention m : s.mentions()) {
        assertTrue(0 <= m.sentenceStart() && m.sentenceStart() <= m.start() && m.end() <= m.sentenceEnd()
            && m.sentenceEnd() <= t.length());
        assertEquals(Requirement.REQUIRED, m.requirement());
      }
    }
  }

  @Test
  void negationAndAmbiguityStillHold() {
    assertTrue(x.extract("No experience with SAP needed, full training given.").skills().stream()
        .noneMatch(s -> s.concept().preferredLabel().contains("SAP")));
    assertTrue(x.extract("You will excel in a fast-paced team.").skills().stream()
        .noneMatch(s -> s.concept().preferredLabel().contains("Excel")));
  }
}
