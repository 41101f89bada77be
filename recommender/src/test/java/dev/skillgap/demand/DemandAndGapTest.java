package dev.skillgap.demand;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skillgap.extract.Requirement;
import dev.skillgap.gap.Gap;
import dev.skillgap.gap.GapModel;
import dev.skillgap.gap.GapSkill;
import dev.skillgap.gap.LearnerSkill;
import dev.skillgap.gap.SkillImplications;
import dev.skillgap.gap.SkillSource;
import dev.skillgap.gap.SkillStatus;
import dev.skillgap.taxonomy.Taxonomy;
import dev.skillgap.taxonomy.TaxonomyFixture;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DemandAndGapTest {

  static final LocalDate NOW = LocalDate.of(2026, 11, 26);
  static final String ANALYST = "http://data.europa.eu/esco/occupation/d3edb8f8-3a06-47a0-8fb9-9b212c006aa2";
  static final String CALL_CENTRE_AGENT = "http://data.europa.eu/esco/occupation/0ededdc2-050a-4ec3-8e70-6295105fcd19";
  static final String MECHANICAL_ENGINEER = "http://data.europa.eu/esco/occupation/579254cf-6d69-4889-9000-9c79dc568644";
  static final String SQL = "http://data.europa.eu/esco/skill/598de5b0-5b58-4ea7-8058-a4bc4d18c742";
  static final String PYTHON = "http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d";
  static final String STATISTICS = "http://data.europa.eu/esco/skill/7ee4c2ea-b349-4bd2-81a3-ec31475d4833";
  static final String TEAMS = "http://data.europa.eu/esco/skill/60c78287-22eb-4103-9c8c-28deaa460da0";
  static final String TIME = "http://data.europa.eu/esco/skill/d9013e0e-e937-43d5-ab71-0e917ee882b8";
  static final String TABLEAU = "onet-tech:tableau";

  static int c(Taxonomy t, String id) {
    int i = t.indexOf(id);
    assertTrue(i >= 0, id);
    return i;
  }

  static PostingSkills.Asked asked(int concept, Requirement r) {
    return new PostingSkills.Asked(concept, r, 0.9);
  }

  @Test
  void postingsLeadWeightedByRecencyAndRequirementAndNoPriorIsBlendedIn() {
    Taxonomy t = TaxonomyFixture.taxonomy();
    int analyst = t.occupationIndexOf(ANALYST);
    int sql = c(t, SQL);
    int tableau = c(t, TABLEAU);
    List<PostingSkills> postings = List.of(
        new PostingSkills("p1", analyst, NOW, List.of(asked(sql, Requirement.REQUIRED), asked(tableau, Requirement.PREFERRED))),
        new PostingSkills("p2", analyst, NOW, List.of(asked(sql, Requirement.REQUIRED))),
        new PostingSkills("p3", analyst, NOW.minusWeeks(4), List.of(asked(tableau, Requirement.REQUIRED))),
        new PostingSkills("asks-nothing", analyst, NOW, List.of()),
        new PostingSkills("other", analyst + 1, NOW, List.of(asked(sql, Requirement.REQUIRED))));
    RoleDemand d = new DemandModel(t).demand(analyst, postings, NOW);
    // two postings this week weigh 1 each, the one four weeks old 0.5; the posting asking nothing is not counted
    assertEquals(3, d.postings());
    assertEquals(RoleDemand.Basis.POSTINGS, d.basis());
    assertEquals(List.of(
        new SkillDemand(sql, 2 / 2.5, 2 / 3.0, false),
        new SkillDemand(tableau, (DemandModel.PREFERRED + 0.5) / 2.5, 2 / 3.0, false)), d.skills(),
        "none of the analyst's many ESCO essential skills enters without a posting asking for it");
  }

  @Test
  void countsTalliedElsewhereGiveTheDemandOfThePostingsThemselves() {
    // the weekly job tallies DemandCounts in Spark: a posting once per role, once per skill at its strongest requirement
    Taxonomy t = TaxonomyFixture.taxonomy();
    int analyst = t.occupationIndexOf(ANALYST);
    int sql = c(t, SQL);
    int tableau = c(t, TABLEAU);
    List<PostingSkills> postings = List.of(
        new PostingSkills("p1", analyst, NOW, List.of(asked(sql, Requirement.PREFERRED), asked(sql, Requirement.REQUIRED),
            asked(tableau, Requirement.UNSPECIFIED))),
        new PostingSkills("p2", analyst, NOW.minusDays(10), List.of(asked(tableau, Requirement.PREFERRED))));
    DemandCounts tallied = new DemandCounts().asked(tableau, 10, Requirement.PREFERRED, 1).postings(10, 1)
        .asked(sql, 0, Requirement.REQUIRED, 1).postings(0, 1).asked(tableau, 0, Requirement.UNSPECIFIED, 1);
    DemandModel model = new DemandModel(t);
    assertEquals(model.demand(analyst, postings, NOW), model.demand(analyst, tallied));
    assertEquals(2, model.demand(analyst, tallied).postings());
    assertEquals(Requirement.REQUIRED, DemandCounts.stronger(Requirement.PREFERRED, Requirement.REQUIRED));
    assertEquals(List.of(Requirement.PREFERRED, Requirement.UNSPECIFIED, Requirement.REQUIRED),
        java.util.stream.IntStream.range(0, 3).mapToObj(DemandCounts::ofStrength).toList(), "strength orders by weight");
  }

  @Test
  void theSamePostingsInAnyOrderGiveTheSameBits() {
    // Spark hands a role's rows to the demand model in an order that changes with the partitioning
    Taxonomy t = TaxonomyFixture.taxonomy();
    int analyst = t.occupationIndexOf("http://data.europa.eu/esco/occupation/d3edb8f8-3a06-47a0-8fb9-9b212c006aa2");
    int sql = t.indexOf("http://data.europa.eu/esco/skill/598de5b0-5b58-4ea7-8058-a4bc4d18c742");
    int tableau = t.indexOf("onet-tech:tableau");
    java.util.Random r = new java.util.Random(3);
    List<PostingSkills> postings = new java.util.ArrayList<>();
    for (int i = 0; i < 60; i++) {
      postings.add(new PostingSkills("p" + i, analyst, NOW.minusDays(r.nextInt(60)), List.of(
          new PostingSkills.Asked(sql, Requirement.values()[r.nextInt(3)], 0.9),
          new PostingSkills.Asked(tableau, Requirement.values()[r.nextInt(3)], 0.9))));
    }
    RoleDemand first = new DemandModel(t).demand(analyst, postings, NOW);
    for (int trial = 0; trial < 20; trial++) {
      java.util.Collections.shuffle(postings, r);
      RoleDemand again = new DemandModel(t).demand(analyst, postings, NOW);
      assertEquals(first.skills().subList(0, 2), again.skills().subList(0, 2), "trial " + trial);
      assertEquals(first, again, "trial " + trial);
    }
  }

  @Test
  void aSkillEntersFromOneInTenPostings() {
    Taxonomy t = TaxonomyFixture.taxonomy();
    int analyst = t.occupationIndexOf(ANALYST);
    int sql = c(t, SQL);
    int python = c(t, PYTHON);
    int tableau = c(t, TABLEAU);
    List<PostingSkills> postings = new ArrayList<>();
    for (int i = 0; i < 11; i++) {
      List<PostingSkills.Asked> a = new ArrayList<>(List.of(asked(sql, Requirement.REQUIRED)));
      if (i < 2) {
        a.add(asked(python, Requirement.REQUIRED)); // 2 of 11: 0.18
      }
      if (i == 5) {
        a.add(asked(tableau, Requirement.REQUIRED)); // 1 of 11: 0.09
      }
      postings.add(new PostingSkills("p" + i, analyst, NOW, a));
    }
    RoleDemand d = new DemandModel(t).demand(analyst, postings, NOW);
    assertEquals(List.of(new SkillDemand(sql, 1, 1, false), new SkillDemand(python, 2 / 11.0, 2 / 11.0, false)),
        d.skills());
  }

  @Test
  void withoutPostingsTheEssentialSkillsTheJobFamilySharesComeFirstThenTheMostSpecific() {
    Taxonomy t = TaxonomyFixture.taxonomy();
    int agent = t.occupationIndexOf(CALL_CENTRE_AGENT);
    DemandModel model = new DemandModel(t);
    RoleDemand d = model.demand(agent, List.of(), NOW);
    assertEquals(0, d.postings());
    assertEquals(RoleDemand.Basis.ESCO_ESSENTIAL, d.basis());
    assertEquals(t.occupation(agent).essentialSkills().length, d.skills().size(), "essential skills only, none optional");
    assertTrue(d.skills().stream().allMatch(s -> s.demand() == DemandModel.ESSENTIAL && s.essential()));
    Map<Integer, Integer> family = model.familyCounts(agent);
    List<List<Integer>> order = d.skills().stream()
        .map(s -> List.of(-family.get(s.concept()), t.occupationsOf(s.concept()).length)).toList();
    assertEquals(order.stream().sorted(Comparator.<List<Integer>>comparingInt(k -> k.get(0))
        .thenComparingInt(k -> k.get(1))).toList(), order, "held by more of the family, then by fewer occupations");
    System.out.println("call centre agent: " + labels(t, d, 5));
    int mechanical = t.occupationIndexOf(MECHANICAL_ENGINEER);
    List<String> top = labels(t, model.demand(mechanical, List.of(), NOW), GapModel.DEFAULT_TOP);
    System.out.println("mechanical engineer: " + top);
    assertTrue(top.containsAll(List.of("mechanical engineering", "technical drawings", "engineering principles")), top.toString());
    assertTrue(top.indexOf("mechanical engineering") < top.indexOf("types of heat pumps"), top.toString());
  }

  static List<String> labels(Taxonomy t, RoleDemand d, int n) {
    return d.skills().stream().limit(n).map(s -> t.concept(s.concept()).preferredLabel()).toList();
  }

  @Test
  void postingsAskingForNoHardSkillLeaveTheRoleToItsEssentialSkills() {
    Taxonomy t = TaxonomyFixture.taxonomy();
    int agent = t.occupationIndexOf(CALL_CENTRE_AGENT);
    RoleDemand d = new DemandModel(t).demand(agent, List.of(new PostingSkills("traits-only", agent, NOW,
        List.of(asked(c(t, TEAMS), Requirement.REQUIRED), asked(c(t, TIME), Requirement.REQUIRED)))), NOW);
    assertEquals(1, d.postings());
    assertEquals(RoleDemand.Basis.ESCO_ESSENTIAL, d.basis());
    assertEquals(new DemandModel(t).demand(agent, List.of(), NOW).skills(), d.skills());
  }

  @Test
  void theGapIsTheTopHardSkillsEachHeldToStrengthenOrMissingWithSoftSkillsApart() {
    Taxonomy t = TaxonomyFixture.taxonomy();
    int sql = c(t, SQL);
    int python = c(t, PYTHON);
    int tableau = c(t, TABLEAU);
    int statistics = c(t, STATISTICS);
    int teams = c(t, TEAMS);
    int time = c(t, TIME);
    RoleDemand demand = new RoleDemand(0, 10, RoleDemand.Basis.POSTINGS, List.of(
        new SkillDemand(sql, 0.9, 0.9, true), new SkillDemand(teams, 0.8, 0.8, false),
        new SkillDemand(python, 0.6, 0.7, false), new SkillDemand(tableau, 0.5, 0.5, false),
        new SkillDemand(time, 0.4, 0.4, false), new SkillDemand(statistics, 0.3, 0.3, true)));
    Gap g = new GapModel(t, 3).gap(demand, List.of(new LearnerSkill(sql, SkillSource.CV, 0.76),
        new LearnerSkill(python, SkillSource.IMPLIED, 0.4), new LearnerSkill(tableau, SkillSource.CV, 0.2),
        new LearnerSkill(statistics, SkillSource.BADGE, 1.0)));
    assertEquals(List.of(
        new GapSkill(sql, 0, 0.9, 0.9, 0.76, SkillStatus.HELD),
        new GapSkill(python, 0.6 * 0.6, 0.6, 0.7, 0.4, SkillStatus.STRENGTHEN),
        new GapSkill(tableau, 0.5, 0.5, 0.5, 0.2, SkillStatus.MISSING)), g.top(),
        "three hard skills; statistics is held but fourth, so outside the gap's three");
    assertEquals(List.of(
        new GapSkill(teams, 0.8, 0.8, 0.8, 0, SkillStatus.MISSING),
        new GapSkill(time, 0.4, 0.4, 0.4, 0, SkillStatus.MISSING)), g.soft());
    assertEquals(List.of(tableau, python), g.gap().stream().map(GapSkill::concept).toList(), "largest weight first");
    assertEquals(List.of(sql), g.strengths().stream().map(GapSkill::concept).toList(), "a strength is never also a gap");
    assertEquals(0.36 + 0.5, g.totalWeight(), 1e-12, "soft skills do not count");
    assertEquals((2.0 - 0.86) / 2.0, g.shareMet(), 1e-12);
    assertEquals((2.0 - 0.86 + 0.5) / 2.0, g.shareMetAfter(0.5), 1e-12);
  }

  @Test
  void statusThresholds() {
    assertEquals(SkillStatus.HELD, GapModel.status(GapModel.HELD));
    assertEquals(SkillStatus.STRENGTHEN, GapModel.status(0.49));
    assertEquals(SkillStatus.STRENGTHEN, GapModel.status(GapModel.PARTIAL));
    assertEquals(SkillStatus.MISSING, GapModel.status(0.24));
  }

  @Test
  void partialCreditFlowsToBroaderAndCuratedSkills() throws Exception {
    Taxonomy t = TaxonomyFixture.taxonomy();
    SkillImplications imp = SkillImplications.load(t);
    int postgres = t.indexOf("http://data.europa.eu/esco/skill/a8d07b5a-c1a1-42c6-9d53-db9c7a2ca996");
    int sql = t.indexOf(SQL);
    assertTrue(imp.impliedBy(postgres).contains(new SkillImplications.Implied(sql, 0.5)));
    int dbms = t.broader(postgres)[0];
    assertTrue(imp.impliedBy(postgres).stream().anyMatch(i -> i.concept() == dbms && i.weight() == SkillImplications.BROADER_CREDIT));
  }
}
