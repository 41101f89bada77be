package dev.skillgap.demand;

import java.util.Collection;
import java.util.List;

/**
 * Which extracted skills count as a posting's demand, and which weeks of postings feed a role's
 * demand: the one place these rules live, for the weekly job, the command line and the tests.
 */
public final class DemandPolicy {

  /**
   * Skills extracted with a lower score stay in {@code posting_skills} (with their score) but do
   * not count as demand: they are mostly the linker's alternatives for a phrase, not what the
   * posting asks. Scores are calibrated probabilities, so the rule is "more likely right than
   * wrong". On the ESCO validation sets with judged labels ({@code skillgap eval}), skills kept at
   * 0.5 are right 77% (tech) and 81% (house) of the time, with recall 0.33 and 0.31; F1 is highest
   * near 0.25-0.35 (about 0.53), but there half the kept skills are wrong, and demand is read as a
   * ranking of what postings ask, so precision comes first.
   */
  public static final double MIN_SCORE = 0.5;

  /**
   * How many earlier weeks of postings feed a role's demand besides the week itself. Postings
   * weigh half as much every {@link DemandModel#HALF_LIFE_WEEKS} weeks, so a posting 8 weeks old
   * weighs a quarter; older ones would add little but cost a read of every week kept.
   */
  public static final int WEEKS = 8;

  private DemandPolicy() {}

  /** Whether a skill extracted with {@code score} counts as demand: at {@link #MIN_SCORE} or more. */
  public static boolean counts(double score) {
    return score >= MIN_SCORE;
  }

  /** The weeks of {@code stored} that feed {@code week}'s role demand: the {@link #WEEKS} latest before it, oldest first. */
  public static List<WeekId> demandWeeks(Collection<WeekId> stored, WeekId week) {
    return WeekId.latestBefore(stored, week, WEEKS);
  }
}
