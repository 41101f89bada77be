package dev.skillgap.taxonomy;

import java.util.Locale;

/** Hard (domain, technical, knowledge) or soft (social, thinking, self-management) skill. See {@link HardSoftRule}. */
public enum SkillType {
  HARD,
  SOFT;

  /** The lower-case name used in every output ({@code hard}, {@code soft}). */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
