package dev.skillgap.synth;

import java.util.List;

/**
 * One generated learner, in the shape of {@code learners.jsonl}.
 *
 * @param learnerId the id
 * @param name a name
 * @param targetRole a job title as people type it, an O*NET-SOC code or an ESCO occupation URI
 * @param cvText the CV, or null when the learner has none
 * @param declaredSkills skills as the learner typed them
 * @param badges ids of catalogue credentials already earned
 */
public record SyntheticLearner(String learnerId, String name, String targetRole, String cvText,
    List<String> declaredSkills, List<String> badges) {
  public SyntheticLearner {
    declaredSkills = List.copyOf(declaredSkills);
    badges = List.copyOf(badges);
  }
}
