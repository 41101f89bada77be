package dev.skillgap.gap;

import java.util.List;
import java.util.Objects;

/**
 * A learner as uploaded.
 *
 * @param learnerId stable id
 * @param name display name (may be empty); personal data, so no output of skillgap ever writes it
 * @param targetRole what they aim for: an ESCO occupation URI, an O*NET-SOC code or a job title
 * @param cvText their CV as text, or null when they have none
 * @param declaredSkills skills as they typed them
 * @param badges ids of credentials they have earned
 * @param notes problems met while reading them (odd encoding, missing CV file), for the output
 * @param idOrigin where {@code learnerId} comes from
 * @param language the language they declare they learn in, as an ISO 639-1 code; empty when they
 *     declare none (their CV's language is then taken: see {@code Recommender#languageOf})
 */
public record LearnerProfile(String learnerId, String name, String targetRole, String cvText, List<String> declaredSkills,
    List<String> badges, List<String> notes, IdOrigin idOrigin, String language) implements java.io.Serializable {

  /** Where a learner's id comes from. */
  public enum IdOrigin {
    /** The input gave it. */
    GIVEN,
    /** The input gave none: {@code learner-} and a hash of the learner's content, the same from week to week while it is. */
    DERIVED,
    /**
     * The input's id was an e-mail address or phone number, or held the learner's name: {@code
     * learner-} and a hash of it, so it stays stable.
     */
    PSEUDONYMISED
  }

  public LearnerProfile {
    declaredSkills = List.copyOf(declaredSkills);
    badges = List.copyOf(badges);
    notes = List.copyOf(notes);
    Objects.requireNonNull(idOrigin, "idOrigin");
    language = language == null ? "" : language;
  }

  /** A learner who declares no language. */
  public LearnerProfile(String learnerId, String name, String targetRole, String cvText, List<String> declaredSkills,
      List<String> badges, List<String> notes, IdOrigin idOrigin) {
    this(learnerId, name, targetRole, cvText, declaredSkills, badges, notes, idOrigin, "");
  }

  /** A learner whose id the input gave. */
  public LearnerProfile(String learnerId, String name, String targetRole, String cvText, List<String> declaredSkills,
      List<String> badges, List<String> notes) {
    this(learnerId, name, targetRole, cvText, declaredSkills, badges, notes, IdOrigin.GIVEN);
  }
}
