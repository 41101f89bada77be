package dev.skillgap.gap;

import java.util.List;

/**
 * A learner as uploaded.
 *
 * @param learnerId stable id
 * @param name display name (may be empty)
 * @param targetRole what they aim for: an ESCO occupation URI, an O*NET-SOC code or a job title
 * @param cvText their CV as text, or null when they have none
 * @param declaredSkills skills as they typed them
 * @param badges ids of credentials they have earned
 * @param notes problems met while reading them (odd encoding, missing CV file), for the output
 */
public record LearnerProfile(String learnerId, String name, String targetRole, String cvText, List<String> declaredSkills,
    List<String> badges, List<String> notes) implements java.io.Serializable {
  public LearnerProfile {
    declaredSkills = List.copyOf(declaredSkills);
    badges = List.copyOf(badges);
    notes = List.copyOf(notes);
  }
}
