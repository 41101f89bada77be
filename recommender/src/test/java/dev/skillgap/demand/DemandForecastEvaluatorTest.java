package dev.skillgap.demand;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.skillgap.extract.Requirement;
import dev.skillgap.demand.eval.DemandForecastEvaluator;
import dev.skillgap.taxonomy.Taxonomy;
import dev.skillgap.taxonomy.TaxonomyFixture;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DemandForecastEvaluatorTest {

  static final String ANALYST = "http://data.europa.eu/esco/occupation/d3edb8f8-3a06-47a0-8fb9-9b212c006aa2";
  static final String SQL = "http://data.europa.eu/esco/skill/598de5b0-5b58-4ea7-8058-a4bc4d18c742";
  static final String PYTHON = "http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d";
  static final String TABLEAU = "onet-tech:tableau";
  static final LocalDate WEEK1 = LocalDate.of(2026, 11, 2); // a Monday

  static PostingSkills posting(String id, int occ, LocalDate day, int... concepts) {
    List<PostingSkills.Asked> asked = new ArrayList<>();
    for (int c : concepts) {
      asked.add(new PostingSkills.Asked(c, Requirement.REQUIRED, 0.9));
    }
    return new PostingSkills(id, occ, day, asked);
  }

  @Test
  void theGapFromTheWeeksBeforeIsScoredOnTheSkillsTheNextWeekDemands() {
    Taxonomy t = TaxonomyFixture.taxonomy();
    int analyst = t.occupationIndexOf(ANALYST);
    int sql = t.indexOf(SQL);
    int python = t.indexOf(PYTHON);
    int tableau = t.indexOf(TABLEAU);
    List<PostingSkills> postings = List.of(
        posting("a1", analyst, WEEK1, sql, python), posting("a2", analyst, WEEK1.plusDays(2), sql, python),
        posting("a3", analyst, WEEK1.plusDays(6), sql), // Sunday: still week 1
        posting("b1", analyst, WEEK1.plusDays(7), sql, tableau), posting("b2", analyst, WEEK1.plusDays(8), sql, tableau),
        posting("b3", analyst, WEEK1.plusDays(9), sql),
        posting("c1", analyst, WEEK1.plusDays(14), sql), posting("c2", analyst, WEEK1.plusDays(15), sql), // too few
        posting("unresolved", -1, WEEK1.plusDays(7), sql));
    DemandForecastEvaluator.Result r = new DemandForecastEvaluator(t, 2).run(postings, 3);
    assertEquals(1, r.rows().size(), "week 1 has nothing before it; week 3 has 2 postings, under 3");
    DemandForecastEvaluator.RoleWeek w = r.rows().get(0);
    assertEquals(WEEK1.plusDays(7), w.week());
    assertEquals(3, w.postingsBefore());
    assertEquals(3, w.postingsNext());
    assertEquals(List.of(sql, python), w.predicted());
    assertEquals(1, w.hits(), "week 2 asks for SQL and Tableau, not Python");
    assertEquals(0.5, r.meanPrecision(), 1e-12);
    assertEquals(0.5, r.pooledPrecision(), 1e-12);
    assertEquals(2, w.baselinePredicted().size(), "the analyst's two most specific essential hard skills");
  }
}
