package dev.skillgap.rank;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * Measures what learners are shown: how long their gap is and how much of it the recommended
 * credentials close. Issue 16's targets: a median gap of at most 15 skills, and the plan closing
 * at least 60% of the weighted gap for the median learner. Only learners with a resolved role and a
 * gap are measured (the others get no list). Pure.
 */
public final class RecommendationEvaluator {

  private RecommendationEvaluator() {}

  /**
   * The figures over a cohort.
   *
   * @param learners learners read
   * @param measured learners with a resolved role and a non-empty gap
   * @param gapSizes each measured learner's gap size (skills missing or to strengthen), ascending
   * @param closed each measured learner's share of the weighted gap the plan closes, ascending
 * @param taught each measured learner's share of the weighted gap some credential of the catalogue
 *     teaches at all, ascending: what any number of credentials could at best close
   * @param shareMet each measured learner's share of the top skills' demand met now, ascending
   * @param shareMetWithPlan the same after the plan, ascending
   * @param aboutRole the {@link PlanOption#relevance relevance} of every recommended credential, ascending
   * @param withoutCourse measured learners for whom no credential of the catalogue closes anything
   */
  public record Result(int learners, int measured, List<Integer> gapSizes, List<Double> closed, List<Double> taught,
      List<Double> shareMet,
      List<Double> shareMetWithPlan, List<Double> aboutRole, int withoutCourse) {

    /** The lower median of {@code sorted}; 0 when empty. */
    public static double median(List<? extends Number> sorted) {
      return sorted.isEmpty() ? 0 : sorted.get((sorted.size() - 1) / 2).doubleValue();
    }

    /** Share of measured learners whose plan closes at least {@code share} of their gap. */
    public double closingAtLeast(double share) {
      return closed.isEmpty() ? 0 : closed.stream().filter(c -> c >= share - 1e-12).count() / (double) closed.size();
    }

    /** Two lines: gap sizes and what the plans close. */
    public String summary() {
      return String.format(Locale.ROOT, "gaps: %d of %d learners measured (a role and a gap); gap skills median %.0f"
              + " (range %d-%d)%nplans: close a median %.1f%% of the weighted gap (%.1f%% of learners at least"
              + " 60%%; the catalogue teaches a median %.1f%% of it at all); demand met median %.1f%% now, %.1f%% with the plan; %d learners with no course that closes"
              + " anything; credentials about the role: median %.2f over %d picks%n", measured, learners,
          median(gapSizes), gapSizes.isEmpty() ? 0 : gapSizes.get(0),
          gapSizes.isEmpty() ? 0 : gapSizes.get(gapSizes.size() - 1), 100 * median(closed),
          100 * closingAtLeast(0.6), 100 * median(taught), 100 * median(shareMet), 100 * median(shareMetWithPlan), withoutCourse,
          median(aboutRole), aboutRole.size());
    }
  }

  /** The figures over {@code results}. */
  public static Result evaluate(List<LearnerResult> results) {
    List<LearnerResult> measured = results.stream()
        .filter(r -> r.role() != null && r.gap() != null && !r.gap().gap().isEmpty()).toList();
    List<Integer> sizes = new ArrayList<>(measured.stream().map(r -> r.gap().gap().size()).toList());
    sizes.sort(null);
    List<Double> about = new ArrayList<>();
    measured.forEach(r -> r.plan().steps().forEach(s -> about.add(s.option().relevance())));
    about.sort(null);
    int none = (int) measured.stream().filter(r -> r.plan().steps().isEmpty()).count();
    return new Result(results.size(), measured.size(), List.copyOf(sizes),
        sorted(measured, r -> r.plan().totalGap() <= 0 ? 0 : r.plan().covered() / r.plan().totalGap()),
        sorted(measured, RecommendationEvaluator::taught),
        sorted(measured, r -> r.gap().shareMet()), sorted(measured, LearnerResult::shareMetWithPlan), List.copyOf(about),
        none);
  }

  /** Share of {@code r}'s gap weight in skills some credential teaches. */
  static double taught(LearnerResult r) {
    double total = r.gap().gap().stream().mapToDouble(g -> g.weight()).sum();
    double untaught = r.uncovered().stream().mapToDouble(g -> g.weight()).sum();
    return total <= 0 ? 0 : Math.max(0, (total - untaught) / total);
  }

  private static List<Double> sorted(List<LearnerResult> rs, ToDoubleFunction<LearnerResult> f) {
    List<Double> out = new ArrayList<>();
    rs.forEach(r -> out.add(f.applyAsDouble(r)));
    out.sort(null);
    return List.copyOf(out);
  }
}
