package dev.skillgap.gap;

import dev.skillgap.demand.DemandModel;
import dev.skillgap.demand.RoleDemand;
import dev.skillgap.demand.SkillDemand;
import dev.skillgap.taxonomy.SkillType;
import dev.skillgap.taxonomy.Taxonomy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A learner's gap is measured on the {@link #top()} hard skills their target role demands most
 * (in {@link DemandModel}'s order) and shown as "x of N held"; its {@link #SOFT_LIST} most
 * demanded soft skills are listed apart and never count. Each skill is {@link SkillStatus#HELD}
 * from proficiency {@link #HELD}, {@link SkillStatus#STRENGTHEN} from {@link #PARTIAL}, else
 * {@link SkillStatus#MISSING}; its gap weight is demand x (1 - credit), the credit being 1 when
 * held, the proficiency when to strengthen and 0 when missing, so a skill is never both a
 * strength and a gap. Pure and thread-safe.
 */
public final class GapModel {

  /**
   * Hard skills a gap is measured on unless configured. The anchors a learner may know show about
   * ten (LinkedIn's "x of 10 skills match", Lightcast's specialised skills per occupation, Nesta's
   * top 10 essential skills); fifteen leaves room for the tools a posting names beside them.
   */
  public static final int DEFAULT_TOP = 15;
  /** Soft skills listed apart: a prompt to confirm or develop, read at a glance, not a plan. */
  public static final int SOFT_LIST = 5;
  /**
   * Proficiency from which a skill is held. Scores are calibrated probabilities times the source's
   * trust, so this is "more likely than not": a CV naming the skill (0.85 x 0.9) or a declared one.
   */
  public static final double HELD = 0.5;
  /**
   * Proficiency from which a skill not held is held in part. 0.25 is the credit a skill held for
   * certain gives the concept two levels above it ({@link SkillImplications#GRANDPARENT_CREDIT});
   * less is a fraction of a fraction, too weak to tell a learner they have part of it.
   */
  public static final double PARTIAL = 0.25;

  private final Taxonomy taxonomy;
  private final int top;

  /** A model measuring gaps on the {@code top} hard skills a role demands most. */
  public GapModel(Taxonomy taxonomy, int top) {
    if (top < 1) {
      throw new IllegalArgumentException("top must be at least 1, was " + top);
    }
    this.taxonomy = taxonomy;
    this.top = top;
  }

  /** The number of hard skills gaps are measured on. */
  public int top() {
    return top;
  }

  /** The status of a skill held with {@code proficiency}. */
  public static SkillStatus status(double proficiency) {
    return proficiency >= HELD ? SkillStatus.HELD : proficiency >= PARTIAL ? SkillStatus.STRENGTHEN : SkillStatus.MISSING;
  }

  /** Measures the gap of a learner with {@code skills} against {@code demand}. */
  public Gap gap(RoleDemand demand, List<LearnerSkill> skills) {
    Map<Integer, Double> proficiency = new HashMap<>();
    for (LearnerSkill s : skills) {
      proficiency.merge(s.concept(), Math.min(1.0, s.confidence()), Math::max);
    }
    List<GapSkill> hard = new ArrayList<>();
    List<GapSkill> soft = new ArrayList<>();
    for (SkillDemand d : demand.skills()) {
      boolean isSoft = taxonomy.concept(d.concept()).type() == SkillType.SOFT;
      List<GapSkill> into = isSoft ? soft : hard;
      if (into.size() >= (isSoft ? SOFT_LIST : top)) {
        continue;
      }
      double p = proficiency.getOrDefault(d.concept(), 0.0);
      SkillStatus status = status(p);
      double credit = switch (status) {
        case HELD -> 1;
        case STRENGTHEN -> p;
        case MISSING -> 0;
      };
      into.add(new GapSkill(d.concept(), d.demand() * (1 - credit), d.demand(), d.postingShare(), p, status));
    }
    return new Gap(demand, hard, soft);
  }
}
