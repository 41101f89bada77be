package dev.skillgap.report;

import dev.skillgap.demand.DemandScope;
import dev.skillgap.demand.Trend;
import dev.skillgap.rank.LearnerView;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The report's tables, each a pure function of collected lake rows. Rows come out in a total
 * order, so the same rows in any order give the same table.
 */
public final class ReportTables {

  /** The region label of rows about all regions (the lake's empty region). */
  public static final String ALL_REGIONS = "all regions";
  /**
   * The role label of rows with no occupation (role_uri empty): postings whose occupation was not
   * recognised, and learners whose target role did not resolve to one.
   */
  public static final String UNRESOLVED_ROLE = "role not recognised";

  /** Skills kept per role, region and type in {@code skill_demand}. */
  public static final int TOP_DEMAND = 15;
  /** Skills (columns) of the cohort gap heatmap. */
  public static final int HEATMAP_SKILLS = 12;

  private ReportTables() {}

  /**
   * {@code skill_demand}: for each role (and all occupations), region (and all regions) and skill
   * type, the {@code top} skills asked for in most postings, ranked 1.. by postings, then share,
   * then label.
   */
  public static Table skillDemand(List<DemandRow> demand, int top) {
    Map<List<String>, List<DemandRow>> groups = new TreeMap<>(ReportTables::compareKeys);
    for (DemandRow d : demand) {
      groups.computeIfAbsent(List.of(roleSort(d.occupationUri(), d.occupationLabel()), d.occupationUri(),
          d.region() == null ? "" : d.region(), nz(d.skillType())), k -> new ArrayList<>()).add(d);
    }
    List<List<Object>> rows = new ArrayList<>();
    groups.forEach((k, g) -> {
      g.sort(Comparator.comparingLong(DemandRow::postings).reversed()
          .thenComparing(Comparator.comparingDouble(DemandRow::share).reversed())
          .thenComparing(d -> nz(d.skillLabel())).thenComparing(DemandRow::skillUri));
      for (int i = 0; i < Math.min(top, g.size()); i++) {
        DemandRow d = g.get(i);
        rows.add(row(d.occupationUri(), role(d.occupationUri(), d.occupationLabel()), region(d.region()),
            nz(d.skillType()), i + 1, d.skillUri(), nz(d.skillLabel()), nz(d.skillKind()), d.postings(),
            d.requiredPostings(), d.totalPostings(), d.share()));
      }
    });
    return new Table("skill_demand", "Most demanded skills", List.of("role_uri", "role", "region", "skill_type",
        "rank", "skill_uri", "skill", "skill_kind", "postings", "required_postings", "total_postings", "share"), rows);
  }

  /**
   * {@code skill_trends}: the skills whose share of a role's postings rose or fell against the
   * earlier weeks, rising first, each by the size of the change.
   */
  public static Table skillTrends(List<TrendRow> trends) {
    List<TrendRow> moving = new ArrayList<>(trends.stream()
        .filter(t -> Trend.RISING.wireName().equals(t.status()) || Trend.FALLING.wireName().equals(t.status())).toList());
    moving.sort(Comparator.comparing((TrendRow t) -> roleSort(t.occupationUri(), t.occupationLabel()))
        .thenComparing(TrendRow::occupationUri).thenComparing(t -> Trend.RISING.wireName().equals(t.status()) ? 0 : 1)
        .thenComparing(Comparator.comparingDouble((TrendRow t) -> Math.abs(t.change())).reversed())
        .thenComparing(t -> nz(t.skillLabel())).thenComparing(TrendRow::skillUri));
    List<List<Object>> rows = new ArrayList<>();
    for (TrendRow t : moving) {
      rows.add(row(t.occupationUri(), role(t.occupationUri(), t.occupationLabel()), t.skillUri(), nz(t.skillLabel()),
          nz(t.skillType()), t.status(), t.share(), t.previousShare(), t.change(), t.weeksCompared()));
    }
    return new Table("skill_trends", "Rising and falling skills", List.of("role_uri", "role", "skill_uri", "skill",
        "skill_type", "status", "share", "previous_share", "change", "weeks_compared"), rows);
  }

