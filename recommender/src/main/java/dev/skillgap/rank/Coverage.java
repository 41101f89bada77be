package dev.skillgap.rank;

/**
 * What one recommended credential closes of one skill, and why that skill is in the learner's gap
 * ({@link LearnerResult#coverage}): the typed reason the recommend JSON and the learner page only
 * put in words.
 *
 * @param concept taxonomy index of the skill
 * @param weight the gap weight the credential closes in it
 * @param reason why the skill is asked of the learner
 * @param partial whether the learner has part of the skill already (it is to strengthen)
 * @param postingShare share of the role's postings asking for it (0 when none do)
 */
public record Coverage(int concept, double weight, Reason reason, boolean partial, double postingShare) {

  /** Why a covered skill is asked of the learner. */
  public enum Reason {
    /** The role's postings ask for it (the gap's basis is postings). */
    ASKED_IN_POSTINGS,
    /** ESCO lists it as essential for the role (the gap's basis is ESCO's essential skills). */
    ESSENTIAL_IN_ESCO,
    /** It is not in the learner's gap: the credential teaches it besides. */
    OUTSIDE_GAP
  }
}
