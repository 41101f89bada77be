package dev.skillgap.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skillgap.taxonomy.SkillType;
import dev.skillgap.taxonomy.TaxonomyFixture;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shipped configuration: lexical matching, the trained span detector and linking by meaning. */
class FullPipelineTest {

  static SkillExtractor x;
  static SkillExtractor withoutSentenceLinks;
  static ExtractionModels models;

  @BeforeAll
  static void load() throws Exception {
    ExtractorConfig cfg = ExtractorConfig.defaults();
    assertTrue(cfg.spans().enabled() && cfg.semantic().enabled(), "the default configuration is the full pipeline");
    ExtractionModels m = ExtractionModels.load(TaxonomyFixture.taxonomy(), cfg,
        Path.of("target", "test-cache"), s -> {});
    models = m;
    x = new PipelineSkillExtractor(m, cfg);
    ExtractorConfig.Semantic sem = cfg.semantic();
    withoutSentenceLinks = new PipelineSkillExtractor(m, new ExtractorConfig(cfg.lexical(), cfg.spans(),
        new ExtractorConfig.Semantic(true, sem.encoder(), sem.fallbackMargin(), sem.minSimilarity(), sem.candidates(), sem.sentenceWeight(), 0,
            sem.sentenceMinSimilarity()), cfg.scoring()));
  }

  static java.util.List<String> labels(Extraction e) {
    return e.skills().stream().map(s -> s.concept().preferredLabel()).toList();
  }

  static java.util.Set<java.util.List<Integer>> spans(Extraction e) {
    java.util.Set<java.util.List<Integer>> out = new java.util.TreeSet<>(java.util.Comparator.comparing(Object::toString));
    e.skills().forEach(s -> s.spans().forEach(sp -> out.add(java.util.List.of(sp[0], sp[1]))));
    return out;
  }

  @Test
  void aRankingGuessesForASentenceWhereNothingWasFoundButAThresholdShowsNothing() {
    String t = "It happens every now and then.";
    assertEquals(java.util.List.of(), labels(x.extract(t)));
    Extraction ranked = x.extract(t, Cutoff.top(5));
    assertEquals(5, ranked.skills().size(), labels(ranked).toString());
    for (ExtractedSkill s : ranked.skills()) {
      assertTrue(s.belowThreshold(), s.concept().preferredLabel());
      assertEquals(java.util.List.of(0, t.length()), java.util.List.of(s.spans().get(0)[0], s.spans().get(0)[1]),
          "a guess cites the whole sentence");
    }
  }

  @Test
  void oneWordAlternativeLabelsNeedAFittingSentence() {
    // "paper" is an alternative label of "hang wallpaper", "calculations" one of "geometry";
    // neither sentence is about them.
    Extraction e = x.extract("Independence in paper and project writing is a must. Can you handle complex pricing calculations?");
    assertTrue(e.skills().stream().noneMatch(s -> s.concept().preferredLabel().equals("hang wallpaper")), labels(e)::toString);
    assertTrue(e.skills().stream().noneMatch(s -> s.concept().preferredLabel().equals("geometry")), labels(e)::toString);
    // the lexical-only pipeline, which has no sentence meaning to go by, keeps them
    Extraction lexical = new PipelineSkillExtractor(ExtractorFixture.models(), ExtractorConfig.defaults().lexicalOnly()).extract("Independence in paper and project writing is a must.");
    assertTrue(lexical.skills().stream().anyMatch(s -> s.concept().preferredLabel().equals("hang wallpaper")), labels(lexical)::toString);
  }

  @Test
  void surfaceFormsTheDetectorRulesOutAreDropped() {
    // matched by surface form, but the span detector sees no skill in these words
    Extraction process = x.extract("Please follow our application process and send your CV.");
    assertTrue(process.skills().isEmpty(), labels(process)::toString);
    Extraction hours = x.extract("We offer flexible hours and a friendly team.");
    assertTrue(!labels(hours).contains("adapt to change"), labels(hours)::toString);
    // the same word stated as a trait stays, and a keyword list (no verb) is exempt
    assertTrue(labels(x.extract("You are flexible and self-motivated.")).contains("adapt to change"));
    assertTrue(labels(x.extract("teamwork")).contains("work in teams"));
    // with the rule off, the first sentence matches the label "process applications"
    ExtractorConfig cfg = ExtractorConfig.defaults();
    ExtractorConfig off = new ExtractorConfig(cfg.lexical(), new ExtractorConfig.Spans(true,
        cfg.spans().minProbability(), 0), cfg.semantic(), cfg.scoring());
    Extraction kept = new PipelineSkillExtractor(models, off).extract("Please follow our application process and send your CV.");
    assertTrue(labels(kept).contains("process applications"), labels(kept)::toString);
  }

