package dev.skillgap.rank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.skillgap.catalog.Credential;
import dev.skillgap.catalog.Level;
import dev.skillgap.catalog.TaughtSkill;
import dev.skillgap.extract.ExtractionModels;
import dev.skillgap.extract.ExtractorConfig;
import dev.skillgap.extract.PipelineSkillExtractor;
import dev.skillgap.gap.DemandModel;
import dev.skillgap.gap.LearnerProfile;
import dev.skillgap.gap.LearnerSkillModel;
import dev.skillgap.gap.RoleResolver;
import dev.skillgap.gap.SkillImplications;
import dev.skillgap.index.CredentialIndex;
import dev.skillgap.io.SkillgapHome;
import dev.skillgap.taxonomy.Taxonomy;
import dev.skillgap.taxonomy.TaxonomySources;
import dev.skillgap.taxonomy.TaxonomyStore;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The recommender end to end on the real taxonomy and a small hand-made catalogue. */
class RecommenderTest {

  static final String SQL = "http://data.europa.eu/esco/skill/598de5b0-5b58-4ea7-8058-a4bc4d18c742";
  static final String ANALYST = "http://data.europa.eu/esco/occupation/d3edb8f8-3a06-47a0-8fb9-9b212c006aa2";
  static Taxonomy t;
  static Recommender rec;
  static List<Credential> catalogue;
  static CredentialIndex index;

  static Credential cred(String id, Double hours, Double cost, Level level, String... skills) {
    List<TaughtSkill> taught = java.util.Arrays.stream(skills)
        .map(s -> new TaughtSkill(s, t.byId(s).orElseThrow().preferredLabel(), TaughtSkill.Source.ALIGNED, 1.0, ""))
        .toList();
    return new Credential(id, "Course " + id, "Provider", "", hours, cost, "EUR", level, "online", "", taught, "test", "csv");
  }

  @BeforeAll
  static void setUp(@TempDir Path dir) throws Exception {
    t = TaxonomyStore.open(Path.of("target", "test-taxonomy.sgt"), TaxonomySources.under(SkillgapHome.defaultTaxonomySources()), s -> {});
    int analyst = t.occupationIndexOf(ANALYST);
    List<String> essential = java.util.Arrays.stream(t.occupation(analyst).essentialSkills())
        .mapToObj(i -> t.concept(i).id()).limit(6).toList();
    catalogue = List.of(
        cred("sql-basics", 10.0, 0.0, Level.FOUNDATION, SQL),
        cred("analyst-pack", 40.0, 300.0, Level.INTERMEDIATE, essential.toArray(String[]::new)),
        cred("no-hours", null, 50.0, Level.INTERMEDIATE, essential.get(0), essential.get(1)),
        cred("cooking", 5.0, 20.0, Level.FOUNDATION, "http://data.europa.eu/esco/skill/15a33d76-4640-438d-ae64-fdc0c1d3eebc"));
    index = CredentialIndex.build(dir.resolve("index"), catalogue, t);
    PipelineSkillExtractor x = new PipelineSkillExtractor(ExtractionModels.load(t), ExtractorConfig.defaults().lexicalOnly());
    Map<String, List<String>> badges = catalogue.stream().collect(Collectors.toMap(Credential::id,
        c -> c.skills().stream().map(TaughtSkill::conceptId).toList()));
    LearnerSkillModel skills = new LearnerSkillModel(t, x, id -> badges.getOrDefault(id, List.of()), SkillImplications.load(t));
    DemandModel demand = new DemandModel(t);
    rec = new Recommender(t, skills, new RoleResolver(t), occ -> demand.demand(occ, List.of(), LocalDate.of(2026, 11, 26)),
        index, catalogue);
  }

  static LearnerProfile learner(String id, String role, String cv, List<String> declared, List<String> badges) {
    return new LearnerProfile(id, "", role, cv, declared, badges, List.of());
  }

  @Test
  void coverageTrustsAlignmentsFullyTagsByTheirLinkAndInferredSkillsLeast() {
    assertEquals(1.0, Recommender.coverage(new TaughtSkill("x", "x", TaughtSkill.Source.ALIGNED, 1.0, "")));
    assertEquals(0.7, Recommender.coverage(new TaughtSkill("x", "x", TaughtSkill.Source.TAG, 0.7, "X Skills")));
    assertEquals(Recommender.INFERRED_COVERAGE * 0.7,
        Recommender.coverage(new TaughtSkill("x", "x", TaughtSkill.Source.INFERRED, 0.7, "")));
  }

