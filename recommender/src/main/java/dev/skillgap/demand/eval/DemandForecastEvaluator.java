package dev.skillgap.demand.eval;

import dev.skillgap.demand.DemandModel;
import dev.skillgap.gap.GapModel;
import dev.skillgap.gap.GapSkill;
import dev.skillgap.demand.PostingSkills;
import dev.skillgap.demand.RoleDemand;
import dev.skillgap.demand.SkillDemand;
import dev.skillgap.taxonomy.SkillType;
import dev.skillgap.taxonomy.Taxonomy;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Whether the demand a learner's gap is measured on holds a week later: for each week t and each
 * role with at least {@code minNextPostings} postings in week t+1, the gap's skills (the role's top N
 * hard skills by {@link DemandModel} over every posting up to the end of week t, as a learner who
 * holds nothing would see them) are compared with the hard skills week t+1's postings alone demand
 * (asked by at least {@link DemandModel#MIN_SHARE} of them). Precision@N is the share of the gap's
 * skills that week t+1 demands. The baseline is the same for the gap ESCO's essential skills alone
 * would give (most specific first), which is what a role without postings gets. Pure and
 * thread-safe.
 */
public final class DemandForecastEvaluator {

  /**
   * One role in one week.
   *
   * @param occupation taxonomy index of the role
   * @param week the Monday of week t+1, the week predicted
   * @param postingsBefore the role's postings up to the end of week t that ask for a skill
   * @param postingsNext the role's postings in week t+1 that ask for a skill
   * @param predicted the gap's skills from weeks up to t, best first
   * @param hits how many of them week t+1 demands
   * @param baselinePredicted the gap's skills from ESCO's essential skills alone
   * @param baselineHits how many of those week t+1 demands
   */
  public record RoleWeek(int occupation, LocalDate week, int postingsBefore, int postingsNext, List<Integer> predicted,
      int hits, List<Integer> baselinePredicted, int baselineHits) {

    /** hits / predicted; 0 when nothing was predicted. */
    public double precision() {
      return predicted.isEmpty() ? 0 : hits / (double) predicted.size();
    }

    /** baselineHits / baselinePredicted; 0 when ESCO lists no hard essential skill. */
    public double baselinePrecision() {
      return baselinePredicted.isEmpty() ? 0 : baselineHits / (double) baselinePredicted.size();
    }
  }

  /**
   * All comparisons.
   *
   * @param top N, the gap's size limit
   * @param rows one per role and predicted week, by week then occupation
   */
  public record Result(int top, int minNextPostings, List<RoleWeek> rows) {

    /** Mean precision@N over the role-weeks; 0 when there are none. */
    public double meanPrecision() {
      return rows.stream().mapToDouble(RoleWeek::precision).average().orElse(0);
    }

    /** Mean baseline precision@N over the role-weeks whose role has hard essential skills in ESCO. */
    public double meanBaselinePrecision() {
      return rows.stream().filter(r -> !r.baselinePredicted().isEmpty()).mapToDouble(RoleWeek::baselinePrecision)
          .average().orElse(0);
    }

    /** Skills predicted and hits, summed over role-weeks: precision weighted by gap size. */
    public double pooledPrecision() {
      int p = rows.stream().mapToInt(r -> r.predicted().size()).sum();
      return p == 0 ? 0 : rows.stream().mapToInt(RoleWeek::hits).sum() / (double) p;
    }

    /** One line: role-weeks, mean and pooled precision@N, the ESCO baseline. */
    public String summary() {
      return String.format(Locale.ROOT, "demand forecast: %d role-weeks (roles with >= %d postings in the week"
              + " predicted); precision@%d of the gap's skills: mean %.3f, pooled %.3f; ESCO essential skills alone:"
              + " %.3f", rows.size(), minNextPostings, top, meanPrecision(), pooledPrecision(),
          meanBaselinePrecision());
    }
  }

  private final Taxonomy taxonomy;
  private final DemandModel demand;
  private final GapModel gaps;

  /** Evaluates gaps of {@code top} skills. */
  public DemandForecastEvaluator(Taxonomy taxonomy, int top) {
    this.taxonomy = taxonomy;
    this.demand = new DemandModel(taxonomy);
    this.gaps = new GapModel(taxonomy, top);
  }

  /** Compares every week t+1 of {@code postings} with the weeks before it. */
  public Result run(List<PostingSkills> postings, int minNextPostings) {
    TreeMap<LocalDate, List<PostingSkills>> byWeek = new TreeMap<>();
    for (PostingSkills p : postings) {
      if (p.occupation() >= 0 && !p.skills().isEmpty()) {
        byWeek.computeIfAbsent(monday(p.datePosted()), k -> new ArrayList<>()).add(p);
      }
    }
    List<RoleWeek> rows = new ArrayList<>();
    List<PostingSkills> history = new ArrayList<>();
    for (Map.Entry<LocalDate, List<PostingSkills>> week : byWeek.entrySet()) {
      if (!history.isEmpty()) { // every week holds a posting, so only the first has nothing before it
        LocalDate endOfT = week.getKey().minusDays(1);
        Map<Integer, List<PostingSkills>> next = new TreeMap<>();
        week.getValue().forEach(p -> next.computeIfAbsent(p.occupation(), k -> new ArrayList<>()).add(p));
        Map<Integer, Integer> before = new TreeMap<>();
        history.forEach(p -> before.merge(p.occupation(), 1, Integer::sum));
        for (Map.Entry<Integer, List<PostingSkills>> role : next.entrySet()) {
          int occ = role.getKey();
          if (role.getValue().size() < minNextPostings || !before.containsKey(occ)) {
            continue;
          }
          List<Integer> predicted = gapSkills(demand.demand(occ, history, endOfT));
          List<Integer> baseline = gapSkills(demand.demand(occ, List.of(), endOfT));
          Set<Integer> actual = demanded(demand.demand(occ, role.getValue(), week.getKey().plusDays(6)));
          rows.add(new RoleWeek(occ, week.getKey(), before.get(occ), role.getValue().size(), predicted,
              hits(predicted, actual), baseline, hits(baseline, actual)));
        }
      }
      history.addAll(week.getValue());
    }
    return new Result(gaps.top(), minNextPostings, rows);
  }

  static LocalDate monday(LocalDate d) {
    return d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }

  private List<Integer> gapSkills(RoleDemand d) {
    return gaps.gap(d, List.of()).top().stream().map(GapSkill::concept).toList();
  }

  /** The hard skills a week's own postings demand; none when they demand no hard skill. */
  private Set<Integer> demanded(RoleDemand d) {
    Set<Integer> out = new TreeSet<>();
    if (d.basis() == RoleDemand.Basis.POSTINGS) {
      for (SkillDemand s : d.skills()) {
        if (taxonomy.concept(s.concept()).type() == SkillType.HARD) {
          out.add(s.concept());
        }
      }
    }
    return out;
  }

  private static int hits(List<Integer> predicted, Set<Integer> actual) {
    Set<Integer> p = new HashSet<>(predicted);
    p.retainAll(actual);
    return p.size();
  }
}