  /**
   * {@code cohort_gaps}: per target role and skill, how many of the role's learners lack it
   * ({@code gap_share} = learners_with_gap / learners_in_role), the mean gap weight among them and
   * whether the catalogue teaches it; most shared gaps first. Only skills counted in a gap are there
   * (top hard skills missing or to strengthen): a soft skill a CV does not show is missing evidence,
   * not a missing skill.
   */
  public static Table cohortGaps(List<GapRow> gaps) {
    Map<String, Set<String>> learnersByRole = new HashMap<>();
    Map<String, String> roleLabels = new HashMap<>();
    Map<List<String>, List<GapRow>> bySkill = new HashMap<>();
    for (GapRow g : gaps) {
      if (g.occupationUri() == null) {
        continue;
      }
      learnersByRole.computeIfAbsent(g.occupationUri(), k -> new java.util.TreeSet<>()).add(g.learnerId());
      roleLabels.merge(g.occupationUri(), nz(g.occupationLabel()), (a, b) -> a.compareTo(b) <= 0 ? a : b);
      if (g.skillUri() != null && g.inGap()) {
        bySkill.computeIfAbsent(List.of(g.occupationUri(), g.skillUri()), k -> new ArrayList<>()).add(g);
      }
    }
    List<List<Object>> rows = new ArrayList<>();
    for (Map.Entry<List<String>, List<GapRow>> e : bySkill.entrySet()) {
      String occ = e.getKey().get(0);
      List<GapRow> g = e.getValue();
      GapRow first = g.stream().min(Comparator.comparing((GapRow x) -> nz(x.skillLabel()))).orElseThrow();
      long with = g.stream().map(GapRow::learnerId).distinct().count();
      int in = learnersByRole.get(occ).size();
      // sorted, so that the sum does not depend on the order the rows were collected in (their partitions)
      double mean = g.stream().mapToDouble(GapRow::weight).sorted().sum() / g.size();
      rows.add(row(occ, roleLabels.get(occ), first.skillUri(), nz(first.skillLabel()), nz(first.skillType()),
          (long) in, with, (double) with / in, mean, g.stream().anyMatch(GapRow::coveredByCatalog)));
    }
    rows.sort(Comparator.comparing((List<Object> r) -> (String) r.get(1)).thenComparing(r -> (String) r.get(0))
        .thenComparing(Comparator.comparing((List<Object> r) -> (Long) r.get(6)).reversed())
        .thenComparing(Comparator.comparing((List<Object> r) -> (Double) r.get(8)).reversed())
        .thenComparing(r -> (String) r.get(3)).thenComparing(r -> (String) r.get(2)));
    return new Table("cohort_gaps", "Cohort gaps", List.of("role_uri", "role", "skill_uri", "skill", "skill_type",
        "learners_in_role", "learners_with_gap", "gap_share", "mean_weight", "taught_in_catalog"), rows);
  }

