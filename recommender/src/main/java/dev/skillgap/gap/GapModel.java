package dev.skillgap.gap;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The gap between a role's demand and a learner's skills: each demanded skill weighs demand x (1 -
 * proficiency); skills whose weight is below {@link #MIN_WEIGHT} are not a gap, and skills held
 * with proficiency of at least {@link #STRENGTH} are strengths. Pure and thread-safe.
 */
public final class GapModel {

  /** Gap weights below this are noise, not a gap. */
  public static final double MIN_WEIGHT = 0.05;
  /** Proficiency from which a demanded skill counts as a strength. */
  public static final double STRENGTH = 0.5;

  /** Measures the gap of a learner with {@code skills} against {@code demand}. */
  public Gap gap(RoleDemand demand, List<LearnerSkill> skills) {
    Map<Integer, Double> proficiency = new HashMap<>();
    for (LearnerSkill s : skills) {
      proficiency.merge(s.concept(), Math.min(1.0, s.confidence()), Math::max);
    }
    List<GapSkill> gap = new ArrayList<>();
    List<GapSkill> strengths = new ArrayList<>();
    double total = 0;
    for (SkillDemand d : demand.skills()) {
      double p = proficiency.getOrDefault(d.concept(), 0.0);
      double w = d.demand() * (1 - p);
      GapSkill g = new GapSkill(d.concept(), w, d.demand(), d.postingShare(), p);
      if (p >= STRENGTH) {
        strengths.add(g);
      }
      if (w >= MIN_WEIGHT) {
        gap.add(g);
        total += w;
      }
    }
    gap.sort(Comparator.comparingDouble(GapSkill::weight).reversed().thenComparingInt(GapSkill::concept));
    strengths.sort(Comparator.comparingDouble(GapSkill::demand).reversed().thenComparingInt(GapSkill::concept));
    return new Gap(demand, gap, strengths, total);
  }
}
