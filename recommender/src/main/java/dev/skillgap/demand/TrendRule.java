package dev.skillgap.demand;

/**
 * Classifies a skill's weekly share against the mean share of the weeks before ({@link Trend}): {@code new} when
 * no earlier week mentions it, {@code rising} or {@code falling} when the share moved by at least
 * {@link #MIN_CHANGE} and by at least {@link #MIN_RELATIVE} of the larger of the two, else {@code
 * steady}; {@code gone} when a skill seen before is absent this week.
 */
public final class TrendRule {

  /** Smallest absolute change in share (5 points) that counts. */
  public static final double MIN_CHANGE = 0.05;
  /** Smallest change relative to the larger share (20%) that counts. */
  public static final double MIN_RELATIVE = 0.2;

  /** How many earlier weeks a week's shares are compared against. */
  public static final int WEEKS = 4;

  private TrendRule() {}

  /** The weeks of {@code stored} that {@code week}'s trends compare against: the {@link #WEEKS} latest before it, oldest first. */
  public static java.util.List<WeekId> comparedWeeks(java.util.Collection<WeekId> stored, WeekId week) {
    return WeekId.latestBefore(stored, week, WEEKS);
  }

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

  /**
   * The trend of a skill whose share is {@code share} this week and averaged {@code previousShare}
   * over the {@code weeksCompared} weeks before ({@link #previousShare}): new, rising, falling,
   * steady or gone, as the class comment defines them.
   *
   * @param seenBefore whether any of those weeks mentions the skill
   */
  public static Trend status(double share, double previousShare, boolean seenBefore, int weeksCompared) {
    if (weeksCompared == 0) {
      return Trend.NEW;
    }
    if (!seenBefore) {
      return share > 0 ? Trend.NEW : Trend.STEADY;
    }
    if (share == 0) {
      return Trend.GONE;
    }
    double change = share - previousShare;
    double rel = Math.abs(change) / Math.max(share, previousShare);
    if (Math.abs(change) >= MIN_CHANGE && rel >= MIN_RELATIVE) {
      return change > 0 ? Trend.RISING : Trend.FALLING;
    }
    return Trend.STEADY;
  }
}
