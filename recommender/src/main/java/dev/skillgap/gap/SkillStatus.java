package dev.skillgap.gap;

import java.util.Locale;

/** What a learner's evidence says of one skill their target role demands (see {@link GapModel} for the thresholds). */
public enum SkillStatus {
  /** They have it: the evidence makes it more likely than not. Not part of the gap. */
  HELD,
  /** They have part of it (a broader skill implied by one they have, or a weak mention): part of the gap. */
  STRENGTHEN,
  /** Nothing, or next to nothing, shows they have it: all of it is gap. */
  MISSING;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
