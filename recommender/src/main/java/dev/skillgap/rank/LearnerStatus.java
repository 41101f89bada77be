package dev.skillgap.rank;

import java.util.Locale;

/** What the recommender could do for a learner ({@link LearnerResult#status}). */
public enum LearnerStatus {
  /** A gap was measured and a course list made for it (possibly empty when nothing teaches the gap). */
  OK,
  /** A gap was measured and the learner already has every skill in it. */
  NO_GAP,
  /** The learner gave no target role. */
  NO_TARGET_ROLE,
  /** The learner gave a target role that no occupation fits. */
  UNKNOWN_ROLE;

  /** The status as JSON, the lake and the report write it: {@code ok}, {@code no-gap}, {@code no-target-role}, {@code unknown-role}. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
