package dev.skillgap.pipeline;

/**
 * Classifies a skill's weekly share against the mean share of the weeks before: {@code new} when
 * no earlier week mentions it, {@code rising} or {@code falling} when the share moved by at least
 * {@link #MIN_CHANGE} and by at least {@link #MIN_RELATIVE} of the larger of the two, else {@code
 * steady}; {@code gone} when a skill seen before is absent this week.
 */
public final class TrendRule {

  /** Smallest absolute change in share (5 points) that counts. */
  public static final double MIN_CHANGE = 0.05;
  /** Smallest change relative to the larger share (20%) that counts. */
  public static final double MIN_RELATIVE = 0.2;

  private TrendRule() {}

  public static String status(double share, double previousShare, boolean seenBefore, int weeksCompared) {
    if (weeksCompared == 0) {
      return "new";
    }
    if (!seenBefore) {
      return share > 0 ? "new" : "steady";
    }
    if (share == 0) {
      return "gone";
    }
    double change = share - previousShare;
    double rel = Math.abs(change) / Math.max(share, previousShare);
    if (Math.abs(change) >= MIN_CHANGE && rel >= MIN_RELATIVE) {
      return change > 0 ? "rising" : "falling";
    }
    return "steady";
  }
}
