package dev.skillgap.gap;

import dev.skillgap.extract.Requirement;
import dev.skillgap.taxonomy.Occupation;
import dev.skillgap.taxonomy.Taxonomy;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The demand for each skill in a role. From postings: the weighted share of the role's postings
 * that ask for the skill, where a posting weighs 0.5^(age in weeks / {@link #HALF_LIFE_WEEKS}) and
 * a mention counts {@link #REQUIRED} if required, {@link #UNSPECIFIED} if unqualified and {@link
 * #PREFERRED} if only preferred. From the ESCO occupation profile, a prior: {@link #ESSENTIAL} for
 * essential skills, {@link #OPTIONAL} for optional ones. The two blend like a Bayesian average in
 * which the prior counts as {@link #PRIOR_POSTINGS} postings, so a role with few postings leans on
 * ESCO and a role with many on its postings. Pure and thread-safe.
 */
public final class DemandModel {

  public static final double HALF_LIFE_WEEKS = 4;
  public static final double REQUIRED = 1.0;
  public static final double UNSPECIFIED = 0.7;
  public static final double PREFERRED = 0.4;
  public static final double ESSENTIAL = 0.6;
  public static final double OPTIONAL = 0.2;
  public static final double PRIOR_POSTINGS = 5;
  /** Skills demanded less than this are left out. */
  public static final double MIN_DEMAND = 0.05;

  private final Taxonomy taxonomy;

  public DemandModel(Taxonomy taxonomy) {
    this.taxonomy = taxonomy;
  }

  /**
   * The demand of {@code occupation} from those of {@code postings} that belong to it, as of {@code
   * asOf}; the same postings in any order give the same bits.
   */
  public RoleDemand demand(int occupation, List<PostingSkills> postings, LocalDate asOf) {
    // Integer counts first (postings by age in days; each skill's postings by age and how strongly it
    // is asked for), then the weighted sums in the counts' key order: adding weights posting by
    // posting made the last bits depend on the order Spark hands a role's rows over, which changes
    // with the partitioning.
    TreeMap<Long, Integer> byAge = new TreeMap<>();
    Map<Integer, TreeMap<Long, int[]>> asked = new HashMap<>(); // concept -> age -> postings per Requirement
    int n = 0;
    for (PostingSkills p : postings) {
      if (p.occupation() != occupation) {
        continue;
      }
      n++;
      long age = Math.max(0, ChronoUnit.DAYS.between(p.datePosted(), asOf));
      byAge.merge(age, 1, Integer::sum);
      Map<Integer, Requirement> best = new HashMap<>();
      for (PostingSkills.Asked a : p.skills()) {
        best.merge(a.concept(), a.requirement(), (x, y) -> factor(x) >= factor(y) ? x : y);
      }
      best.forEach((concept, r) -> asked.computeIfAbsent(concept, k -> new TreeMap<>())
          .computeIfAbsent(age, k -> new int[Requirement.values().length])[r.ordinal()]++);
    }
    double totalWeight = 0;
    for (Map.Entry<Long, Integer> e : byAge.entrySet()) {
      totalWeight += e.getValue() * weight(e.getKey());
    }
    Map<Integer, double[]> fromPostings = new HashMap<>(); // concept -> {weighted sum, count}
    asked.forEach((concept, ages) -> {
      double[] acc = new double[2];
      ages.forEach((age, counts) -> {
        for (Requirement r : Requirement.values()) {
          acc[0] += counts[r.ordinal()] * weight(age) * factor(r);
          acc[1] += counts[r.ordinal()];
        }
      });
      fromPostings.put(concept, acc);
    });
    Map<Integer, Double> prior = new HashMap<>();
    if (occupation >= 0) {
      Occupation o = taxonomy.occupation(occupation);
      for (int s : o.optionalSkills()) {
        prior.put(s, OPTIONAL);
      }
      for (int s : o.essentialSkills()) {
        prior.put(s, ESSENTIAL);
      }
    }
    double effective = totalWeight;
    double postingWeight = effective / (effective + PRIOR_POSTINGS);
    double priorWeight = 1 - postingWeight;
    java.util.Set<Integer> concepts = new java.util.HashSet<>(prior.keySet());
    concepts.addAll(fromPostings.keySet());
    List<SkillDemand> skills = new ArrayList<>();
    for (int c : concepts) {
      double[] acc = fromPostings.get(c);
      double fp = acc == null || totalWeight == 0 ? 0 : acc[0] / totalWeight;
      double share = acc == null || n == 0 ? 0 : acc[1] / n;
      double pr = prior.getOrDefault(c, 0.0);
      double d = postingWeight * fp + priorWeight * pr;
      if (d >= MIN_DEMAND) {
        skills.add(new SkillDemand(c, d, share, fp, pr));
      }
    }
    skills.sort(Comparator.comparingDouble(SkillDemand::demand).reversed().thenComparingInt(SkillDemand::concept));
    return new RoleDemand(occupation, n, postingWeight, priorWeight, skills);
  }

  /** How much a posting {@code days} old weighs: half as much every {@link #HALF_LIFE_WEEKS} weeks. */
  static double weight(long days) {
    return Math.pow(0.5, days / 7.0 / HALF_LIFE_WEEKS);
  }

  static double factor(Requirement r) {
    return switch (r) {
      case REQUIRED -> REQUIRED;
      case PREFERRED -> PREFERRED;
      case UNSPECIFIED -> UNSPECIFIED;
    };
  }
}
