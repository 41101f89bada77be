package dev.skillgap.rank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CoveragePlannerTest {

  static final int A = 1;
  static final int B = 2;
  static final int C = 3;
  static final int D = 4;
  final CoveragePlanner planner = new CoveragePlanner();

  static PlanOption opt(String id, double hours, int level, Map<Integer, Double> covers) {
    return new PlanOption(id, hours, 10, false, false, level, covers);
  }

  static List<String> ids(Plan p) {
    return p.steps().stream().map(s -> s.option().id()).toList();
  }

  @Test
  void coversTheMostGapForTheFewestHoursAndExplainsEachStep() {
    Map<Integer, Double> gap = Map.of(A, 0.6, B, 0.3, C, 0.1);
    List<PlanOption> options = List.of(
        opt("x", 10, 1, Map.of(A, 1.0, B, 1.0)),
        opt("y", 2, 1, Map.of(A, 1.0)),
        opt("z", 5, 1, Map.of(B, 1.0, C, 1.0)),
        opt("w", 1, 1, Map.of(D, 1.0)));
    Plan p = planner.plan(gap, options, new Budget(2, null, null));
    assertEquals(List.of("y", "z"), ids(p), "y+z and x+z both close everything; y+z takes 7 hours, not 15");
    assertEquals("exact", p.method());
    assertEquals(1.0, p.covered(), 1e-9);
    assertEquals(0.6, p.steps().get(0).gain(), 1e-9);
    assertEquals(0.4, p.steps().get(0).gapRemaining(), 1e-9);
    assertEquals(Map.of(B, 0.3, C, 0.1), p.steps().get(1).closes());
    assertEquals(0.0, p.steps().get(1).gapRemaining(), 1e-9);
    assertEquals(7, p.hours(), 1e-9);
  }

  @Test
  void neverCountsTheSameGapTwiceNorPicksWhatAddsNothing() {
    Map<Integer, Double> gap = Map.of(A, 0.5, B, 0.2);
    List<PlanOption> options = List.of(
        opt("a1", 3, 1, Map.of(A, 1.0)), opt("a2", 3, 1, Map.of(A, 1.0)), opt("a3", 4, 1, Map.of(A, 0.7)),
        opt("held", 1, 1, Map.of(D, 1.0)));
    Plan p = planner.plan(gap, options, new Budget(5, null, null));
    assertEquals(List.of("a1"), ids(p));
  }

  @Test
  void greedyDropsAPickThatLaterPicksMadeRedundant() {
    Map<Integer, Double> gap = Map.of(A, 1.0, B, 1.0, C, 1.0);
    List<PlanOption> options = List.of(
        opt("broad", 1, 1, Map.of(A, 0.8, B, 0.8, C, 0.8)), // gain 2.4: both greedy runs take it first
        opt("ab", 1, 1, Map.of(A, 1.0, B, 1.0)), // then 0.4
        opt("c", 1, 1, Map.of(C, 1.0))); // then 0.2, and broad closes nothing any more
    Plan p = planner.plan(gap, options, new Budget(3, null, null), CoveragePlanner.Strategy.GREEDY);
    assertEquals(List.of("ab", "c"), ids(p));
    assertEquals(3.0, p.covered(), 1e-9);
    assertTrue(p.steps().stream().allMatch(s -> s.gain() > 0));
  }

  @Test
  void aCredentialAboutTheRoleBeatsAnOffTopicOneTeachingTheSameSkillAndTheReportedGapStaysUndiscounted() {
    Map<Integer, Double> gap = Map.of(A, 0.6, B, 0.4);
    List<PlanOption> options = List.of(
        new PlanOption("off-topic-a", 2, 10, false, false, 1, Map.of(A, 1.0), 0.25), // fit 0.625: 0.375
        new PlanOption("about-role-a", 8, 10, false, false, 1, Map.of(A, 0.8), 1.0), // fit 1: 0.48
        new PlanOption("off-topic-b", 2, 10, false, false, 1, Map.of(B, 1.0), 0.0)); // only one for B: 0.2
    Plan p = planner.plan(gap, options, new Budget(2, null, null));
    assertEquals(List.of("about-role-a", "off-topic-b"), ids(p), "off-topic-b is still picked: nothing else teaches B");
    assertEquals(0.6 * 0.8 + 0.4, p.covered(), 1e-9, "the gap closed is reported as taught, not as discounted");
    assertEquals(Map.of(A, 0.6 * 0.8), p.steps().get(0).closes());
    assertThrows(IllegalArgumentException.class, () -> new PlanOption("x", 1, 1, false, false, 1, Map.of(A, 1.0), 1.5));
  }

  @Test
  void eachSkillIsCreditedToTheCourseThePlanValuesMostForItSoNoListedCourseClosesNothing() {
    Map<Integer, Double> gap = Map.of(A, 1.0, B, 1.0);
    List<PlanOption> options = List.of(
        new PlanOption("broad-tools", 35, 39, false, false, 1, Map.of(A, 1.0, B, 1.0), 0.48), // fit 0.74
        new PlanOption("a-for-the-role", 7, 50, false, false, 1, Map.of(A, 0.8), 1.0)); // 0.8 > 0.74 for A
    Plan p = planner.plan(gap, options, new Budget(5, null, null));
    assertEquals(List.of("broad-tools", "a-for-the-role"), ids(p));
    assertEquals(Map.of(B, 1.0), p.steps().get(0).closes(), "A is credited to the course about the role");
    assertEquals(Map.of(A, 0.8), p.steps().get(1).closes());
    assertEquals(1.8, p.covered(), 1e-9, "the closure of the courses each skill is recommended for");
    assertEquals(0.1, p.steps().get(1).gapRemaining(), 1e-9);
  }

  @Test
  void emptyGapGivesNoRecommendations() {
    Plan p = planner.plan(Map.of(), List.of(opt("x", 1, 1, Map.of(A, 1.0))), new Budget(5, null, null));
    assertTrue(p.steps().isEmpty());
  }

  @Test
  void foundationComesBeforeAdvancedOnTheSameSkills() {
    Map<Integer, Double> gap = Map.of(A, 0.4, B, 0.35, C, 0.25);
    PlanOption foundation = opt("sql-foundations", 10, 0, Map.of(A, 1.0, C, 1.0));
    PlanOption advanced = opt("advanced-sql", 20, 2, Map.of(A, 1.0, B, 1.0));
    Plan p = planner.plan(gap, List.of(advanced, foundation), new Budget(2, null, null));
    assertEquals(List.of("sql-foundations", "advanced-sql"), ids(p));
    assertEquals(0.65, p.steps().get(0).gain(), 1e-9);
    assertEquals(0.35, p.steps().get(1).gain(), 1e-9);
  }

  @Test
  void budgetsOfHoursAndCostAreRespected() {
    Map<Integer, Double> gap = Map.of(A, 0.6, B, 0.4);
    List<PlanOption> options = List.of(
        opt("long", 50, 1, Map.of(A, 1.0, B, 1.0)),
        opt("short-a", 8, 1, Map.of(A, 1.0)),
        new PlanOption("free-b-unknown-cost", 5, 0, false, true, 1, Map.of(B, 1.0)),
        new PlanOption("pricey-b", 5, 900, false, false, 1, Map.of(B, 1.0)));
    assertEquals(List.of("short-a", "free-b-unknown-cost"), ids(planner.plan(gap, options, new Budget(3, 20.0, null))));
    Plan capped = planner.plan(gap, options, new Budget(3, 20.0, 100.0));
    assertEquals(List.of("short-a"), ids(capped), "unknown cost cannot be shown to fit a cost limit");
    assertTrue(capped.cost() <= 100);
  }

  @Test
  void greedyStaysWithinTheoryOfTheOptimumOnRandomInstances() {
    long seed = Long.getLong("seed", System.nanoTime());
    for (int i = 0; i < 200; i++) {
      PlannerEvaluator.Instance inst = PlannerEvaluator.instance(seed + i);
      double best = PlannerEvaluator.objective(planner.plan(inst.gap(), inst.options(), inst.budget(),
          CoveragePlanner.Strategy.EXACT), inst.gap());
      Plan greedy = planner.plan(inst.gap(), inst.options(), inst.budget(), CoveragePlanner.Strategy.GREEDY);
      double got = PlannerEvaluator.objective(greedy, inst.gap());
      double bound = inst.budget().maxHours() == null ? 1 - 1 / Math.E : 0.5 * (1 - 1 / Math.E);
      assertTrue(got >= bound * best - 1e-9, "seed=" + (seed + i) + " greedy=" + got + " optimum=" + best);
      assertTrue(greedy.steps().size() <= inst.budget().maxCredentials(), "seed=" + (seed + i));
      assertTrue(greedy.hours() <= (inst.budget().maxHours() == null ? Double.MAX_VALUE : inst.budget().maxHours()),
          "seed=" + (seed + i));
    }
  }
}
