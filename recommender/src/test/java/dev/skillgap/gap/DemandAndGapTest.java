package dev.skillgap.gap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skillgap.extract.Requirement;
import dev.skillgap.taxonomy.Occupation;
import dev.skillgap.taxonomy.Taxonomy;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DemandAndGapTest {

  static final LocalDate NOW = LocalDate.of(2026, 11, 26);

  @Test
  void demandBlendsPostingsWithTheOccupationPrior() {
    Taxonomy t = GapFixture.taxonomy();
    int analyst = t.occupationIndexOf("http://data.europa.eu/esco/occupation/d3edb8f8-3a06-47a0-8fb9-9b212c006aa2");
    Occupation occ = t.occupation(analyst);
    int essential = occ.essentialSkills()[0];
    int sql = t.indexOf("http://data.europa.eu/esco/skill/598de5b0-5b58-4ea7-8058-a4bc4d18c742");
    int tableau = t.indexOf("onet-tech:tableau");
    List<PostingSkills> postings = List.of(
        new PostingSkills("p1", analyst, NOW, List.of(new PostingSkills.Asked(sql, Requirement.REQUIRED, 0.9),
            new PostingSkills.Asked(tableau, Requirement.PREFERRED, 0.9))),
        new PostingSkills("p2", analyst, NOW, List.of(new PostingSkills.Asked(sql, Requirement.REQUIRED, 0.9))),
        new PostingSkills("p3", analyst, NOW.minusWeeks(4), List.of(new PostingSkills.Asked(tableau, Requirement.REQUIRED, 0.9))),
        new PostingSkills("other", analyst + 1, NOW, List.of(new PostingSkills.Asked(sql, Requirement.REQUIRED, 0.9))));
    RoleDemand d = new DemandModel(t).demand(analyst, postings, NOW);
    assertEquals(3, d.postings());
    double w = 2.5; // two postings this week (1 each) and one four weeks old (0.5)
    assertEquals(w / (w + DemandModel.PRIOR_POSTINGS), d.postingWeight(), 1e-9);
    assertEquals(1.0, d.postingWeight() + d.priorWeight(), 1e-12);
    Map<Integer, SkillDemand> by = d.skills().stream().collect(Collectors.toMap(SkillDemand::concept, Function.identity()));
    assertEquals(2 / 2.5, by.get(sql).fromPostings(), 1e-9);
    assertEquals(2 / 3.0, by.get(sql).postingShare(), 1e-9);
    assertEquals((DemandModel.PREFERRED + 0.5) / 2.5, by.get(tableau).fromPostings(), 1e-9);
    SkillDemand prior = by.get(essential);
    assertEquals(DemandModel.ESSENTIAL, prior.fromPrior(), 1e-9);
    assertEquals(d.postingWeight() * prior.fromPostings() + d.priorWeight() * DemandModel.ESSENTIAL, prior.demand(), 1e-9);
    for (int i = 1; i < d.skills().size(); i++) {
      assertTrue(d.skills().get(i - 1).demand() >= d.skills().get(i).demand());
    }
  }

  @Test
  void theSamePostingsInAnyOrderGiveTheSameBits() {
    // Spark hands a role's rows to the demand model in an order that changes with the partitioning
    Taxonomy t = GapFixture.taxonomy();
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
  void noPostingsMeansThePriorAlone() {
    Taxonomy t = GapFixture.taxonomy();
    int occ = t.occupationIndexOf("http://data.europa.eu/esco/occupation/0b15375e-dfdd-4047-9efb-096e0aaee7d2");
    RoleDemand d = new DemandModel(t).demand(occ, List.of(), NOW);
    assertEquals(0, d.postings());
    assertEquals(1.0, d.priorWeight(), 1e-12);
    assertEquals(t.occupation(occ).essentialSkills().length
        + java.util.Arrays.stream(t.occupation(occ).optionalSkills())
            .filter(s -> java.util.Arrays.stream(t.occupation(occ).essentialSkills()).noneMatch(e -> e == s)).count(),
        d.skills().size());
  }

  @Test
  void gapWeighsDemandByWhatIsMissing() {
    RoleDemand demand = new RoleDemand(0, 10, 0.8, 0.2, List.of(
        new SkillDemand(1, 0.9, 0.9, 0.9, 0.6), new SkillDemand(2, 0.5, 0.5, 0.5, 0), new SkillDemand(3, 0.3, 0.3, 0.3, 0)));
    Gap g = new GapModel().gap(demand, List.of(new LearnerSkill(1, SkillSource.CV, 0.9),
        new LearnerSkill(2, SkillSource.IMPLIED, 0.4), new LearnerSkill(7, SkillSource.BADGE, 1.0)));
    // weights: skill 1 0.9 x 0.1 = 0.09, skill 2 0.5 x 0.6 = 0.3, skill 3 0.3 x 1 = 0.3
    assertEquals(List.of(2, 3, 1), g.gap().stream().map(GapSkill::concept).toList());
    assertEquals(0.5 * 0.6, g.gap().get(0).weight(), 1e-9);
    assertEquals(0.09 + 0.3 + 0.3, g.totalWeight(), 1e-9);
    Gap none = new GapModel().gap(demand, List.of(new LearnerSkill(1, SkillSource.BADGE, 1.0),
        new LearnerSkill(2, SkillSource.BADGE, 1.0), new LearnerSkill(3, SkillSource.CV, 0.9)));
    assertEquals(List.of(), none.gap(), "0.3 x 0.1 = 0.03 is below MIN_WEIGHT");
    assertEquals(List.of(1), g.strengths().stream().map(GapSkill::concept).toList());
  }

  @Test
  void partialCreditFlowsToBroaderAndCuratedSkills() throws Exception {
    Taxonomy t = GapFixture.taxonomy();
    SkillImplications imp = SkillImplications.load(t);
    int postgres = t.indexOf("http://data.europa.eu/esco/skill/a8d07b5a-c1a1-42c6-9d53-db9c7a2ca996");
    int sql = t.indexOf("http://data.europa.eu/esco/skill/598de5b0-5b58-4ea7-8058-a4bc4d18c742");
    assertTrue(imp.impliedBy(postgres).contains(new SkillImplications.Implied(sql, 0.5)));
    int dbms = t.broader(postgres)[0];
    assertTrue(imp.impliedBy(postgres).stream().anyMatch(i -> i.concept() == dbms && i.weight() == SkillImplications.BROADER_CREDIT));
  }
}
