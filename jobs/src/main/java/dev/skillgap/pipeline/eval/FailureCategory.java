package dev.skillgap.pipeline.eval;

import java.util.Optional;

/**
 * Why a pair is {@link Verdict#WRONG wrong}; {@code demand-judgments.md} gives the rules and
 * examples. Where several fit, the first in this order that fits is used.
 */
public enum FailureCategory {
  /** The word or abbreviation that gave the skill means something else here ("theatre" in a hospital, "CT"). */
  AMBIGUOUS_WORD,
  /** The text is about what the employer offers: training, support, a benefit, a scheme. */
  BENEFIT,
  /** The text is about the employer, the service or the team, not about the candidate. */
  EMPLOYER_TEXT,
  /** The skill is named in its right sense but not asked of the candidate: someone else's work, a department's name, an application step. */
  NOT_ASKED,
  /** The text asks for something, but the concept is another one: a neighbour, or a stretch of what was written. */
  WRONG_CONCEPT,
  /** The concept is so general that it would tell an adviser nothing about this job. */
  TOO_GENERIC,
  /** None of the above; the note says why. */
  OTHER;

  /** The category written {@code s} (its name, exactly), if it is one. */
  public static Optional<FailureCategory> parse(String s) {
    for (FailureCategory c : values()) {
      if (c.name().equals(s)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }
}
