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
import dev.skillgap.extract.Requirement;
import dev.skillgap.demand.DemandModel;
import dev.skillgap.gap.GapSkill;
import dev.skillgap.gap.LearnerProfile;
import dev.skillgap.demand.PostingSkills;
import dev.skillgap.demand.RoleDemand;
import dev.skillgap.occupation.RoleResolver;
import dev.skillgap.gap.SkillStatus;
import dev.skillgap.index.CredentialIndex;
import dev.skillgap.taxonomy.Taxonomy;
import dev.skillgap.taxonomy.TaxonomyFixture;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The recommender end to end on the real taxonomy, three data analyst postings (and a few of other roles) and a small
 * hand-made catalogue, with gaps of the top three hard skills.
 */
class RecommenderTest {

  static final String SQL = "http://data.europa.eu/esco/skill/598de5b0-5b58-4ea7-8058-a4bc4d18c742";
  static final String PYTHON = "http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d";
  static final String STATISTICS = "http://data.europa.eu/esco/skill/7ee4c2ea-b349-4bd2-81a3-ec31475d4833";
  static final String TEAMS = "http://data.europa.eu/esco/skill/60c78287-22eb-4103-9c8c-28deaa460da0";
  static final String CRM = "http://data.europa.eu/esco/skill/9889b795-d755-41b2-8afd-2e3c87a65a38";
  static final String TABLEAU = "onet-tech:tableau";
  static final String ANALYST = "http://data.europa.eu/esco/occupation/d3edb8f8-3a06-47a0-8fb9-9b212c006aa2";
  static final String HR_OFFICER = "http://data.europa.eu/esco/occupation/d3e32e5e-7f24-48e3-b939-e4f800eb62fb";
  static final String DBA = "http://data.europa.eu/esco/occupation/8c57af09-719c-42b3-be40-6ed4946236cc";
  static final LocalDate NOW = LocalDate.of(2026, 11, 26);
  static Taxonomy t;
  static Recommender rec;
  static List<Credential> catalogue;
  static CredentialIndex index;

  static Credential cred(String id, Double hours, Double cost, Level level, String... skills) {
    List<TaughtSkill> taught = java.util.Arrays.stream(skills)
        .map(s -> new TaughtSkill(s, t.byId(s).orElseThrow().preferredLabel(), TaughtSkill.Source.ALIGNED, 1.0, ""))
        .toList();
    return new Credential(id, "Course " + id, "Provider", "", hours, cost, "EUR", level, "online", "", taught, "test", "csv", "en");
  }

  static PostingSkills posting(String id, int occupation, Object... skillsAndRequirements) {
    List<PostingSkills.Asked> asked = new java.util.ArrayList<>();
    for (int i = 0; i < skillsAndRequirements.length; i += 2) {
      asked.add(new PostingSkills.Asked(t.indexOf((String) skillsAndRequirements[i]),
          (Requirement) skillsAndRequirements[i + 1], 0.9));
    }
    return new PostingSkills(id, occupation, NOW, asked);
  }

