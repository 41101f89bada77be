package dev.skillgap.rank;

import dev.skillgap.gap.Gap;
import dev.skillgap.gap.GapSkill;
import dev.skillgap.gap.LearnerProfile;
import dev.skillgap.gap.LearnerSkill;
import dev.skillgap.occupation.ResolvedRole;
import java.util.List;

/**
 * Everything the recommender says about one learner.
 *
 * @param learner the learner as read
 * @param role their target role, resolved; null when it could not be
 * @param skills their skills with source and confidence
 * @param gap their gap against the role's demand; null without a role
 * @param plan the ranked credentials; empty when there is no gap or no role
 * @param uncovered gap skills that no credential teaches in the learner's language, counting only credentials at least
 *     {@link Recommender#MIN_RELEVANCE} about the role
 * @param status what could be done for the learner
 * @param notes messages for the learner or adviser (unknown badge, unreadable CV, estimated hours)
 */
public record LearnerResult(LearnerProfile learner, ResolvedRole role, List<LearnerSkill> skills, Gap gap, Plan plan,
    List<GapSkill> uncovered, LearnerStatus status, List<String> notes) {
  public LearnerResult {
    skills = List.copyOf(skills);
    uncovered = List.copyOf(uncovered);
    notes = List.copyOf(notes);
  }

  /**
   * What {@code step} closes, skill by skill, with why each skill is asked of the learner: largest
   * weight first, then by concept.
   */
  public java.util.List<Coverage> coverage(PlanStep step) {
    java.util.List<Coverage> out = new java.util.ArrayList<>();
    step.closes().entrySet().stream().sorted(java.util.Map.Entry.<Integer, Double>comparingByValue().reversed()
        .thenComparing(java.util.Map.Entry.comparingByKey())).forEach(e -> {
          GapSkill g = gap == null ? null : gap.gap().stream().filter(x -> x.concept() == e.getKey()).findFirst()
              .orElse(null);
          Coverage.Reason reason = g == null ? Coverage.Reason.OUTSIDE_GAP
              : gap.demand().basis() == dev.skillgap.demand.RoleDemand.Basis.POSTINGS ? Coverage.Reason.ASKED_IN_POSTINGS
              : Coverage.Reason.ESSENTIAL_IN_ESCO;
          out.add(new Coverage(e.getKey(), e.getValue(), reason,
              g != null && g.status() == dev.skillgap.gap.SkillStatus.STRENGTHEN, g == null ? 0 : g.postingShare()));
        });
    return out;
  }

  /** Share of the role's top-skill demand the learner would meet after the whole plan; 0 without a gap. */
  public double shareMetWithPlan() {
    return gap == null ? 0 : gap.shareMetAfter(plan.covered());
  }
}
