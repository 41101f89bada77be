package dev.skillgap.pipeline.eval;

import static dev.skillgap.pipeline.eval.PoolFixtures.PYTHON;
import static dev.skillgap.pipeline.eval.PoolFixtures.TEAMWORK;
import static dev.skillgap.pipeline.eval.PoolFixtures.WOUND_CARE;
import static dev.skillgap.pipeline.eval.PoolFixtures.pair;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.skillgap.io.CuratedTable;
import dev.skillgap.taxonomy.Concept;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PoolScoresTest {

  static final String TEXT = "Experience of wound care.\nTeamwork matters here.\nSome Python.";
  static final String K1 = "1111111111111111";
  static final String K2 = "2222222222222222";
  static final String K3 = "3333333333333333";

  static PoolPair p(String posting, Concept c) {
    String phrase = c == WOUND_CARE ? "wound care" : c == TEAMWORK ? "Teamwork" : "Python";
    return pair("nhs", posting, c, TEXT, phrase);
  }

  /** Three postings giving 3, 2 and 0 skills; four of the five pairs drawn. */
  static SourcePool pool() {
    List<PoolPair> at = List.of(p(K1, WOUND_CARE), p(K1, TEAMWORK), p(K1, PYTHON), p(K2, WOUND_CARE), p(K2, TEAMWORK));
    return new SourcePool("nhs", 10, 0, List.of(new SourcePool.SampledPosting(K1, 3),
        new SourcePool.SampledPosting(K2, 2), new SourcePool.SampledPosting(K3, 0)), at,
        List.of(at.get(0), at.get(1), at.get(2), at.get(4)));
  }

  static DemandJudgments judgments(String... lines) throws IOException {
    List<CuratedTable.Line> ls = new java.util.ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      ls.add(DemandJudgmentsTest.line(i + 1, lines[i]));
    }
    return DemandJudgments.of("t.tsv", ls);
  }

  @Test
  void precisionOverallHardAndSoftOverTheDrawnPairsJudgedAndWhatIsNotCounted() throws IOException {
    DemandJudgments j = judgments(
        "nhs\t" + K1 + "\t" + WOUND_CARE.id() + "\tright",
        "nhs\t" + K1 + "\t" + TEAMWORK.id() + "\twrong\tEMPLOYER_TEXT",
        "nhs\t" + K1 + "\t" + PYTHON.id() + "\twrong\tAMBIGUOUS_WORD",
        // given at the cut-off but not drawn
        "nhs\t" + K2 + "\t" + WOUND_CARE.id() + "\tright",
        // no longer given (or a key that changed)
        "nhs\t" + K3 + "\t" + WOUND_CARE.id() + "\twrong\tOTHER",
        // another feed
        "google\t" + K1 + "\t" + PYTHON.id() + "\tright");
    PoolScores s = PoolScores.score("nhs", List.of(pool()), j);
    assertEquals(List.of(10, 3, 5, 3, 2), List.of(s.postings(), s.sampledPostings(), s.pairsAtCutoff(), s.hardAtCutoff(),
        s.softAtCutoff()));
    assertEquals(5.0 / 3, s.skillsMean(), 1e-12);
    assertEquals(2.0, s.skillsMedian());
    assertEquals(List.of(4, 3, 1, 1, 1), List.of(s.drawn(), s.judged(), s.unjudged(), s.judgedOutsideDraw(),
        s.judgedNotReturned()));
    assertEquals(new Proportion(1, 3), s.precision());
    assertEquals(new Proportion(1, 2), s.hard());
    assertEquals(new Proportion(0, 1), s.soft());
    assertEquals(Map.of(FailureCategory.AMBIGUOUS_WORD, 1, FailureCategory.EMPLOYER_TEXT, 1), s.categories());
    assertEquals("""
        nhs: 3 postings sampled of 10; 5 pairs at the cut-off (3 hard, 2 soft); skills per posting mean 1.67, median 2.0
          4 pairs drawn: 3 judged, 1 unjudged; judgements not counted: 1 outside the draw, 1 of pairs this run does not give
          precision 0.333 [0.061, 0.792] (1/3); hard 0.500 [0.095, 0.905] (1/2); soft 0.000 [0.000, 0.793] (0/1)
          wrong by category: {AMBIGUOUS_WORD=1, EMPLOYER_TEXT=1}
        """, s.summary());
  }

  @Test
  void feedsPooledCountEachDrawnPairOnceAndTheMedianOfAnEvenCountIsTheMeanOfTheMiddleTwo() throws IOException {
    SourcePool other = new SourcePool("google", 4, 0, List.of(new SourcePool.SampledPosting(K1, 7)),
        List.of(pair("google", K1, PYTHON, TEXT, "Python")), List.of(pair("google", K1, PYTHON, TEXT, "Python")));
    DemandJudgments j = judgments("nhs\t" + K1 + "\t" + WOUND_CARE.id() + "\tright",
        "google\t" + K1 + "\t" + PYTHON.id() + "\tright");
    List<PoolScores> all = DemandEvaluator.scores(List.of(pool(), other), j);
    assertEquals(List.of("nhs", "google", "all"), all.stream().map(PoolScores::name).toList());
    PoolScores pooled = all.get(2);
    assertEquals(List.of(14, 4, 6, 5, 2), List.of(pooled.postings(), pooled.sampledPostings(), pooled.pairsAtCutoff(),
        pooled.drawn(), pooled.judged()));
    assertEquals(new Proportion(2, 2), pooled.precision());
    assertEquals(2.5, pooled.skillsMedian(), "3, 2, 0 and 7: between 2 and 3");
    assertEquals(0, PoolScores.score("none", List.of(), DemandJudgments.none()).skillsMean());
  }
}
