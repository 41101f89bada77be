package dev.skillgap.gap;

import dev.skillgap.demand.RoleDemand;
import java.util.Comparator;
import java.util.List;

/**
 * A learner's standing against the skills their target role demands most: its top hard skills,
 * each held, to strengthen or missing, and apart from them its top soft skills, which CVs rarely
 * show and which therefore never count in the gap's size or coverage (a soft skill would count
 * only against evidence that the learner lacks it, and no input gives such evidence).
 *
 * @param demand the role's demand it was measured against
 * @param top the role's most demanded hard skills, at most {@link GapModel#top()}, most demanded first
 * @param soft the role's most demanded soft skills, at most {@link GapModel#SOFT_LIST}, most demanded first
 */
public record Gap(RoleDemand demand, List<GapSkill> top, List<GapSkill> soft) {
  public Gap {
    top = List.copyOf(top);
    soft = List.copyOf(soft);
  }

  /** The gap: the top skills not held (missing or to strengthen), largest weight first. */
  public List<GapSkill> gap() {
    return top.stream().filter(g -> g.status() != SkillStatus.HELD)
        .sorted(Comparator.comparingDouble(GapSkill::weight).reversed().thenComparingInt(GapSkill::concept)).toList();
  }

  /** The top skills held, most demanded first. */
  public List<GapSkill> strengths() {
    return withStatus(SkillStatus.HELD);
  }

  /** The top skills with {@code status}, most demanded first. */
  public List<GapSkill> withStatus(SkillStatus status) {
    return top.stream().filter(g -> g.status() == status).toList();
  }

  /** Sum of the gap's weights: the demand of the top skills not yet met. */
  public double totalWeight() {
    return top.stream().mapToDouble(GapSkill::weight).sum();
  }

  /** Sum of the demand of the top skills. */
  public double topDemand() {
    return top.stream().mapToDouble(GapSkill::demand).sum();
  }

  /** Share of the top skills' demand the learner meets, in [0, 1]; 0 when the role demands nothing. */
  public double shareMet() {
    double d = topDemand();
    return d <= 0 ? 0 : Math.max(0, (d - totalWeight()) / d);
  }

  /** Share of the top skills' demand the learner would meet after closing {@code closed} of the gap's weight. */
  public double shareMetAfter(double closed) {
    double d = topDemand();
    return d <= 0 ? 0 : Math.min(1, Math.max(0, (d - totalWeight() + closed) / d));
  }
}
