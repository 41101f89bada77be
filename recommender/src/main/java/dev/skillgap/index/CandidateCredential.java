package dev.skillgap.index;

import java.util.List;

/**
 * A credential retrieved for a skills gap.
 *
 * @param credentialId the credential's id ({@link CredentialIndex#get(String)} returns it)
 * @param score the retrieval score: the sum over gap skills of weight x the credential's confidence
 *     for the skill (1 when aligned, the extractor score when inferred), or, for a skill it does not
 *     teach by id, a text-match share of the weight below {@link CredentialIndex#TEXT_WEIGHT}
 * @param matchedSkillIds the gap skills it teaches by concept id (aligned or inferred), heaviest
 *     gap weight first
 * @param textMatchedSkillIds the other gap skills whose label its title, description or skill
 *     labels mention: likely taught, but not declared
 */
public record CandidateCredential(String credentialId, double score, List<String> matchedSkillIds,
    List<String> textMatchedSkillIds) {

  public CandidateCredential {
    matchedSkillIds = List.copyOf(matchedSkillIds);
    textMatchedSkillIds = List.copyOf(textMatchedSkillIds);
  }

  /** A candidate matched by concept ids only. */
  public CandidateCredential(String credentialId, double score, List<String> matchedSkillIds) {
    this(credentialId, score, matchedSkillIds, List.of());
  }
}