  /**
   * The heatmap of {@code cohort_gaps}: roles (rows, by label) × the {@code skills} gap skills
   * shared by most learners over all roles (columns), each cell the role's {@code gap_share}
   * (0 where none of the role's learners lacks the skill).
   */
  public static Heatmap heatmap(Table cohortGaps, int skills) {
    int roleUri = cohortGaps.column("role_uri");
    int role = cohortGaps.column("role");
    int skillUri = cohortGaps.column("skill_uri");
    int skill = cohortGaps.column("skill");
    int with = cohortGaps.column("learners_with_gap");
    int in = cohortGaps.column("learners_in_role");
    Map<String, Long> learners = new HashMap<>();
    int share = cohortGaps.column("gap_share");
    Map<String, Long> total = new HashMap<>();
    Map<String, String> labels = new HashMap<>();
    Map<String, String> roles = new TreeMap<>();
    for (List<Object> r : cohortGaps.rows()) {
      total.merge((String) r.get(skillUri), (Long) r.get(with), Long::sum);
      labels.put((String) r.get(skillUri), (String) r.get(skill));
      roles.put((String) r.get(roleUri), (String) r.get(role));
      learners.put((String) r.get(roleUri), (Long) r.get(in));
    }
    List<String> top = total.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()
        .thenComparing(e -> labels.get(e.getKey())).thenComparing(Map.Entry.comparingByKey()))
        .limit(skills).map(Map.Entry::getKey).toList();
    List<Map.Entry<String, String>> roleList = roles.entrySet().stream()
        .sorted(Map.Entry.<String, String>comparingByValue().thenComparing(Map.Entry.comparingByKey())).toList();
    double[][] values = new double[roleList.size()][top.size()];
    Map<String, Integer> ri = new HashMap<>();
    for (int i = 0; i < roleList.size(); i++) {
      ri.put(roleList.get(i).getKey(), i);
    }
    for (List<Object> r : cohortGaps.rows()) {
      int j = top.indexOf((String) r.get(skillUri));
      if (j >= 0) {
        values[ri.get((String) r.get(roleUri))][j] = (Double) r.get(share);
      }
    }
    List<List<Double>> cells = new ArrayList<>();
    for (double[] v : values) {
      cells.add(java.util.Arrays.stream(v).boxed().toList());
    }
    return new Heatmap(roleList.stream().map(Map.Entry::getKey).toList(),
        roleList.stream().map(Map.Entry::getValue).toList(),
        roleList.stream().map(e -> learners.get(e.getKey())).toList(), top, top.stream().map(labels::get).toList(), cells);
  }

  /**
   * {@code recommended_credentials}: per learners' target role (and all occupations) and
   * credential, how many learners it is recommended to, its mean rank, the mean share of a
   * learner's gap it closes where recommended ({@code mean_gap_closed}, in [0, 1]) and the sum of
   * those shares ({@code total_gap_closed}); most recommended first.
   */
  public static Table recommendedCredentials(List<RecommendationRow> recs, Map<String, Role> roleOf) {
    Map<String, List<RecommendationRow>> byLearner = new TreeMap<>();
    recs.forEach(r -> byLearner.computeIfAbsent(r.learnerId(), k -> new ArrayList<>()).add(r));
    record Use(String roleUri, String role, RecommendationRow rec, double closed) {}
    List<Use> uses = new ArrayList<>();
    byLearner.forEach((learner, list) -> {
      list.sort(Comparator.comparingInt(RecommendationRow::rank));
      double before = 1;
      Role role = roleOf.getOrDefault(learner, Role.UNRESOLVED);
      for (RecommendationRow r : list) {
        double closed = Math.max(0, before - r.gapRemaining());
        before = r.gapRemaining();
        uses.add(new Use(role.uri(), role.label(), r, closed));
        uses.add(new Use(DemandScope.ALL_OCCUPATIONS, DemandScope.ALL_OCCUPATIONS_LABEL, r, closed));
      }
    });
    Map<List<String>, List<Use>> groups = new HashMap<>();
    uses.forEach(u -> groups.computeIfAbsent(List.of(u.roleUri(), u.rec().credentialId()), k -> new ArrayList<>()).add(u));
    List<List<Object>> rows = new ArrayList<>();
    groups.forEach((k, g) -> {
      RecommendationRow c = g.stream().map(Use::rec).min(Comparator.comparing(RecommendationRow::learnerId)).orElseThrow();
      long learners = g.stream().map(u -> u.rec().learnerId()).distinct().count();
      double meanRank = g.stream().mapToInt(u -> u.rec().rank()).sum() / (double) g.size();
      double closed = g.stream().mapToDouble(Use::closed).sum();
      rows.add(row(k.get(0), g.get(0).role(), c.credentialId(), nz(c.title()), nz(c.provider()), learners, meanRank,
          closed / g.size(), closed, c.hours(), c.cost(), nz(c.currency())));
    });
    rows.sort(Comparator.comparing((List<Object> r) -> roleSort((String) r.get(0), (String) r.get(1)))
        .thenComparing(r -> (String) r.get(0))
        .thenComparing(Comparator.comparing((List<Object> r) -> (Long) r.get(5)).reversed())
        .thenComparing(Comparator.comparing((List<Object> r) -> (Double) r.get(8)).reversed())
        .thenComparing(r -> (String) r.get(3)).thenComparing(r -> (String) r.get(2)));
    return new Table("recommended_credentials", "Most recommended credentials", List.of("role_uri", "role",
        "credential_id", "credential", "provider", "recommended_to", "mean_rank", "mean_gap_closed",
        "total_gap_closed", "hours", "cost", "currency"), rows);
  }

  /** {@code taxonomy_candidates}: unlinked phrases, most frequent first, with the nearest concept. */
  public static Table taxonomyCandidates(List<UnlinkedRow> unlinked) {
    List<UnlinkedRow> u = new ArrayList<>(unlinked);
    u.sort(Comparator.comparingLong(UnlinkedRow::occurrences).reversed()
        .thenComparing(Comparator.comparingLong(UnlinkedRow::postings).reversed()).thenComparing(UnlinkedRow::phrase));
    List<List<Object>> rows = new ArrayList<>();
    for (UnlinkedRow r : u) {
      rows.add(row(r.phrase(), r.occurrences(), r.postings(), r.examplePostingId(), r.nearestLabel(), r.nearestUri(),
          r.nearestSimilarity()));
    }
    return new Table("taxonomy_candidates", "Unlinked phrases worth adding to the taxonomy", List.of("phrase",
        "occurrences", "postings", "example_posting_id", "nearest_label", "nearest_uri", "nearest_similarity"), rows);
  }

  /**
   * Titles of postings with no occupation the report lists: fifty. Before the title readings they
   * led to, the fifty commonest unresolved titles carried a sixth of the real job board feed's
   * unresolved postings (1,418 titles in all) and 38% of the careers CSV's; past them most titles
   * are one posting's. Enough to show what the title readings lack.
   */
  public static final int UNRECOGNISED_TOP = 50;
  /** How a posting without a title is listed among them. */
  static final String NO_TITLE = "(no title)";

  /**
   * {@code unrecognised_titles}: the commonest titles of postings counted under no occupation
   * ({@value #UNRESOLVED_ROLE}), most postings first, each with its share of those postings.
   */
  public static Table unrecognisedTitles(UnrecognisedTitles unrecognised) {
    List<List<Object>> rows = new ArrayList<>();
    for (UnrecognisedTitle t : unrecognised.titles()) {
      rows.add(row(t.title().isBlank() ? NO_TITLE : t.title(), t.postings(),
          (double) t.postings() / Math.max(1, unrecognised.postings())));
    }
    rows.sort(Comparator.comparing((List<Object> r) -> (Long) r.get(1)).reversed().thenComparing(r -> (String) r.get(0)));
    rows = rows.subList(0, Math.min(UNRECOGNISED_TOP, rows.size()));
    return new Table("unrecognised_titles", "Posting titles no occupation was found for", List.of("title", "postings",
        "share_of_unrecognised"), rows);
  }

  /**
   * {@code learner_coverage}: per learner, from their recommendation document: target role, status,
   * gap skills, the share of the gap the list closes and leaves, credentials, total hours (catalogue
   * hours, else the estimate), the known cost (empty when the list mixes currencies) with its
   * currency and per currency, uncovered and strength skills, the number of top skills the gap is
   * measured on (N of "x of N"), the share of their demand met now and with the list, and the
   * learner's page.
   */
  public static Table learnerCoverage(List<LearnerView> docs) {
    List<List<Object>> rows = new ArrayList<>();
    for (LearnerView d : sorted(docs)) {
      Role role = role(d);
      List<LearnerView.Recommendation> recs = d.recommendations();
      double left = recs.isEmpty() ? 1 : recs.get(recs.size() - 1).gapRemaining();
      Map<String, Double> costs = new TreeMap<>();
      for (LearnerView.Recommendation r : recs) {
        if (r.cost() != null && r.cost() > 0) {
          costs.merge(nz(r.currency()), r.cost(), Double::sum);
        }
      }
      int gap = d.gap().size();
      LearnerView.Summary s = d.summary();
      rows.add(row(d.learnerId(), role.uri(), role.label(), d.status().wireName(), (long) gap,
          gap == 0 ? null : 1 - left, gap == 0 ? null : left, (long) recs.size(), d.hours(),
          costs.size() > 1 ? null : costs.values().stream().mapToDouble(Double::doubleValue).sum(),
          String.join("/", costs.keySet()), costs.entrySet().stream()
              .map(e -> (e.getKey() + " " + Csv.number(e.getValue())).trim()).collect(java.util.stream.Collectors.joining("; ")),
          (long) d.uncovered().size(), (long) d.strengths().size(),
          s == null ? null : (Object) (long) s.topSkills(),
          s == null ? null : (Object) s.shareMet(),
          s == null || recs.isEmpty() ? null : (Object) s.shareMetWithPlan(),
          "learners/" + FileNames.safe(d.learnerId()) + ".html"));
    }
    return new Table("learner_coverage", "Learners' course lists", List.of("learner_id", "role_uri", "role", "status",
        "gap_skills", "gap_closed", "gap_left", "credentials", "hours", "cost", "currency", "cost_by_currency",
        "uncovered_skills", "strengths", "top_skills", "share_met", "share_met_with_list", "page"), rows);
  }

  /** A learner's target role as the report groups by it. */
  public record Role(String uri, String label) {
    static final Role UNRESOLVED = new Role("", UNRESOLVED_ROLE);
  }

  /** Each learner's target role, from their documents. */
  public static Map<String, Role> roles(List<LearnerView> docs) {
    Map<String, Role> out = new LinkedHashMap<>();
    sorted(docs).forEach(d -> out.put(d.learnerId(), role(d)));
    return out;
  }

  static Role role(LearnerView d) {
    return d.role() == null ? Role.UNRESOLVED : new Role(d.role().id(), nz(d.role().label()));
  }

  /** Learners by id; learner ids are unique, the rest of the view only keeps the order total. */
  static List<LearnerView> sorted(List<LearnerView> docs) {
    return docs.stream().sorted(Comparator.comparing(LearnerView::learnerId).thenComparing(LearnerView::toString))
        .toList();
  }

  private static List<Object> row(Object... cells) {
    return java.util.Arrays.asList(cells);
  }

  private static String role(String uri, String label) {
    if (DemandScope.ALL_OCCUPATIONS.equals(uri)) {
      return DemandScope.ALL_OCCUPATIONS_LABEL;
    }
    return nz(uri).isEmpty() ? UNRESOLVED_ROLE : nz(label).isEmpty() ? uri : label;
  }

  /** Sort key that puts all occupations first, then roles by label. */
  private static String roleSort(String uri, String label) {
    return DemandScope.ALL_OCCUPATIONS.equals(uri) ? "" : "~" + role(uri, label);
  }

  private static String region(String r) {
    return r == null || r.isEmpty() ? ALL_REGIONS : r;
  }

  private static int compareKeys(List<String> a, List<String> b) {
    for (int i = 0; i < a.size(); i++) {
      int c = a.get(i).compareTo(b.get(i));
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }

  static String nz(String s) {
    return s == null ? "" : s;
  }

}
