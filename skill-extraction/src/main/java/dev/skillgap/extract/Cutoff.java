package dev.skillgap.extract;

/**
 * Which skills an extraction returns: those whose raw score reaches the configured return
 * threshold ({@link #THRESHOLD}), or the {@code top} best whatever their score, those under the
 * threshold marked {@link ExtractedSkill#belowThreshold()}. Reviewers read the near-misses, and
 * ranking benchmarks (the ESCO sets' RP@5) are scored on the top K.
 *
 * @param top how many skills at most, best first; 0 for all those at or above the threshold
 */
public record Cutoff(int top) {

  /** Every skill at or above the return threshold, and no other. */
  public static final Cutoff THRESHOLD = new Cutoff(0);

  public Cutoff {
    if (top < 0) {
      throw new IllegalArgumentException("top must be 0 (the threshold) or a positive number of skills: " + top);
    }
  }

  /**
   * The {@code k} best skills whatever their score.
   *
   * @throws IllegalArgumentException when {@code k} is less than 1
   */
  public static Cutoff top(int k) {
    if (k < 1) {
      throw new IllegalArgumentException("top K must be at least 1: " + k);
    }
    return new Cutoff(k);
  }

  /** Whether this returns the top K rather than what reaches the threshold. */
  public boolean ranked() {
    return top > 0;
  }
}
