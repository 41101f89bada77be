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

  /** Share of the role's top-skill demand the learner would meet after the whole plan; 0 without a gap. */
  public double shareMetWithPlan() {
    return gap == null ? 0 : gap.shareMetAfter(plan.covered());
  }
}
