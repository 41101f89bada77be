package dev.skillgap.pipeline.eval;

import dev.skillgap.demand.DemandPolicy;
import dev.skillgap.pipeline.WeeklyJob;

/**
 * How a pool is drawn: per feed, the first {@code postings} distinct postings in the hash order of
 * the seed and their {@link PostingKey}; of the pairs they give at {@code cutoff}, the first {@code
 * pairs} in the hash order of the seed and the {@link DemandPair#id() pair}.
 *
 * @param postings postings sampled per feed
 * @param pairs pairs drawn per feed for judging
 * @param seed the seed of every hash order
 * @param cutoff the score from which a skill counts as demand
 */
public record PoolDesign(int postings, int pairs, long seed, double cutoff) {

  /** 300 postings and 200 pairs per feed, seed 2026, at the weekly job's demand cut-off. */
  public static final PoolDesign DEFAULT = new PoolDesign(300, 200, 2026, DemandPolicy.MIN_SCORE);

  public PoolDesign {
    if (postings < 1 || pairs < 1) {
      throw new IllegalArgumentException("postings and pairs must be at least 1: " + postings + ", " + pairs);
    }
  }

  /** The salt of the postings' order. */
  String postingSalt() {
    return seed + "/postings";
  }

  /** The salt of the pairs' order. */
  String pairSalt() {
    return seed + "/pairs";
  }

  /** The salt of the export's shuffle, or of one judge's copy of it ({@code part} {@code a}, {@code b}). */
  String shuffleSalt(String part) {
    return seed + "/export" + (part.isEmpty() ? "" : "/" + part);
  }
}
