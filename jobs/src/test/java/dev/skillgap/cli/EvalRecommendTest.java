package dev.skillgap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skillgap.taxonomy.TaxonomyFixture;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code eval recommend} on data-samples: every part of the evaluation is printed, with figures in range. */
class EvalRecommendTest {

  static double number(String out, String regex) {
    Matcher m = Pattern.compile(regex).matcher(out);
    assertTrue(m.find(), regex + " in\n" + out);
    return Double.parseDouble(m.group(1));
  }

  @Test
  void gapsPlansForecastAndPlannerAreMeasured(@TempDir Path dir) throws Exception {
    Path recs = dir.resolve("recs.jsonl");
    CliTest.Run r = ExtractCommandTest.run("eval", "recommend", "--taxonomy", TaxonomyFixture.compiled().toString(),
        "--lexical-only", "--synthetic-credentials", "300", "--planner-instances", "30", "--min-next-postings", "3",
        "-o", recs.toString());
    assertEquals(0, r.code(), r.err());
    String out = r.out();
    assertTrue(out.contains("== catalogue: 200 credentials"), out);
    assertTrue(out.contains("== synthetic catalogue: 300 credentials (seed 2026)"), out);
    assertEquals(65, number(out, "gaps: \\d+ of (\\d+) learners"), "L066 has nothing to measure and is rejected");
    double medianGap = number(out, "gap skills median (\\d+)");
    assertTrue(medianGap >= 1 && medianGap <= 15, "the gap is capped at --top-skills 15: " + medianGap);
    double closed = number(out, "close a median ([\\d.]+)%");
    assertTrue(closed > 0 && closed <= 100, out);
    assertTrue(number(out, "demand forecast: (\\d+) role-weeks") > 0, "data-samples has four weeks of postings");
    double precision = number(out, "precision@15 of the gap's skills: mean ([\\d.]+)");
    assertTrue(precision > 0 && precision <= 1, out);
    assertTrue(number(out, "over 30 random instances: mean ([\\d.]+)") >= 0.9, out);
    assertEquals(65, ExtractCommandTest.lines(recs).size(), "one document per learner read");
  }

  @Test
  void namedInputsNeedLearners() {
    CliTest.Run r = ExtractCommandTest.run("eval", "recommend", "--taxonomy", TaxonomyFixture.compiled().toString(),
        "--postings", "data-samples/postings");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("--learners is needed"), r.err());
  }
}
