package dev.skillgap.gap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skillgap.gap.eval.RealTitles;
import dev.skillgap.gap.eval.RoleEvaluator;
import dev.skillgap.gap.eval.RoleJudgments;
import dev.skillgap.gap.eval.RoleScores;
import dev.skillgap.io.SkillgapHome;
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
    RoleScores s = evaluator.evaluate(source, titles, judgments);
    System.out.println(s.summary());
    for (RoleScores.RoleError e : s.errors()) {
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
    assertTrue(s.coverage() >= 0.65 && s.precision() >= 0.95, s.summary());
  }

  @Test
  void googleCareers() throws Exception {
    Path f = real("google-job-skills-2018/job_skills.csv");
    RoleScores s = score("google", f, RealTitles.csv(f, "Title"));
    assertEquals(140, s.judgedTitles());
    assertTrue(s.coverage() >= 0.35 && s.precision() >= 0.83, s.summary());
  }
}