  @BeforeAll
  static void setUp(@TempDir Path dir) throws Exception {
    t = TaxonomyFixture.taxonomy();
    int analyst = t.occupationIndexOf(ANALYST);
    // demand: SQL 1, Python (0.7 + 1) / 3, Tableau (1 + 0.4) / 3, statistics (0.4 + 0.4) / 3; work in teams
    // (soft) (1 + 0.7) / 3; each asked for by two postings at least, as demand needs
    List<PostingSkills> postings = List.of(
        posting("p1", analyst, SQL, Requirement.REQUIRED, TABLEAU, Requirement.REQUIRED, PYTHON, Requirement.UNSPECIFIED,
            TEAMS, Requirement.REQUIRED),
        posting("p2", analyst, SQL, Requirement.REQUIRED, STATISTICS, Requirement.PREFERRED, TABLEAU, Requirement.PREFERRED),
        posting("p3", analyst, SQL, Requirement.REQUIRED, PYTHON, Requirement.REQUIRED, STATISTICS, Requirement.PREFERRED,
            TEAMS, Requirement.UNSPECIFIED),
        posting("traits", t.occupationIndexOf(HR_OFFICER), TEAMS, Requirement.REQUIRED),
        posting("traits-2", t.occupationIndexOf(HR_OFFICER), TEAMS, Requirement.REQUIRED),
        posting("lone", t.occupationIndexOf(DBA), SQL, Requirement.REQUIRED));
    catalogue = List.of(
        cred("sql-basics", 10.0, 0.0, Level.FOUNDATION, SQL),
        cred("analyst-pack", 40.0, 300.0, Level.INTERMEDIATE, TABLEAU, PYTHON, STATISTICS),
        cred("no-hours", null, 50.0, Level.INTERMEDIATE, TABLEAU, PYTHON),
        cred("teamwork", 2.0, 0.0, Level.FOUNDATION, TEAMS),
        cred("crm-basics", 6.0, 0.0, Level.FOUNDATION, CRM),
        cred("cooking", 5.0, 20.0, Level.FOUNDATION, "http://data.europa.eu/esco/skill/15a33d76-4640-438d-ae64-fdc0c1d3eebc"));
    index = CredentialIndex.build(dir.resolve("index"), catalogue, t);
    PipelineSkillExtractor x = new PipelineSkillExtractor(ExtractionModels.load(t), ExtractorConfig.defaults().lexicalOnly());
    DemandModel demand = new DemandModel(t);
    rec = RecommenderModel.of(t, x, new RoleResolver(t), occ -> demand.demand(occ, postings, NOW), 3, index, catalogue)
        .recommender();
  }

  static LearnerProfile learner(String id, String role, String cv, List<String> declared, List<String> badges) {
    return new LearnerProfile(id, "", role, cv, declared, badges, List.of());
  }

  static List<String> labels(List<GapSkill> skills) {
    return skills.stream().map(g -> t.concept(g.concept()).preferredLabel() + " " + g.status().wireName()).toList();
  }

  static List<String> picks(LearnerResult r) {
    return r.plan().steps().stream().map(s -> s.option().id()).toList();
  }

  @Test
  void coursesInTheLearnersLanguageOnlyAndAboutTheRoleFirst(@TempDir Path dir) throws Exception {
    String budgets = "http://data.europa.eu/esco/skill/21c5790c-0930-4d74-b3b0-84caf5af12ea";
    String financialAnalysis = "http://data.europa.eu/esco/skill/99571e68-801f-49af-a897-5f75996642e1";
    String accounting = "http://data.europa.eu/esco/skill/ecc18804-a466-40d9-98b4-fba5cd67dd4b";
    Credential chinese = cred("sql-zh", 1.0, 0.0, Level.FOUNDATION, SQL); // shortest SQL course, in Chinese
    chinese = new Credential(chinese.id(), "SQL 数据库入门", chinese.provider(), "", chinese.hours(), chinese.cost(),
        chinese.currency(), chinese.level(), chinese.format(), "", chinese.skills(), "test", "csv", "zh");
    List<Credential> courses = List.of(chinese, cred("sql-basics", 10.0, 0.0, Level.FOUNDATION, SQL),
        cred("python-for-finance", 4.0, 0.0, Level.FOUNDATION, PYTHON, budgets, financialAnalysis, accounting),
        cred("python-for-analysts", 12.0, 0.0, Level.FOUNDATION, PYTHON, STATISTICS));
    CredentialIndex small = CredentialIndex.build(dir.resolve("small"), courses, t);
    int analyst = t.occupationIndexOf(ANALYST);
    List<PostingSkills> postings = List.of(posting("p1", analyst, SQL, Requirement.REQUIRED, PYTHON, Requirement.REQUIRED),
        posting("p2", analyst, SQL, Requirement.REQUIRED, PYTHON, Requirement.REQUIRED));
    DemandModel demand = new DemandModel(t);
    Recommender r = RecommenderModel.of(t, new PipelineSkillExtractor(ExtractionModels.load(t),
        ExtractorConfig.defaults().lexicalOnly()), new RoleResolver(t), occ -> demand.demand(occ, postings, NOW), 3,
        small, courses).recommender();

    LearnerResult english = r.recommend(learner("E1", "data analyst", null, List.of(), List.of()), new Budget(5, null, null));
    assertEquals(List.of("python-for-analysts", "sql-basics"), picks(english), "equal gains, so by id; sql-zh is"
        + " shorter but in Chinese; python-for-finance is shorter but three quarters about finance");
    assertEquals(1.0, english.plan().steps().get(0).option().relevance(), 1e-9, "Python and statistics: both the role's");
    LearnerResult chineseReader = r.recommend(new LearnerProfile("Z1", "", "data analyst", null, List.of(), List.of(),
        List.of(), LearnerProfile.IdOrigin.GIVEN, "zh"), new Budget(5, null, null));
    assertEquals("sql-zh", picks(chineseReader).get(0), "a learner who declares Chinese gets the Chinese course");
    assertEquals("zh", Recommender.languageOf(learner("Z2", "data analyst", "熟悉 SQL 和 Python 数据分析，三年工作经验", List.of(),
        List.of())), "the CV's language when none is declared");
    assertEquals(0.25, r.relevance(courses.get(2), r.roleSkills(demand.demand(analyst, postings, NOW), analyst)), 1e-9);
  }

