package dev.skillgap.rank;

import dev.skillgap.catalog.Credential;
import dev.skillgap.catalog.Level;
import dev.skillgap.catalog.TaughtSkill;
import dev.skillgap.demand.DemandModel;
import dev.skillgap.gap.Gap;
import dev.skillgap.gap.GapModel;
import dev.skillgap.gap.GapSkill;
import dev.skillgap.gap.LearnerProfile;
import dev.skillgap.gap.LearnerSkill;
import dev.skillgap.gap.LearnerSkillModel;
import dev.skillgap.occupation.ResolvedRole;
import dev.skillgap.demand.RoleDemand;
import dev.skillgap.occupation.RoleResolver;
import dev.skillgap.index.CandidateCredential;
import dev.skillgap.index.CredentialIndex;
import dev.skillgap.taxonomy.Occupation;
import dev.skillgap.taxonomy.Taxonomy;
import dev.skillgap.text.LanguageGuesser;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * Recommends credentials to one learner: resolves their target role, measures their skills and
 * gap against the role's most demanded skills ({@link GapModel}), retrieves the credentials taught
 * in the learner's language ({@link #languageOf}) that teach the gap from the index, and plans the
 * best budgeted set for that gap alone, a credential counting as far as it is about the role
 * ({@link #relevance}, {@link CoveragePlanner#fit}). A credential without hours is planned with the median hours of its
 * level ({@code hoursEstimated}); one without a cost is planned at cost 0 but left out whenever a
 * cost limit is set ({@code costUnknown}). Thread-safe.
 */
public final class Recommender {

  /** Candidates retrieved from the index per learner. */
  public static final int CANDIDATES = 200;
  /** Share of a skill's gap an inferred (not aligned or tagged) skill is trusted to close, times its confidence. */
  public static final double INFERRED_COVERAGE = 0.8;
  /**
   * The least {@link #relevance} of a credential that is recommended at all: one fifth. Below it a
   * course is mostly about something else, and the skill it would close is most often one read
   * wrongly from its text. In the lists of the CV collection against edX and Udemy, every pick under
   * it was such a course (a blockchain developer sent to "Doing Philosophy with Superheroes" for
   * consensus mechanisms at 0.17, human resources officers to "Clinical Reasoning Process" at 0.19,
   * an electrical engineer to "Sustainability in Architecture" at 0.17), while just above it are
   * picks an adviser would keep ("Deep Learning Essentials" for a software developer at 0.24, "Six
   * Sigma" for an operations manager at 0.27) beside some that are still wrong ("Case Studies in
   * Functional Genomics" for a civil engineer at 0.28), so a higher floor would cost good picks
   * without removing the wrong readings. A gap skill only such courses teach is listed as one no
   * course teaches.
   */
  public static final double MIN_RELEVANCE = 0.2;

  private final Taxonomy taxonomy;
  private final LearnerSkillModel skills;
  private final RoleResolver roles;
  private final IntFunction<RoleDemand> demand;
  private final GapModel gaps;
  private final CredentialIndex index;
  private final CoveragePlanner planner = new CoveragePlanner();
  private final Map<Level, Double> medianHours;
  private static final LanguageGuesser LANGUAGE = new LanguageGuesser();

  /**
   * @param demand the demand of an occupation (by taxonomy index), computed once per role by the caller
   * @param gaps measures the gap on the role's top skills; the plan closes that gap only
   * @param catalogue the loaded credentials (for median hours per level)
   */
  public Recommender(Taxonomy taxonomy, LearnerSkillModel skills, RoleResolver roles, IntFunction<RoleDemand> demand,
      GapModel gaps, CredentialIndex index, List<Credential> catalogue) {
    this.taxonomy = taxonomy;
    this.gaps = gaps;
    this.skills = skills;
    this.roles = roles;
    this.demand = demand;
    this.index = index;
    this.medianHours = medianHours(catalogue);
  }

  static Map<Level, Double> medianHours(List<Credential> catalogue) {
    Map<Level, List<Double>> by = new EnumMap<>(Level.class);
    List<Double> all = new ArrayList<>();
    for (Credential c : catalogue) {
      if (c.hours() != null) {
        by.computeIfAbsent(c.level(), k -> new ArrayList<>()).add(c.hours());
        all.add(c.hours());
      }
    }
    Map<Level, Double> out = new EnumMap<>(Level.class);
    double overall = median(all, 10);
    for (Level l : Level.values()) {
      out.put(l, median(by.getOrDefault(l, List.of()), overall));
    }
    return out;
  }

  private static double median(List<Double> v, double fallback) {
    if (v.isEmpty()) {
      return fallback;
    }
    List<Double> s = new ArrayList<>(v);
    s.sort(null);
    return s.get(s.size() / 2);
  }

  /** The recommendation for {@code learner} under {@code budget}. */
  public LearnerResult recommend(LearnerProfile learner, Budget budget) {
    List<String> unknownBadges = new ArrayList<>();
    List<LearnerSkill> held = skills.skills(learner, unknownBadges);
    return recommend(learner, held, unknownBadges, budget);
  }

  /**
   * The recommendation for {@code learner} under {@code budget}, given the skills already measured
   * for them by the {@link LearnerSkillModel} (and the badges it did not know).
   */
  public LearnerResult recommend(LearnerProfile learner, List<LearnerSkill> held, List<String> unknownBadges,
      Budget budget) {
    List<String> notes = new ArrayList<>(learner.notes());
    for (String b : unknownBadges) {
      notes.add("badge " + b + " is not in the catalogue; its skills are not counted");
    }
    if (learner.cvText() == null && learner.declaredSkills().isEmpty() && learner.badges().isEmpty()) {
      notes.add("no CV, declared skills or badges: every demanded skill counts as a gap");
    }
    Optional<ResolvedRole> role = roles.resolve(learner.targetRole());
    if (role.isEmpty()) {
      boolean blank = learner.targetRole().isBlank();
      List<String> fits = blank ? List.of() : roles.tooGeneral(learner.targetRole());
      notes.add(blank ? "no target role given: add one to get recommendations"
          : !fits.isEmpty() ? "target role '" + learner.targetRole() + "' is too general: " + fits.size()
              + " occupations fit it equally, such as " + String.join(", ", fits.subList(0, Math.min(3, fits.size())))
              + "; give a job title to get recommendations"
          : "target role '" + learner.targetRole() + "' matches no ESCO or O*NET occupation; no recommendations");
      return new LearnerResult(learner, null, held, null, new Plan(List.of(), 0, 0, 0, 0, "exact"), List.of(),
          blank ? LearnerStatus.NO_TARGET_ROLE : LearnerStatus.UNKNOWN_ROLE, notes);
    }
    if (!"esco-uri".equals(role.get().method()) && !"exact-title".equals(role.get().method())) {
      notes.add("target role '" + learner.targetRole() + "' read as " + role.get().label() + " (" + role.get().method() + ")");
    }
    Gap gap = gaps.gap(demand.apply(role.get().occupation()), held);
    if (gap.demand().basis() == RoleDemand.Basis.ESCO_ESSENTIAL) {
      int n = gap.demand().postings();
      String label = role.get().label();
      String why = switch (RoleDemand.EssentialReason.of(n)) {
        case NO_POSTINGS -> "no posting for " + label + " asks for a skill";
        case TOO_FEW_POSTINGS -> "the one posting for " + label + " cannot show what the role demands (a skill counts"
            + " once " + DemandModel.MIN_POSTINGS + " postings ask for it)";
        case NO_SHARED_HARD_SKILL -> "no hard skill is asked for by " + DemandModel.MIN_POSTINGS + " and one in ten of the "
            + n + " postings for " + label;
      };
      notes.add(why + ": the gap is measured on the essential skills ESCO lists for it, those its job family shares first");
    }
    int occupation = role.get().occupation();
    Set<Integer> roleSkills = roleSkills(gap.demand(), occupation);
    String language = languageOf(learner);
    Map<Integer, Double> weights = new LinkedHashMap<>();
    Map<String, Double> byId = new LinkedHashMap<>();
    for (GapSkill g : gap.gap()) {
      weights.put(g.concept(), g.weight());
      byId.put(taxonomy.concept(g.concept()).id(), g.weight());
    }
    List<PlanOption> options = new ArrayList<>();
    Map<Integer, Boolean> taught = new HashMap<>();
    for (CandidateCredential cc : index.candidates(byId, CANDIDATES, language)) {
      Credential c = index.get(cc.credentialId());
      Map<Integer, Double> covers = new HashMap<>();
      for (TaughtSkill t : c.skills()) {
        int concept = taxonomy.indexOf(t.conceptId());
        if (concept >= 0 && weights.containsKey(concept)) {
          covers.merge(concept, coverage(t), Math::max);
        }
      }
      double relevance = relevance(c, roleSkills);
      if (covers.isEmpty() || relevance < MIN_RELEVANCE) {
        continue;
      }
      covers.keySet().forEach(concept -> taught.put(concept, true));
      boolean estimated = c.hours() == null;
      double hours = estimated ? medianHours.get(c.level()) : c.hours();
      options.add(new PlanOption(c.id(), hours, c.cost() == null ? 0 : c.cost(), estimated, c.cost() == null,
          levelRank(c.level()), covers, relevance));
    }
    Plan plan = planner.plan(weights, options, budget);
    for (PlanStep s : plan.steps()) {
      if (s.option().hoursEstimated()) {
        notes.add(s.option().id() + ": the catalogue gives no hours; planned with the median of its level ("
            + Math.round(s.option().hours()) + " h)");
      }
      if (s.option().costUnknown()) {
        notes.add(s.option().id() + ": the catalogue gives no cost; check it before enrolling");
      }
    }
    List<GapSkill> uncovered = gap.gap().stream().filter(g -> !taught.containsKey(g.concept())).toList();
    LearnerStatus status = gap.gap().isEmpty() ? LearnerStatus.NO_GAP : LearnerStatus.OK;
    return new LearnerResult(learner, role.get(), held, gap, plan, uncovered, status, notes);
  }

  /**
   * The language {@code learner} learns in: the one they declare, else their CV's (by {@link
   * LanguageGuesser}), else English, the language skillgap reads skills in.
   */
  public static String languageOf(LearnerProfile learner) {
    if (!learner.language().isEmpty()) {
      return learner.language();
    }
    return learner.cvText() == null || learner.cvText().isBlank() ? "en" : LANGUAGE.guess(learner.cvText());
  }

  /**
   * The skills that make a credential about a role: what the role's postings demand (or, without
   * them, its essential skills), and every essential and optional skill of its ESCO profile.
   */
  Set<Integer> roleSkills(RoleDemand demand, int occupation) {
    Set<Integer> out = new HashSet<>();
    demand.skills().forEach(s -> out.add(s.concept()));
    if (occupation >= 0) {
      Occupation o = taxonomy.occupation(occupation);
      for (int s : o.essentialSkills()) {
        out.add(s);
      }
      for (int s : o.optionalSkills()) {
        out.add(s);
      }
    }
    return out;
  }

  /**
   * The share of what {@code c} teaches that is about the role: the trusted coverage ({@link
   * #coverage}) of its skills among {@code roleSkills} over that of all its skills; 0 when it
   * teaches no skill of the taxonomy. A course on MATLAB programming that also teaches a Java
   * developer's "use debugging tools" is mostly not about the role.
   */
  double relevance(Credential c, Set<Integer> roleSkills) {
    double all = 0;
    double about = 0;
    for (TaughtSkill t : c.skills()) {
      int concept = taxonomy.indexOf(t.conceptId());
      if (concept < 0) {
        continue;
      }
      double w = coverage(t);
      all += w;
      if (roleSkills.contains(concept)) {
        about += w;
      }
    }
    return all <= 0 ? 0 : Math.min(1.0, about / all);
  }

  static int levelRank(Level l) {
    return switch (l) {
      case FOUNDATION -> 0;
      case ADVANCED -> 2;
      default -> 1;
    };
  }

  /**
   * The share of a gap in {@code t}'s skill that the credential is trusted to close: all of it when
   * aligned; for a tag, the probability that the link from the tag to the concept is right (1 for an
   * exact name), as the catalogue itself claims the skill; for an inferred skill, {@link
   * #INFERRED_COVERAGE} times the extractor's score, as nobody claimed it.
   */
  static double coverage(TaughtSkill t) {
    return switch (t.source()) {
      case ALIGNED -> 1.0;
      case TAG -> t.confidence();
      case INFERRED -> INFERRED_COVERAGE * t.confidence();
    };
  }
}
