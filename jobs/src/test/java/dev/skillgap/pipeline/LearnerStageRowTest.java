package dev.skillgap.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.skillgap.catalog.Credential;
import dev.skillgap.catalog.Level;
import dev.skillgap.catalog.TaughtSkill;
import dev.skillgap.gap.Gap;
import dev.skillgap.gap.GapModel;
import dev.skillgap.gap.LearnerProfile;
import dev.skillgap.gap.LearnerSkill;
import dev.skillgap.occupation.ResolvedRole;
import dev.skillgap.demand.RoleDemand;
import dev.skillgap.demand.SkillDemand;
import dev.skillgap.gap.SkillSource;
import dev.skillgap.index.CredentialIndex;
import dev.skillgap.rank.Budget;
import dev.skillgap.rank.CoveragePlanner;
import dev.skillgap.rank.LearnerResult;
import dev.skillgap.rank.LearnerView;
import dev.skillgap.rank.Plan;
import dev.skillgap.rank.PlanOption;
import dev.skillgap.taxonomy.Taxonomy;
import dev.skillgap.taxonomy.TaxonomyFixture;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The weekly job's rows for one learner's gap, made without Spark from a gap measured by the library. */
class LearnerStageRowTest {

  static final String ANALYST = "http://data.europa.eu/esco/occupation/d3edb8f8-3a06-47a0-8fb9-9b212c006aa2";
  static final String SQL = "http://data.europa.eu/esco/skill/598de5b0-5b58-4ea7-8058-a4bc4d18c742";
  static final String PYTHON = "http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d";
  static final String TEAMS = "http://data.europa.eu/esco/skill/60c78287-22eb-4103-9c8c-28deaa460da0";
  static final String TABLEAU = "onet-tech:tableau";

  @Test
  void gapRowsAreTheTopSkillsWithTheirStatusThenTheSoftListWithTheSharesMet(@TempDir Path dir) throws Exception {
    Taxonomy t = TaxonomyFixture.taxonomy();
    int occ = t.occupationIndexOf(ANALYST);
    int sql = t.indexOf(SQL);
    int python = t.indexOf(PYTHON);
    int tableau = t.indexOf(TABLEAU);
    int teams = t.indexOf(TEAMS);
    RoleDemand demand = new RoleDemand(occ, 4, RoleDemand.Basis.POSTINGS, List.of(new SkillDemand(sql, 1.0, 1.0, true),
        new SkillDemand(teams, 0.5, 0.5, false), new SkillDemand(python, 0.5, 0.5, false),
        new SkillDemand(tableau, 0.25, 0.25, false)));
    List<LearnerSkill> held = List.of(new LearnerSkill(sql, SkillSource.CV, 0.8),
        new LearnerSkill(python, SkillSource.IMPLIED, 0.3));
    Gap gap = new GapModel(t, 3).gap(demand, held);
    Credential course = new Credential("py", "Python basics", "Academy", "", 10.0, 0.0, "EUR", Level.FOUNDATION, "online",
        "", List.of(new TaughtSkill(PYTHON, "Python (computer programming)", TaughtSkill.Source.ALIGNED, 1.0, "")),
        "test", "csv", "en");
    CredentialIndex index = CredentialIndex.build(dir.resolve("index"), List.of(course), t);
    Plan plan = new CoveragePlanner().plan(Map.of(python, 0.35, tableau, 0.25),
        List.of(new PlanOption("py", 10, 0, false, false, 0, Map.of(python, 1.0))), new Budget(3, null, null));
    LearnerResult r = new LearnerResult(new LearnerProfile("L1", "", "junior data analyst", "cv", List.of(), List.of(),
        List.of()), new ResolvedRole(occ, ANALYST, "data analyst", "exact-title", 1), held, gap, plan,
        List.of(gap.top().get(2)), dev.skillgap.rank.LearnerStatus.OK, List.of());

    Row row = LearnerStage.row(t, index, r);
    assertEquals(LearnerView.of(r, t, index::get), SerializedObjects.read((byte[]) row.get(1), LearnerView.class),
        "the view the report renders travels whole");
    Row rec = scala.jdk.javaapi.CollectionConverters.asJava(row.<Row>getSeq(4)).get(0);
    assertEquals(List.of(List.of(PYTHON, "Python (computer programming)", 0.35, 0.5,
        "Python (computer programming): asked for in 50% of data analyst postings (you have part of it)")),
        rows(rec.getSeq(11)), "what the credential covers and why, in words");

    // top demand 1 + 0.5 + 0.25 = 1.75; gap 0.5 x 0.7 + 0.25 = 0.6; the course closes 0.35
    double met = 0.6571; // (1.75 - 0.6) / 1.75
    double withPlan = 0.8571; // (1.75 - 0.6 + 0.35) / 1.75
    List<Object> head = List.of("L1", "junior data analyst", ANALYST, "data analyst", "ok");
    assertEquals(List.of(
        with(head, SQL, "SQL", "hard", 0.0, 1.0, 1.0, 0.8, null, 1, "held", false, met, withPlan),
        with(head, PYTHON, "Python (computer programming)", "hard", 0.35, 0.5, 0.5, 0.3, true, 2, "strengthen", true,
            met, withPlan),
        with(head, TABLEAU, "Tableau", "hard", 0.25, 0.25, 0.25, 0.0, false, 3, "missing", true, met, withPlan),
        with(head, TEAMS, "work in teams", "soft", 0.5, 0.5, 0.5, 0.0, null, 1, "missing", false, met, withPlan)),
        rows(row.getSeq(3)));
    assertEquals(LakeSchemas.GAPS.size(), rows(row.getSeq(3)).get(0).size(), "one value per column of the gaps table");
  }

  static List<Object> with(List<Object> head, Object... rest) {
    List<Object> out = new ArrayList<>(head);
    out.addAll(Arrays.asList(rest));
    return out;
  }

  static List<List<Object>> rows(scala.collection.Seq<Row> seq) {
    List<List<Object>> out = new ArrayList<>();
    for (Row r : scala.jdk.javaapi.CollectionConverters.asJava(seq)) {
      List<Object> values = new ArrayList<>();
      for (int i = 0; i < r.size(); i++) {
        values.add(r.get(i));
      }
      out.add(values);
    }
    return out;
  }
}
