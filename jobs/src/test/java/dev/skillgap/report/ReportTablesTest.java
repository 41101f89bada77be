package dev.skillgap.report;

import static dev.skillgap.report.ReportFixtures.ANALYST;
import static dev.skillgap.report.ReportFixtures.CARE;
import static dev.skillgap.report.ReportFixtures.KUBE;
import static dev.skillgap.report.ReportFixtures.NURSE;
import static dev.skillgap.report.ReportFixtures.PYTHON;
import static dev.skillgap.report.ReportFixtures.SQL;
import static dev.skillgap.report.ReportFixtures.TEAM;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.skillgap.rank.Coverage;
import dev.skillgap.rank.LearnerView;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ReportTablesTest {

  final ReportInput in = ReportFixtures.week(false);

  static String lines(String... l) {
    return String.join("\r\n", l) + "\r\n";
  }

  @Test
  void skillDemandRanksTopSkillsPerRoleRegionAndType() {
    assertEquals(lines(
        "role_uri,role,region,skill_type,rank,skill_uri,skill,skill_kind,postings,required_postings,total_postings,share",
        "*,all occupations,all regions,hard,1," + SQL + ",SQL,knowledge,3,2,4,0.75",
        "*,all occupations,all regions,hard,2," + PYTHON + ",Python,knowledge,2,1,4,0.5",
        "*,all occupations,all regions,soft,1," + TEAM + ",teamwork,skill,2,0,4,0.5",
        "*,all occupations,Berlin,hard,1," + SQL + ",SQL,knowledge,1,1,1,1",
        ANALYST + ",data analyst,all regions,hard,1," + SQL + ",SQL,knowledge,3,2,3,1",
        ANALYST + ",data analyst,all regions,hard,2," + PYTHON + ",Python,knowledge,2,1,3,0.6667",
        ANALYST + ",data analyst,all regions,soft,1," + TEAM + ",teamwork,skill,1,0,3,0.3333",
        ANALYST + ",data analyst,Berlin,hard,1," + SQL + ",SQL,knowledge,1,1,1,1",
        NURSE + ",nurse,all regions,hard,1," + CARE + ",patient care,skill,1,1,1,1",
        NURSE + ",nurse,all regions,soft,1," + TEAM + ",teamwork,skill,1,0,1,1"),
        Csv.write(ReportTables.skillDemand(in.demand(), 15)));
    Table top1 = ReportTables.skillDemand(in.demand(), 1);
    assertEquals(8, top1.rows().size(), "one skill per role, region and type");
    assertEquals(List.of("SQL", "teamwork", "SQL", "SQL", "teamwork", "SQL", "patient care", "teamwork"),
        top1.rows().stream().map(r -> r.get(top1.column("skill"))).toList());
  }

  @Test
  void postingsWithoutAnOccupationAreTheirOwnRole() {
    Table t = ReportTables.skillDemand(List.of(
        new DemandRow("", null, "", SQL, "SQL", "hard", "knowledge", 2, 0, 5, 0.4),
        new DemandRow("*", "all occupations", "", SQL, "SQL", "hard", "knowledge", 9, 0, 20, 0.45)), 15);
    assertEquals(List.of("all occupations", "role not recognised"),
        t.rows().stream().map(r -> r.get(t.column("role"))).toList());
  }

  @Test
  void trendsKeepRisingAndFallingSkillsOnly() {
    assertEquals(lines("role_uri,role,skill_uri,skill,skill_type,status,share,previous_share,change,weeks_compared",
        "*,all occupations," + SQL + ",SQL,hard,rising,0.75,0.5,0.25,2",
        "*,all occupations," + TEAM + ",teamwork,soft,falling,0.5,0.8,-0.3,2",
        ANALYST + ",data analyst," + PYTHON + ",Python,hard,rising,0.6667,0.25,0.4167,2"),
        Csv.write(ReportTables.skillTrends(in.trends())));
  }

  @Test
  void aCohortsMeanGapWeightHasTheSameBitsWhateverTheOrderOfItsRows() {
    // weights whose sum in collected order took two values over 30 shuffles (0.5944499999999999 and 0.59445)
    double[] weights = {0.6567, 0.6499, 0.1709, 0.9003};
    List<GapRow> rows = new ArrayList<>();
    for (int i = 0; i < weights.length; i++) {
      rows.add(new GapRow("L" + i, ANALYST, "data analyst", SQL, "SQL", "hard", weights[i], true, true));
    }
    java.util.Set<Double> means = new java.util.HashSet<>();
    Random r = new Random(5);
    for (int trial = 0; trial < 30; trial++) {
      Table t = ReportTables.cohortGaps(shuffle(rows, r));
      means.add((Double) t.rows().get(0).get(t.column("mean_weight")));
    }
    assertEquals(1, means.size(), means.toString());
  }

  @Test
  void cohortGapsCountLearnersPerRoleAndTheHeatmapTakesTheMostSharedSkills() {
    Table gaps = ReportTables.cohortGaps(in.gaps());
    assertEquals(lines("role_uri,role,skill_uri,skill,skill_type,learners_in_role,learners_with_gap,gap_share,"
            + "mean_weight,taught_in_catalog",
        ANALYST + ",data analyst," + SQL + ",SQL,hard,2,2,1,0.5,true",
        ANALYST + ",data analyst," + KUBE + ",Kubernetes,hard,2,1,0.5,0.2,true",
        NURSE + ",nurse," + CARE + ",patient care,hard,1,1,1,0.9,true"), Csv.write(gaps),
        "held python and soft teamwork are no gap; L1 still counts among the analysts");
    Heatmap h = ReportTables.heatmap(gaps, 12);
    assertEquals(List.of("data analyst", "nurse"), h.roles());
    assertEquals(List.of(2L, 1L), h.learners());
    assertEquals(List.of("SQL", "Kubernetes", "patient care"), h.skills());
    assertEquals(List.of(List.of(1.0, 0.5, 0.0), List.of(0.0, 0.0, 1.0)), h.values());
    assertEquals(List.of("SQL", "Kubernetes"), ReportTables.heatmap(gaps, 2).skills());
  }

  @Test
  void credentialsCountLearnersAndTheShareOfTheGapTheyClose() {
    assertEquals(lines("role_uri,role,credential_id,credential,provider,recommended_to,mean_rank,mean_gap_closed,"
            + "total_gap_closed,hours,cost,currency",
        "*,all occupations,https://a.example/sql,SQL for Data Analysis,Academy A,2,1,0.875,1.75,20,149,GBP",
        "*,all occupations,c-care,Care certificate,Care Co,1,1,0.9,0.9,,,",
        "*,all occupations,c-kube,Containers in a Day,Academy B,1,2,0.25,0.25,2,0,",
        ANALYST + ",data analyst,https://a.example/sql,SQL for Data Analysis,Academy A,2,1,0.875,1.75,20,149,GBP",
        ANALYST + ",data analyst,c-kube,Containers in a Day,Academy B,1,2,0.25,0.25,2,0,",
        NURSE + ",nurse,c-care,Care certificate,Care Co,1,1,0.9,0.9,,,"),
        Csv.write(ReportTables.recommendedCredentials(in.recommendations(), ReportTables.roles(in.learners()))));
  }

  @Test
  void learnerCoverageSumsEachCourseList() {
    assertEquals(lines("learner_id,role_uri,role,status,gap_skills,gap_closed,gap_left,credentials,hours,cost,"
            + "currency,cost_by_currency,uncovered_skills,strengths,top_skills,share_met,share_met_with_list,page",
        "L1," + ANALYST + ",data analyst,ok,2,1,0,2,22,149,GBP,GBP 149,0,1,3,0.4,0.9,learners/L1.html",
        "L2," + ANALYST + ",data analyst,ok,1,1,0,1,20,149,GBP,GBP 149,0,0,1,0.4,0.9,learners/L2.html",
        "L3," + NURSE + ",nurse,ok,1,0.9,0.1,1,12.5,0,,,0,1,2,0.4,0.9,learners/L3.html",
        "L4,,role not recognised,unknown-role,0,,,0,0,0,,,0,0,,,,learners/L4.html"),
        Csv.write(ReportTables.learnerCoverage(in.learners())));
    Coverage.Reason asked = Coverage.Reason.ASKED_IN_POSTINGS;
    List<LearnerView> mixed = List.of(ReportFixtures.doc("M1", "data analyst", ANALYST, "data analyst", List.of(
        ReportFixtures.rec(1, "a", "A", "P", 1.0, 100.0, "GBP", 0.5, 0.5, SQL, "SQL", asked, 1.0, false),
        ReportFixtures.rec(2, "b", "B", "P", 2.0, 50.5, "EUR", 0.2, 0.3, KUBE, "Kubernetes", asked, 1.0, false),
        ReportFixtures.rec(3, "c", "C", "P", 3.0, 20.0, "GBP", 0.1, 0.2, PYTHON, "Python", asked, 1.0, false)),
        List.of()));
    assertEquals("M1," + ANALYST + ",data analyst,ok,3,0.8,0.2,3,6,,EUR/GBP,EUR 50.5; GBP 120,0,0,3,0.4,0.9,"
        + "learners/M1.html\r\n",
        Csv.write(ReportTables.learnerCoverage(mixed)).split("\r\n", 2)[1], "no sum across currencies");
  }

  @Test
  void taxonomyCandidatesMostFrequentFirst() {
    assertEquals(lines("phrase,occurrences,postings,example_posting_id,nearest_label,nearest_uri,nearest_similarity",
        "data storytelling,5,3,p-1,SQL," + SQL + ",0.61", "power query,2,2,p-2,,,", "tableau prep,2,1,p-3,,,"),
        Csv.write(ReportTables.taxonomyCandidates(in.unlinked())));
  }

  @Test
  void tablesDoNotDependOnRowOrder() {
    Random r = new Random(7);
    for (int i = 0; i < 5; i++) {
      ReportInput s = new ReportInput(in.week(), in.comparedWeeks(), in.postings(), shuffle(in.demand(), r),
          shuffle(in.trends(), r), shuffle(in.gaps(), r), shuffle(in.recommendations(), r), shuffle(in.unlinked(), r),
          new UnrecognisedTitles(in.unrecognised().postings(), shuffle(in.unrecognised().titles(), r)),
          shuffle(in.learners(), r), in.credentials());
      assertEquals(WeeklyReport.tables(in), WeeklyReport.tables(s));
    }
  }

  static <T> List<T> shuffle(List<T> l, Random r) {
    List<T> c = new ArrayList<>(l);
    Collections.shuffle(c, r);
    return c;
  }
}
