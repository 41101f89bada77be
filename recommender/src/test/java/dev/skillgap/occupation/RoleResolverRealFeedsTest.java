package dev.skillgap.occupation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skillgap.io.SkillgapHome;
import dev.skillgap.occupation.eval.RealTitles;
import dev.skillgap.occupation.eval.RoleEvaluator;
import dev.skillgap.occupation.eval.RoleJudgments;
import dev.skillgap.occupation.eval.RoleScores;
import dev.skillgap.occupation.eval.TitleKey;
import dev.skillgap.taxonomy.TaxonomyFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Title resolution on the real feeds in {@code ../shared/data/real}, scored against the committed
 * judgements ({@code eval/role-judgments.md}), with floors at the figures measured when the
 * resolver last changed: a change that loses coverage or precision fails here. Skips, saying so,
 * where the licensed files are absent.
 */
class RoleResolverRealFeedsTest {

  static RoleEvaluator evaluator;
  static RoleJudgments judgments;

  @BeforeAll
  static void load() throws Exception {
    evaluator = new RoleEvaluator(TaxonomyFixture.taxonomy(), new RoleResolver(TaxonomyFixture.taxonomy()));
    judgments = RoleJudgments.loadDefault();
  }

  static RoleScores score(String source, Path file, List<String> titles) {
    return score(source, file, titles, judgments, true);
  }

  static RoleScores score(String source, Path file, List<String> titles, RoleJudgments judged, boolean errors) {
    RoleScores s = evaluator.evaluate(source, titles, judged);
    System.out.println(s.summary());
    for (RoleScores.RoleError e : errors ? s.errors() : List.<RoleScores.RoleError>of()) {
      System.out.println("  " + e.outcome() + " '" + e.title() + "' -> " + (e.resolved().isEmpty() ? "<none>" : e.resolved())
          + " (judged " + (e.judged().isEmpty() ? "none" : e.reason()) + ")");
    }
    assertEquals(0, s.unmatchedJudgments(), "judgements whose title is not in " + file + ": a changed file or TitleKey");
    return s;
  }

  static Path real(String name) {
    Path f = SkillgapHome.realData().resolve(name);
    Assumptions.assumeTrue(Files.isRegularFile(f), "no real feed at " + f + ": skipping its evaluation");
    return f;
  }

  @Test
  void nhsJobBoard() throws Exception {
    Path f = real("nhs-jobs-2020-part1.jsonl");
    RoleScores s = score("nhs", f, RealTitles.jsonLines(f));
    assertEquals(200, s.judgedTitles());
    assertTrue(s.coverage() >= 0.77 && s.precision() >= 0.96, s.summary());
  }

  /**
   * The held-out titles, scored for the record: their errors are not printed, since the sample is
   * for measuring and never for tuning (role-judgments.md); the floors only catch a collapse.
   */
  @Test
  void heldOutTitles() throws Exception {
    RoleJudgments heldOut = RoleJudgments.loadHeldOut();
    Path nhs = real("nhs-jobs-2020-part1.jsonl");
    Path google = real("google-job-skills-2018/job_skills.csv");
    RoleScores n = score("nhs", nhs, RealTitles.jsonLines(nhs), heldOut, false);
    RoleScores g = score("google", google, RealTitles.csv(google, "Title"), heldOut, false);
    assertEquals(List.of(100, 60), List.of(n.judgedTitles(), g.judgedTitles()));
    assertTrue(n.precision() >= 0.9 && g.precision() >= 0.5, n.summary() + "; " + g.summary());
  }

  @Test
  void googleCareers() throws Exception {
    Path f = real("google-job-skills-2018/job_skills.csv");
    RoleScores s = score("google", f, RealTitles.csv(f, "Title"));
    assertEquals(140, s.judgedTitles());
    assertTrue(s.coverage() >= 0.35 && s.precision() >= 0.83, s.summary());
  }
}