  @Test
  void aLearnerWithNothingGetsTheRoleDemandAsGapAndACoursePlan() {
    LearnerResult r = rec.recommend(learner("L1", "Data Analyst", null, List.of(), List.of()), new Budget(3, null, null));
    assertEquals("ok", r.status());
    assertFalse(r.gap().gap().isEmpty());
    assertFalse(r.plan().steps().isEmpty());
    assertTrue(r.notes().stream().anyMatch(n -> n.startsWith("no CV, declared skills or badges")));
    assertFalse(r.plan().steps().stream().anyMatch(s -> s.option().id().equals("cooking")));
    for (int i = 1; i < r.plan().steps().size(); i++) {
      assertTrue(r.plan().steps().get(i).gapRemaining() <= r.plan().steps().get(i - 1).gapRemaining());
    }
  }

  @Test
  void heldSkillsAreStrengthsAndNeverBoughtAgain() {
    LearnerResult r = rec.recommend(learner("L2", ANALYST, null, List.of(), List.of("analyst-pack")), new Budget(5, null, null));
    assertFalse(r.gap().strengths().isEmpty(), "the badge's skills are demanded by the role");
    assertTrue(r.plan().steps().stream().noneMatch(s -> s.option().id().equals("analyst-pack")));
    assertTrue(r.plan().steps().stream().noneMatch(s -> s.option().id().equals("no-hours")),
        "no-hours teaches only skills the badge already gives");
  }

  @Test
  void unknownRoleIsADefinedOutcomeNotACrash() {
    LearnerResult r = rec.recommend(learner("L3", "dragon tamer", "I tame dragons.", List.of("SQL"), List.of("nope")),
        new Budget(5, null, null));
    assertEquals("unknown-role", r.status());
    assertTrue(r.plan().steps().isEmpty());
    assertTrue(r.notes().stream().anyMatch(n -> n.contains("matches no ESCO or O*NET occupation")), r.notes().toString());
    assertTrue(r.notes().stream().anyMatch(n -> n.contains("badge nope is not in the catalogue")));
    ObjectNode j = new RecommendationJson(new ObjectMapper(), t, index::get).toJson(r);
    assertTrue(j.get("targetRole").get("id").isNull());
    assertEquals(0, j.get("recommendations").size());
  }

  @Test
  void aTargetRoleThatIsAFieldRatherThanAJobSaysWhichJobsItCouldBe() {
    LearnerResult r = rec.recommend(learner("L6", "Database", "SQL queries.", List.of(), List.of()),
        new Budget(5, null, null));
    assertEquals("unknown-role", r.status());
    assertEquals(List.of("target role 'Database' is too general: 4 occupations fit it equally, such as database "
        + "integrator, database administrator, database designer; give a job title to get recommendations"), r.notes());
  }

  @Test
  void aLearnerWithoutATargetRoleHasSkillsButNoGapAndSaysWhy() {
    LearnerResult r = rec.recommend(learner("L5", " ", "SQL queries and reporting.", List.of(), List.of()),
        new Budget(5, null, null));
    assertEquals("no-target-role", r.status());
    assertFalse(r.skills().isEmpty(), "the CV's skills are measured all the same");
    assertTrue(r.plan().steps().isEmpty());
    assertEquals(List.of("no target role given: add one to get recommendations"), r.notes());
  }

  @Test
  void missingHoursArePlannedWithTheLevelMedianAndSaidSo() {
    LearnerResult r = rec.recommend(learner("L4", "data analyst", null, List.of(), List.of()), new Budget(4, null, null));
    ObjectNode j = new RecommendationJson(new ObjectMapper(), t, index::get).toJson(r);
    for (var s : j.get("recommendations")) {
      for (String f : List.of("rank", "credentialId", "title", "provider", "hours", "cost", "currency", "covers", "gain",
          "gapRemaining")) {
        assertTrue(s.has(f), f);
      }
      if (s.get("credentialId").asText().equals("no-hours")) {
        assertTrue(s.get("hours").isNull());
        assertTrue(s.has("hoursEstimate"));
      }
    }
    assertTrue(j.get("demand").get("fromPrior").asDouble() == 1.0, "no postings: all demand from the ESCO prior");
    assertTrue(j.get("recommendations").get(0).get("covers").get(0).get("why").asText().contains("in ESCO"));
  }
}
