package dev.skillgap.demand;


import dev.skillgap.extract.Requirement;
import dev.skillgap.taxonomy.Occupation;
import dev.skillgap.taxonomy.SkillType;
import dev.skillgap.taxonomy.Taxonomy;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The demand for each skill in a role: what the role's postings ask for, or, when they ask for no
 * hard skill (or there are none), the essential skills of its ESCO profile. From postings, a skill
 * is demanded when at least {@link #MIN_SHARE} of the role's postings, and at least {@link
 * #MIN_POSTINGS} of them, ask for it, whether or not
 * ESCO lists it for the role (so an ESCO skill enters only through postings), and its demand is
 * the weighted share of the postings asking for it, where a posting weighs 0.5^(age in weeks /
 * {@link #HALF_LIFE_WEEKS}) and a mention counts {@link #REQUIRED} if required, {@link
 * #UNSPECIFIED} if unqualified and {@link #PREFERRED} if only preferred. Without postings each
 * essential skill has demand {@link #ESSENTIAL}; optional skills never enter. Skills are ordered by
 * demand, then essential before not, then (without postings) the more of the role's job family
 * holds them essential ({@link #familyCounts}), then the more specific to the role (listed by
 * fewer occupations) first, then by concept index, so that ties, and the whole list of a role
 * without postings, fall in a stated order. Pure and thread-safe.
 */
public final class DemandModel {

  public static final double HALF_LIFE_WEEKS = 4;
  public static final double REQUIRED = 1.0;
  public static final double UNSPECIFIED = 0.7;
  public static final double PREFERRED = 0.4;
  /**
   * Demand of an essential skill of a role without postings: ESCO says the job needs it, so it
   * counts as asked for by every posting. All essential skills tie, and specificity orders them.
   */
  public static final double ESSENTIAL = 1.0;
  /**
   * Share of a role's postings that must ask for a skill for it to be demanded: one in ten. It only
   * decides for roles with fewer than {@link dev.skillgap.gap.GapModel#DEFAULT_TOP} skills above it, since the gap
   * keeps the most demanded (on the sample postings, the 33 learners whose role has 15 at one in ten
   * and at one in five get the same 15). Against one in five, it lets 27 more skills into the lists of
   * six small sample roles, and 20 of them read as right (74%, about the extractor's precision on real
   * postings, 0.69): knife handling and desserts for cooks (2 of 12 postings), payroll and accounting
   * entries for bookkeepers (3 of 16), driving and cold chain for drivers (1 of 9), where one in five
   * left cooks 4 skills; wrong were links such as "German" (1 of 8 warehouse postings). ESCO's
   * essential skills get no lower bar: "resource description framework query language", essential
   * for data analysts, is asked for by none of their 14 sample postings.
   */
  public static final double MIN_SHARE = 0.1;
  /**
   * Postings that must ask for a skill for it to be demanded, whatever its share: two, so that one
   * employer's wording is never a role's demand. On the real files (CV collection against the job
   * board feed and the careers CSV), human resources officers were measured on one health-board
   * posting ("clinical science"), mechanical engineers on one ("design buildings"), and data
   * scientists on physics and economics, each asked for by one of their 4 postings. A role whose
   * postings then demand no hard skill is measured on its ESCO essential skills, as one without postings.
   */
  public static final int MIN_POSTINGS = 2;

  private final Taxonomy taxonomy;

  public DemandModel(Taxonomy taxonomy) {
    this.taxonomy = taxonomy;
  }

  /**
   * The demand of {@code occupation} from those of {@code postings} that belong to it and ask for
   * at least one skill, as of {@code asOf}; from its ESCO essential skills when they demand no hard
   * skill. The same postings in any order give the same bits.
   */
  public RoleDemand demand(int occupation, List<PostingSkills> postings, LocalDate asOf) {
    DemandCounts counts = new DemandCounts();
    for (PostingSkills p : postings) {
      if (p.occupation() == occupation) {
        counts.posting(age(p.datePosted(), asOf), p.skills());
      }
    }
    return demand(occupation, counts);
  }

  /**
   * For each essential skill of {@code occupation}, how many other ESCO occupations of its ISCO unit
   * group (the first four digits of its code: 2144 for mechanical engineers) hold it essential too.
   * Without postings these order a role's essential skills, the core of its job family first: ESCO
   * gives mechanical engineers 22, of which 7 (solar absorption cooling, solar heating, sustainable
   * installation materials) that no other occupation of group 2144 holds, and ordered by
   * specificity alone those filled the top 15 ahead of technical drawings and mechanical engineering.
   */
  Map<Integer, Integer> familyCounts(int occupation) {
    Map<Integer, Integer> out = new HashMap<>();
    if (occupation < 0) {
      return out;
    }
    Occupation o = taxonomy.occupation(occupation);
    String group = o.code().length() >= 4 ? o.code().substring(0, 4) : o.code();
    for (int s : o.essentialSkills()) {
      int n = 0;
      for (int other : taxonomy.occupationsOf(s)) {
        Occupation p = taxonomy.occupation(other);
        if (other != occupation && p.isEsco() && p.code().startsWith(group) && contains(p.essentialSkills(), s)) {
          n++;
        }
      }
      out.put(s, n);
    }
    return out;
  }

  private static boolean contains(int[] values, int v) {
    for (int x : values) {
      if (x == v) {
        return true;
      }
    }
    return false;
  }

  /** How many days before {@code asOf} a posting dated {@code posted} is; 0 if dated later. */
  public static long age(LocalDate posted, LocalDate asOf) {
    return Math.max(0, ChronoUnit.DAYS.between(posted, asOf));
  }

  /**
   * The demand of {@code occupation} from its postings' {@code counts}, or from its ESCO essential
   * skills when they demand no hard skill. Equal counts give the same bits, however they were added.
   */
  public RoleDemand demand(int occupation, DemandCounts counts) {
    // Integer counts first, then the weighted sums in the counts' key order (age, then requirement):
    // adding weights posting by posting made the last bits depend on the order Spark hands a role's
    // rows over, which changes with the partitioning.
    long n = 0;
    double totalWeight = 0;
    for (Map.Entry<Long, Long> e : counts.postingsByAge().entrySet()) {
      n += e.getValue();
      totalWeight += e.getValue() * weight(e.getKey());
    }
    Map<Integer, double[]> fromPostings = new HashMap<>(); // concept -> {weighted sum, count}
    counts.asked().forEach((concept, ages) -> {
      double[] sums = new double[2];
      ages.forEach((age, byRequirement) -> {
        for (Requirement r : Requirement.values()) {
          sums[0] += byRequirement[r.ordinal()] * weight(age) * factor(r);
          sums[1] += byRequirement[r.ordinal()];
        }
      });
      fromPostings.put(concept, sums);
    });
    Set<Integer> essential = new HashSet<>();
    if (occupation >= 0) {
      Occupation o = taxonomy.occupation(occupation);
      for (int s : o.essentialSkills()) {
        essential.add(s);
      }
    }
    List<SkillDemand> skills = new ArrayList<>();
    for (Map.Entry<Integer, double[]> e : fromPostings.entrySet()) {
      double share = e.getValue()[1] / n;
      if (e.getValue()[1] >= MIN_POSTINGS && share >= MIN_SHARE - 1e-12) {
        skills.add(new SkillDemand(e.getKey(), e.getValue()[0] / totalWeight, share, essential.contains(e.getKey())));
      }
    }
    RoleDemand.Basis basis = RoleDemand.Basis.POSTINGS;
    if (skills.stream().noneMatch(d -> taxonomy.concept(d.concept()).type() == SkillType.HARD)) {
      // a gap is measured on hard skills: postings that ask for none (a lone posting listing traits) give it nothing
      basis = RoleDemand.Basis.ESCO_ESSENTIAL;
      skills.clear();
      for (int s : essential) {
        skills.add(new SkillDemand(s, ESSENTIAL, 0, true));
      }
    }
    Map<Integer, Integer> family = basis == RoleDemand.Basis.ESCO_ESSENTIAL ? familyCounts(occupation) : Map.of();
    skills.sort(Comparator.comparingDouble(SkillDemand::demand).reversed()
        .thenComparing(SkillDemand::essential, Comparator.reverseOrder())
        .thenComparingInt(d -> -family.getOrDefault(d.concept(), 0))
        .thenComparingInt(d -> taxonomy.occupationsOf(d.concept()).length)
        .thenComparingInt(SkillDemand::concept));
    return new RoleDemand(occupation, Math.toIntExact(n), basis, skills);
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
