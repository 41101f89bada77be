package dev.skillgap.demand;

import java.util.Locale;

/** How a skill's weekly share moved against the weeks before ({@link TrendRule#status}). */
public enum Trend {
  /** No earlier week mentions the skill, or there is no earlier week. */
  NEW,
  /** The share rose by the rule's margins. */
  RISING,
  /** The share fell by the rule's margins. */
  FALLING,
  /** The share moved less than the rule's margins. */
  STEADY,
  /** An earlier week mentions the skill and this week none does. */
  GONE;

  /** The status as the lake's {@code trends} table and the report write it: the name in lower case. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
