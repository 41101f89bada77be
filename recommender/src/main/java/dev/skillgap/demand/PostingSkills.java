package dev.skillgap.demand;

import dev.skillgap.extract.ExtractedSkill;
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
   * The demand of one posting: those of its extracted {@code skills} that count as demand ({@link
   * DemandPolicy#counts}), in the given order, each concept once (its first mention).
   *
   * @param occupation taxonomy index of the posting's occupation, or -1
   */
  public static PostingSkills of(String postingId, int occupation, LocalDate datePosted,
      List<ExtractedSkill> skills) {
    java.util.Map<Integer, Asked> asked = new java.util.LinkedHashMap<>();
    for (ExtractedSkill s : skills) {
      if (DemandPolicy.counts(s.score())) {
        asked.putIfAbsent(s.conceptIndex(), new Asked(s.conceptIndex(), s.requirement(), s.score()));
      }
    }
    return new PostingSkills(postingId, occupation, datePosted, List.copyOf(asked.values()));
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