  @Test
  void coverageTrustsAlignmentsFullyTagsByTheirLinkAndInferredSkillsLeast() {
    assertEquals(1.0, Recommender.coverage(new TaughtSkill("x", "x", TaughtSkill.Source.ALIGNED, 1.0, "")));
    assertEquals(0.7, Recommender.coverage(new TaughtSkill("x", "x", TaughtSkill.Source.TAG, 0.7, "X Skills")));
    assertEquals(Recommender.INFERRED_COVERAGE * 0.7,
        Recommender.coverage(new TaughtSkill("x", "x", TaughtSkill.Source.INFERRED, 0.7, "")));
  }

  @Test
  void aLearnerWithNothingHasTheRolesTopHardSkillsAsGapAndAPlanForThemAlone() {
    LearnerResult r = rec.recommend(learner("L1", "Data Analyst", null, List.of(), List.of()), new Budget(3, null, null));
    assertEquals(LearnerStatus.OK, r.status());
    assertEquals(List.of("SQL missing", "Python (computer programming) missing", "Tableau missing"), labels(r.gap().top()),
        "the top three of four hard skills; statistics is fourth");
    assertEquals(List.of("work in teams missing"), labels(r.gap().soft()));
    assertTrue(r.notes().stream().anyMatch(n -> n.startsWith("no CV, declared skills or badges")));
    // no-hours is planned at the intermediate median (40 h, as analyst-pack) and is cheaper; statistics is no gap
    assertEquals(List.of("no-hours", "sql-basics"), picks(r), "never the teamwork course: soft skills are no gap");
    assertEquals(0, r.gap().shareMet());
    assertEquals(1.0, r.shareMetWithPlan(), 1e-12);
  }

  @Test
  void heldSkillsAreStrengthsAndNeverBoughtAgain() {
    LearnerResult r = rec.recommend(learner("L2", ANALYST, null, List.of(), List.of("analyst-pack")), new Budget(5, null, null));
    assertEquals(List.of("SQL missing", "Python (computer programming) held", "Tableau held"), labels(r.gap().top()));
    assertEquals(List.of("Python (computer programming) held", "Tableau held"), labels(r.gap().strengths()));
    assertEquals(List.of("sql-basics"), picks(r), "no-hours teaches only skills the badge already gives");
    double top = 1 + 1.7 / 3 + 1.4 / 3;
    assertEquals((top - 1) / top, r.gap().shareMet(), 1e-12);
    ObjectNode j = new RecommendationJson(new ObjectMapper(), t, index::get).toJson(r);
    assertEquals("{\"topSkills\":3,\"held\":2,\"strengthen\":0,\"missing\":1,\"shareMet\":0.5082,"
        + "\"shareMetWithPlan\":1.0}", j.get("summary").toString());
    assertEquals("{\"postings\":3,\"basis\":\"postings\",\"minShare\":0.1,\"minPostings\":2}", j.get("demand").toString());
    assertEquals("[\"SQL:missing\"]", statuses(j.get("gap")));
    assertEquals("[\"Python (computer programming):held\", \"Tableau:held\"]", statuses(j.get("strengths")));
    assertEquals("[\"work in teams:missing\"]", statuses(j.get("soft")));
    assertEquals("SQL: asked for in 100% of data analyst postings",
        j.get("recommendations").get(0).get("covers").get(0).get("why").asText());
  }