  @Test
  void sentenceLevelLinksAddConceptsButNoNewSpans() {
    String t = "Be able to drive technological advances and increase expertise level in the department";
    Extraction with = x.extract(t);
    Extraction without = withoutSentenceLinks.extract(t);
    assertTrue(labels(with).contains("provide technical expertise"), labels(with)::toString);
    assertTrue(!labels(without).contains("provide technical expertise"), labels(without)::toString);
    assertTrue(labels(with).containsAll(labels(without)), () -> labels(with) + " vs " + labels(without));
    assertEquals(spans(without), spans(with));
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

  @Test
  void aPhrasesGenericHeadDoesNotChooseItsSkill() {
    assertEquals("problem-solving", SpanStep.withoutGenericHead("problem-solving skills"));
    assertEquals("strong influencing", SpanStep.withoutGenericHead("strong influencing  abilities"));
    assertEquals("skills", SpanStep.withoutGenericHead("skills"));
    assertEquals("Python programming", SpanStep.withoutGenericHead("Python programming"));
    // linked with "skills", every "X skills" phrase was near ESCO's "develop personal skills"
    Extraction e = x.extract("Demonstrated problem-solving skills and excellent analytical skills.");
    assertTrue(!labels(e).contains("develop personal skills"), labels(e)::toString);
  }

  @Test
  void aPhraseASurfaceFormNamesWholeCountsItsHardNeighboursAtHalfTheirSimilarity() {
    // tokens: Excellent communication skills ; the form "communication" (concept 7) covers the core
    java.util.List<dev.skillgap.text.Token> t = java.util.List.of(
        new dev.skillgap.text.Token(0, 9, "Excellent", "ADJ", "excel", false),
        new dev.skillgap.text.Token(10, 23, "communication", "NOUN", "commun", false),
        new dev.skillgap.text.Token(24, 30, "skills", "NOUN", "skill", false));
    assertEquals(2, SpanStep.coreEnd(t, 1, 3));
    assertEquals(2, SpanStep.coreEnd(t, 1, 2));
    assertEquals(3, SpanStep.coreEnd(t, 2, 3), "a phrase that is only its head keeps it");
    Candidate communication = new Candidate(7, 0, 1, 2, Evidence.LEXICAL, 0.95, 0, 0);
    Candidate fromExcellent = new Candidate(8, 0, 0, 2, Evidence.LEXICAL, 0.9, 0, 0);
    Candidate excellentOnly = new Candidate(9, 0, 0, 1, Evidence.LEXICAL, 0.9, 0, 0);
    assertEquals(java.util.Set.of(7, 8), SpanStep.namedConcepts(java.util.List.of(communication, fromExcellent, excellentOnly), 1, 2));
    assertEquals(java.util.Set.of(), SpanStep.namedConcepts(java.util.List.of(communication), 0, 2),
        "a form covering part of the phrase does not name it");
    Extraction e = x.extract("Excellent communication skills are essential.");
    assertTrue(labels(e).contains("communication"), labels(e)::toString);
    // a field of study is a hard neighbour; soft ones (how the skill is exercised) may stay
    assertTrue(!labels(e).contains("communication studies"), labels(e)::toString);
    // a ranking still lists the neighbour, after the concept the phrase names
    List<String> ranked = labels(x.extract("Excellent communication skills are essential.", Cutoff.top(10)));
    assertTrue(ranked.indexOf("communication") == 0 && ranked.indexOf("communication studies") > 0, ranked::toString);
    Extraction cs = x.extract("Experience in Computer Science or development.");
    assertTrue(labels(cs).contains("computer science") && !labels(cs).contains("computer engineering"),
        labels(cs)::toString);
  }
}
