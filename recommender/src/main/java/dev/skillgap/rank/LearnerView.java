package dev.skillgap.rank;

import dev.skillgap.catalog.Credential;
import dev.skillgap.catalog.Level;
import dev.skillgap.demand.RoleDemand;
import dev.skillgap.gap.Gap;
import dev.skillgap.gap.GapSkill;
import dev.skillgap.gap.LearnerSkill;
import dev.skillgap.gap.SkillSource;
import dev.skillgap.gap.SkillStatus;
import dev.skillgap.taxonomy.Concept;
import dev.skillgap.taxonomy.SkillType;
import dev.skillgap.taxonomy.Taxonomy;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * What the recommender says about one learner, with every concept and credential named: the typed
 * document that the recommend JSON ({@link RecommendationJson}) and the learner's page render, so
 * that neither is read back to make the other. Its figures are to 4 decimals ({@link #round}), as
 * every output gives them, so that the page and the JSON agree to the last percent. Built from a {@link LearnerResult} by {@link #of};
 * serializable, so that it travels from where the recommender ran to where the report is written.
 *
 * @param learnerId the learner
 * @param roleInput the target role as the learner gave it (may be blank or null)
 * @param role the resolved target role; null when it could not be resolved
 * @param status what could be done for the learner
 * @param skills what the learner holds, with source and confidence
 * @param demand where the role's demand comes from; null without a gap
 * @param summary "x of N" and the shares met; null without a gap
 * @param gap skills missing or to strengthen, largest weight first
 * @param strengths top skills the learner holds, in the gap's order
 * @param soft the role's soft skills, never counted in the gap
 * @param gapTotal the gap's total weight; null without a gap
 * @param uncovered gap skills no credential covers, largest weight first
 * @param recommendations the ranked credentials
 * @param notes messages for the learner or adviser
 */
public record LearnerView(String learnerId, String roleInput, Role role, LearnerStatus status, List<Skill> skills,
    Demand demand, Summary summary, List<GapEntry> gap, List<GapEntry> strengths, List<GapEntry> soft, Double gapTotal,
    List<GapEntry> uncovered, List<Recommendation> recommendations, List<String> notes) implements Serializable {

  private static final long serialVersionUID = 1L;

  public LearnerView {
    skills = List.copyOf(skills);
    gap = List.copyOf(gap);
    strengths = List.copyOf(strengths);
    soft = List.copyOf(soft);
    uncovered = List.copyOf(uncovered);
    recommendations = List.copyOf(recommendations);
    notes = List.copyOf(notes);
  }

  /** A resolved target role: ESCO (or O*NET) id, label, and how the title was resolved. */
  public record Role(String id, String label, String method) implements Serializable {}

  /** A skill the learner holds. */
  public record Skill(String uri, String label, SkillType type, SkillSource source, double confidence)
      implements Serializable {}

  /** Where the role's demand comes from: its postings counted, and the basis. */
  public record Demand(int postings, RoleDemand.Basis basis) implements Serializable {}

  /**
   * The gap's headline.
   *
   * @param topSkills N, the role's top skills measured
   * @param held how many of them the learner holds
   * @param strengthen how many they hold in part
   * @param missing how many they lack
   * @param shareMet share of those skills' demand met now
   * @param shareMetWithPlan share met after the whole plan
   */
  public record Summary(int topSkills, int held, int strengthen, int missing, double shareMet,
      double shareMetWithPlan) implements Serializable {}

  /** One skill of the role's demand as it stands for the learner ({@link GapSkill}, named). */
  public record GapEntry(String uri, String label, SkillType type, SkillStatus status, double weight, double demand,
      double demandShare, double proficiency) implements Serializable {}

  /**
   * One recommended credential.
   *
   * @param hours the catalogue's hours; null when it gives none
   * @param cost the catalogue's price; null when it gives none
   * @param aboutRole how far what it teaches is the role's ({@link PlanOption#relevance})
   * @param hoursEstimate the hours planned with when the catalogue gives none; null when it does
   * @param covers what it closes, largest weight first
   * @param gain the gap weight it closes
   * @param gapRemaining share of the gap left after it
   */
  public record Recommendation(int rank, String credentialId, String title, String provider, Double hours, Double cost,
      String currency, Level level, String language, String url, double aboutRole, Double hoursEstimate,
      List<Covered> covers, double gain, double gapRemaining) implements Serializable {
    public Recommendation {
      covers = List.copyOf(covers);
    }
  }

  /** What a credential closes of one skill, and why the skill is asked of the learner ({@link Coverage}, named). */
  public record Covered(String uri, String label, double weight, double demandShare, Coverage.Reason reason,
      boolean partial) implements Serializable {

    /**
     * The words for why the credential is there for this skill, for a learner whose role is
     * {@code role}: "SQL: asked for in 40% of data analyst postings (you have part of it)".
     */
    public String why(String role) {
      String part = partial ? " (you have part of it)" : "";
      return switch (reason) {
        case OUTSIDE_GAP -> label;
        case ASKED_IN_POSTINGS -> String.format(Locale.ROOT, "%s: asked for in %d%% of %s postings%s", label,
            Math.round(demandShare * 100), role, part);
        case ESSENTIAL_IN_ESCO -> label + ": an essential skill of " + role + " in ESCO" + part;
      };
    }
  }

  /** {@code v} to 4 decimals: how every figure of a learner's outputs is given. */
  public static double round(double v) {
    return Math.round(v * 10_000) / 10_000.0;
  }

  private static Double round(Double v) {
    return v == null ? null : round(v.doubleValue());
  }

  /** Hours of the whole list: each credential's catalogue hours, else the hours planned with. */
  public double hours() {
    double sum = 0;
    for (Recommendation r : recommendations) {
      sum += r.hours() != null ? r.hours() : r.hoursEstimate() != null ? r.hoursEstimate() : 0;
    }
    return sum;
  }

  /** The resolved role's label; empty when unresolved. */
  public String roleLabel() {
    return role == null ? "" : role.label();
  }

  /**
   * Names {@code r}'s concepts with {@code taxonomy} and its credentials with {@code credentials}
   * (which must know every recommended credential).
   */
  public static LearnerView of(LearnerResult r, Taxonomy taxonomy, Function<String, Credential> credentials) {
    List<Skill> skills = new ArrayList<>();
    for (LearnerSkill s : r.skills()) {
      Concept c = taxonomy.concept(s.concept());
      skills.add(new Skill(c.id(), c.preferredLabel(), c.type(), s.source(), round(s.confidence())));
    }
    Role role = r.role() == null ? null : new Role(r.role().id(), r.role().label(), r.role().method());
    Demand demand = null;
    Summary summary = null;
    List<GapEntry> gap = List.of();
    List<GapEntry> strengths = List.of();
    List<GapEntry> soft = List.of();
    Double gapTotal = null;
    Gap g = r.gap();
    if (g != null) {
      demand = new Demand(g.demand().postings(), g.demand().basis());
      summary = new Summary(g.top().size(), g.withStatus(SkillStatus.HELD).size(),
          g.withStatus(SkillStatus.STRENGTHEN).size(), g.withStatus(SkillStatus.MISSING).size(), round(g.shareMet()),
          round(r.shareMetWithPlan()));
      gap = entries(taxonomy, largestFirst(g.gap()));
      strengths = entries(taxonomy, g.strengths());
      soft = entries(taxonomy, g.soft());
      gapTotal = round(g.totalWeight());
    }
    List<Recommendation> recs = new ArrayList<>();
    for (PlanStep s : r.plan().steps()) {
      Credential c = credentials.apply(s.option().id());
      if (c == null) {
        throw new IllegalArgumentException("recommended credential " + s.option().id() + " is not in the catalogue");
      }
      List<Covered> covers = new ArrayList<>();
      for (Coverage cv : r.coverage(s)) {
        Concept k = taxonomy.concept(cv.concept());
        covers.add(new Covered(k.id(), k.preferredLabel(), round(cv.weight()), round(cv.postingShare()), cv.reason(),
            cv.partial()));
      }
      recs.add(new Recommendation(s.rank(), c.id(), c.title(), c.provider(), c.hours(), c.cost(), c.currency(),
          c.level(), c.language(), c.url(), round(s.option().relevance()),
          s.option().hoursEstimated() ? round(s.option().hours()) : null, covers, round(s.gain()),
          round(s.gapRemaining())));
    }
    return new LearnerView(r.learner().learnerId(), r.learner().targetRole(), role, r.status(), skills, demand,
        summary, gap, strengths, soft, gapTotal, entries(taxonomy, largestFirst(r.uncovered())), recs, r.notes());
  }

  private static List<GapSkill> largestFirst(List<GapSkill> skills) {
    return skills.stream().sorted(Comparator.comparingDouble(GapSkill::weight).reversed()
        .thenComparingInt(GapSkill::concept)).toList();
  }

  private static List<GapEntry> entries(Taxonomy taxonomy, List<GapSkill> skills) {
    List<GapEntry> out = new ArrayList<>(skills.size());
    for (GapSkill g : skills) {
      Concept c = taxonomy.concept(g.concept());
      out.add(new GapEntry(c.id(), c.preferredLabel(), c.type(), g.status(), round(g.weight()), round(g.demand()),
          round(g.postingShare()), round(g.proficiency())));
    }
    return out;
  }
}
