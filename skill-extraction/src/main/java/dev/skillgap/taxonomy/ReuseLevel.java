package dev.skillgap.taxonomy;

/** ESCO's reuse level of a skill: how widely it applies across occupations. */
public enum ReuseLevel {
  TRANSVERSAL,
  CROSS_SECTOR,
  SECTOR_SPECIFIC,
  OCCUPATION_SPECIFIC,
  /** Not given: O*NET technologies and the few ESCO rows with a blank value. */
  UNKNOWN;

  /** Parses ESCO's spelling ({@code cross-sector}, ...); blank or unknown text gives {@link #UNKNOWN}. */
  public static ReuseLevel parse(String s) {
    return switch (s == null ? "" : s.trim()) {
      case "transversal" -> TRANSVERSAL;
      case "cross-sector" -> CROSS_SECTOR;
      case "sector-specific" -> SECTOR_SPECIFIC;
      case "occupation-specific" -> OCCUPATION_SPECIFIC;
      default -> UNKNOWN;
    };
  }
}
