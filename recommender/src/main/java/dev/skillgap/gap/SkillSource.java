package dev.skillgap.gap;

import java.util.Locale;

/** Where a learner's skill comes from, most trusted first. */
public enum SkillSource {
  /** An earned badge aligned to the skill. */
  BADGE(1.0),
  /** Found in the learner's CV. */
  CV(0.9),
  /** Typed by the learner. */
  DECLARED(0.8),
  /** Implied by a narrower or closely related skill the learner has (partial credit). */
  IMPLIED(1.0);

  private final double trust;

  SkillSource(double trust) {
    this.trust = trust;
  }

  /** The factor applied to the evidence's own confidence. */
  public double trust() {
    return trust;
  }

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
