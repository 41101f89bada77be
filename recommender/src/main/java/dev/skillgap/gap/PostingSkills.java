package dev.skillgap.gap;

import dev.skillgap.extract.Requirement;
import java.time.LocalDate;
import java.util.List;

/**
 * The skills one posting asks for, as the demand model needs them.
 *
 * @param postingId the posting's id
 * @param occupation taxonomy index of its resolved occupation, or -1
 * @param datePosted when it was posted
 * @param skills the skills, one per concept
 */
public record PostingSkills(String postingId, int occupation, LocalDate datePosted, List<Asked> skills)
    implements java.io.Serializable {
  public PostingSkills {
    skills = List.copyOf(skills);
  }

  /**
   * One skill a posting asks for.
   *
   * @param concept taxonomy index
   * @param requirement how strongly
   * @param score extraction confidence
   */
  public record Asked(int concept, Requirement requirement, double score) implements java.io.Serializable {}
}
