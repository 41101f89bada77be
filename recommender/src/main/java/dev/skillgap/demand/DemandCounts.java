package dev.skillgap.demand;

import dev.skillgap.extract.Requirement;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The integer counts a role's demand is computed from: how many of its postings are how many days
 * old, and, per skill, how many postings of each age ask for it at each {@link Requirement} (a
 * posting counted once per skill, at the strongest requirement it states). Counts, unlike weighted
 * sums, add up to the same value in any order, so the weekly job can tally them in Spark over any
 * partitioning and hand {@link DemandModel} a role's counts, whose size is bounded by the skills
 * and ages seen, not by the number of postings. Not thread-safe.
 */
public final class DemandCounts {

  private final TreeMap<Long, Long> postingsByAge = new TreeMap<>();
  private final Map<Integer, TreeMap<Long, long[]>> asked = new HashMap<>(); // concept -> age -> postings per Requirement

  /** Adds {@code postings} postings of the role, {@code ageDays} days old, that ask for at least one skill. */
  public DemandCounts postings(long ageDays, long postings) {
    postingsByAge.merge(ageDays, postings, Long::sum);
    return this;
  }

  /** Adds {@code postings} postings, {@code ageDays} days old, that ask for {@code concept} at most as strongly as {@code r}. */
  public DemandCounts asked(int concept, long ageDays, Requirement r, long postings) {
    asked.computeIfAbsent(concept, k -> new TreeMap<>())
        .computeIfAbsent(ageDays, k -> new long[Requirement.values().length])[r.ordinal()] += postings;
    return this;
  }

  /** Adds one posting {@code ageDays} days old that asks for {@code skills}, each at its strongest stated requirement. */
  public DemandCounts posting(long ageDays, Iterable<PostingSkills.Asked> skills) {
    Map<Integer, Requirement> best = new HashMap<>();
    for (PostingSkills.Asked a : skills) {
      best.merge(a.concept(), a.requirement(), DemandCounts::stronger);
    }
    if (best.isEmpty()) {
      return this; // a posting that asks for nothing says nothing about the role's skills
    }
    postings(ageDays, 1);
    best.forEach((concept, r) -> asked(concept, ageDays, r, 1));
    return this;
  }

  /** The requirement that weighs more in demand; {@code a} on a tie. */
  public static Requirement stronger(Requirement a, Requirement b) {
    return DemandModel.factor(a) >= DemandModel.factor(b) ? a : b;
  }

  /** A rank of {@code r} by weight in demand, for taking the strongest in a query: the larger, the stronger. */
  public static int strength(Requirement r) {
    int rank = 0;
    for (Requirement other : Requirement.values()) {
      if (DemandModel.factor(other) < DemandModel.factor(r)) {
        rank++;
      }
    }
    return rank;
  }

  /** The requirement of {@link #strength} {@code rank}. */
  public static Requirement ofStrength(int rank) {
    for (Requirement r : Requirement.values()) {
      if (strength(r) == rank) {
        return r;
      }
    }
    throw new IllegalArgumentException("no requirement has strength " + rank);
  }

  TreeMap<Long, Long> postingsByAge() {
    return postingsByAge;
  }

  Map<Integer, TreeMap<Long, long[]>> asked() {
    return asked;
  }
}
