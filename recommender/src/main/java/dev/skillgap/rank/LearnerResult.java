package dev.skillgap.rank;

import dev.skillgap.demand.RoleDemand;
import dev.skillgap.gap.Gap;
import dev.skillgap.gap.GapSkill;
import dev.skillgap.gap.LearnerProfile;
import dev.skillgap.gap.LearnerSkill;
import dev.skillgap.gap.SkillStatus;
import dev.skillgap.occupation.ResolvedRole;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
  public List<Coverage> coverage(PlanStep step) {
    Map<Integer, GapSkill> inGap = new HashMap<>();
    if (gap != null) {
      gap.gap().forEach(g -> inGap.put(g.concept(), g));
    }
    Coverage.Reason asked = gap == null ? Coverage.Reason.OUTSIDE_GAP
        : gap.demand().basis() == RoleDemand.Basis.POSTINGS ? Coverage.Reason.ASKED_IN_POSTINGS
        : Coverage.Reason.ESSENTIAL_IN_ESCO;
    List<Coverage> out = new ArrayList<>();
    step.closes().entrySet().stream().sorted(Map.Entry.<Integer, Double>comparingByValue().reversed()
        .thenComparing(Map.Entry.comparingByKey())).forEach(e -> {
          GapSkill g = inGap.get(e.getKey());
          out.add(g == null ? new Coverage(e.getKey(), e.getValue(), Coverage.Reason.OUTSIDE_GAP, false, 0)
              : new Coverage(e.getKey(), e.getValue(), asked, g.status() == SkillStatus.STRENGTHEN, g.postingShare()));
        });
    return out;
  }

  /** Share of the role's top-skill demand the learner would meet after the whole plan; 0 without a gap. */
  public double shareMetWithPlan() {
    return gap == null ? 0 : gap.shareMetAfter(plan.covered());
  }
}
