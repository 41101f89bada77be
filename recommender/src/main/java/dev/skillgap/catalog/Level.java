package dev.skillgap.catalog;

import java.util.Locale;

/** The level of a credential; foundation comes before intermediate before advanced. */
public enum Level {
  FOUNDATION,
  INTERMEDIATE,
  ADVANCED,
  /** Not stated by the catalogue. */
  UNKNOWN;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Parses common spellings ("Foundation", "Beginner Level", "Introductory", "Advanced", "Expert
   * Level"); anything else, "All Levels" included, is {@link #UNKNOWN}.
   */
  public static Level parse(String s) {
    if (s == null) {
      return UNKNOWN;
    }
    String v = s.trim().toLowerCase(Locale.ROOT);
    if (v.startsWith("found") || v.startsWith("begin") || v.startsWith("intro") || v.equals("basic") || v.equals("entry")) {
      return FOUNDATION;
    }
    if (v.startsWith("inter")) {
      return INTERMEDIATE;
    }
    if (v.startsWith("adv") || v.startsWith("expert")) {
      return ADVANCED;
    }
    return UNKNOWN;
  }
}