  static String statuses(com.fasterxml.jackson.databind.JsonNode skills) {
    List<String> out = new java.util.ArrayList<>();
    skills.forEach(s -> out.add("\"" + s.get("label").asText() + ":" + s.get("status").asText() + "\""));
    return out.toString();
  }

  @Test
  void aSkillHeldInPartIsToStrengthenAndSaidSo() {
    LearnerResult r = rec.recommend(learner("L7", "data analyst", null, List.of("PostgreSQL"), List.of("analyst-pack")),
        new Budget(5, null, null));
    GapSkill sql = r.gap().top().get(0);
    assertEquals(SkillStatus.STRENGTHEN, sql.status(), "PostgreSQL gives half of SQL: " + sql);
    assertEquals(List.of(), r.gap().strengths().stream().filter(g -> g.concept() == sql.concept()).toList());
    ObjectNode j = new RecommendationJson(new ObjectMapper(), t, index::get).toJson(r);
    assertEquals("SQL: asked for in 100% of data analyst postings (you have part of it)",
        j.get("recommendations").get(0).get("covers").get(0).get("why").asText());
    Coverage first = r.coverage(r.plan().steps().get(0)).get(0);
    assertEquals(List.of(sql.concept(), Coverage.Reason.ASKED_IN_POSTINGS, true, 1.0),
        List.of(first.concept(), first.reason(), first.partial(), first.postingShare()));
  }

  @Test
  void aRoleWithoutPostingsIsMeasuredOnItsEssentialSkillsAndSaysSo() {
    LearnerResult r = rec.recommend(learner("L8", "call centre agent", null, List.of(), List.of()), new Budget(5, null, null));
    assertEquals(List.of("credit card payments missing", "use customer relationship management software missing",
        "process data missing"), labels(r.gap().top()), "the most specific of its eleven hard essential skills");
    assertTrue(r.notes().contains("no posting for call centre agent asks for a skill: the gap is measured on the "
        + "essential skills ESCO lists for it, those its job family shares first"), r.notes().toString());
    ObjectNode j = new RecommendationJson(new ObjectMapper(), t, index::get).toJson(r);
    assertEquals("{\"postings\":0,\"basis\":\"esco-essential\"}", j.get("demand").toString());
    assertEquals(List.of("crm-basics"), picks(r));
    assertEquals("use customer relationship management software: an essential skill of call centre agent in ESCO",
        j.get("recommendations").get(0).get("covers").get(0).get("why").asText());
    Coverage first = r.coverage(r.plan().steps().get(0)).get(0);
    assertEquals(List.of(Coverage.Reason.ESSENTIAL_IN_ESCO, false, 0.0),
        List.of(first.reason(), first.partial(), first.postingShare()));
  }

  @Test
  void theEvaluatorMeasuresLearnersWithARoleAndAGapOnly() {
    Budget b = new Budget(1, null, null);
    List<LearnerResult> results = List.of(
        rec.recommend(learner("L1", "Data Analyst", null, List.of(), List.of()), b), // SQL, Python, Tableau missing
        rec.recommend(learner("L2", ANALYST, null, List.of(), List.of("analyst-pack")), b), // SQL missing
        rec.recommend(learner("L3", "dragon tamer", null, List.of("SQL"), List.of()), b)); // no role
    RecommendationEvaluator.Result e = RecommendationEvaluator.evaluate(results);
    assertEquals(3, e.learners());
    assertEquals(2, e.measured());
    assertEquals(List.of(1, 3), e.gapSizes());
    double l1 = results.get(0).plan().covered() / results.get(0).plan().totalGap();
    assertEquals(List.of(l1, 1.0), e.closed(), "one credential: L1 gets part of three skills, L2 all of SQL");
    assertEquals(l1, RecommendationEvaluator.Result.median(e.closed()), 1e-12, "the lower median");
    assertEquals(0.5, e.closingAtLeast(0.6), 1e-12);
    assertEquals(0, e.withoutCourse());
    assertEquals(List.of(1.0, 1.0), e.taught(), "the catalogue teaches SQL, Python and Tableau");
  }

  @Test
  void unknownRoleIsADefinedOutcomeNotACrash() {
    LearnerResult r = rec.recommend(learner("L3", "dragon tamer", "I tame dragons.", List.of("SQL"), List.of("nope")),
        new Budget(5, null, null));
    assertEquals(LearnerStatus.UNKNOWN_ROLE, r.status());
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
    assertEquals(LearnerStatus.UNKNOWN_ROLE, r.status());
    assertEquals(List.of("target role 'Database' is too general: 4 occupations fit it equally, such as database "
        + "integrator, database administrator, database designer; give a job title to get recommendations"), r.notes());
  }

  @Test
  void aLearnerWithoutATargetRoleHasSkillsButNoGapAndSaysWhy() {
    LearnerResult r = rec.recommend(learner("L5", " ", "SQL queries and reporting.", List.of(), List.of()),
        new Budget(5, null, null));
    assertEquals(LearnerStatus.NO_TARGET_ROLE, r.status());
    assertFalse(r.skills().isEmpty(), "the CV's skills are measured all the same");
    assertTrue(r.plan().steps().isEmpty());
    assertEquals(List.of("no target role given: add one to get recommendations"), r.notes());
  }

  @Test
  void aRoleWhosePostingsAskForNoHardSkillIsMeasuredOnItsEssentialSkillsAndSaysWhy() {
    LearnerResult r = rec.recommend(learner("L9", HR_OFFICER, null, List.of(), List.of()), new Budget(5, null, null));
    assertEquals(3, r.gap().top().size(), "not an empty gap: the two postings asked only for teamwork");
    assertEquals(List.of("no hard skill is asked for by 2 and one in ten of the 2 postings for human resources officer:"
        + " the gap is measured on the essential skills ESCO lists for it, those its job family shares first",
        "no CV, declared skills or badges: every demanded skill counts as a gap").stream().sorted().toList(),
        r.notes().stream().sorted().toList());
  }

  @Test
  void oneEmployersPostingIsNoDemand() {
    LearnerResult r = rec.recommend(learner("L10", DBA, null, List.of(), List.of()), new Budget(5, null, null));
    assertEquals(RoleDemand.Basis.ESCO_ESSENTIAL, r.gap().demand().basis(), "SQL, asked for by the one posting, is no demand");
    assertEquals(1, r.gap().demand().postings());
    assertTrue(r.gap().top().stream().allMatch(g -> g.postingShare() == 0), "essential skills, asked for by no posting");
    assertTrue(r.notes().contains("the one posting for database administrator cannot show what the role demands (a skill"
        + " counts once 2 postings ask for it): the gap is measured on the essential skills ESCO lists for it, those its"
        + " job family shares first"), r.notes().toString());
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
    }
    var noHours = j.get("recommendations").get(0);
    assertEquals("no-hours", noHours.get("credentialId").asText());
    assertTrue(noHours.get("hours").isNull());
    assertEquals(40.0, noHours.get("hoursEstimate").asDouble());
    assertTrue(r.notes().contains("no-hours: the catalogue gives no hours; planned with the median of its level (40 h)"),
        r.notes().toString());
  }
}
