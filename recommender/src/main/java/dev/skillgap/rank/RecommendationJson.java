package dev.skillgap.rank;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.skillgap.catalog.Credential;
import dev.skillgap.demand.DemandModel;
import dev.skillgap.gap.Gap;
import dev.skillgap.gap.GapSkill;
import dev.skillgap.gap.LearnerSkill;
import dev.skillgap.demand.RoleDemand;
import dev.skillgap.gap.SkillStatus;
import dev.skillgap.taxonomy.Concept;
import dev.skillgap.taxonomy.Taxonomy;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The one mapping from a {@link LearnerResult} to the recommend output document:
 * {@code {"learnerId", "targetRole": {"id", "label"}, "skills", "gap", "strengths", "soft", "uncovered",
 * "recommendations": [{"rank", "credentialId", "title", "provider", "hours", "cost", "currency",
 * "covers": [{"uri", "label", "weight", "demandShare", "why"}], "gain", "gapRemaining"}]}}, plus
 * {@code status}, {@code demand} ({@code postings}, {@code basis} {@code postings} or
 * {@code esco-essential}, {@code minShare}, {@code minPostings}), {@code summary} ({@code topSkills} N and how many are
 * {@code held}, to {@code strengthen} and {@code missing}; {@code shareMet} and {@code shareMetWithPlan},
 * the shares of those skills' demand met now and after the plan) and {@code notes}. Each skill of
 * {@code gap} (missing or to strengthen, largest weight first), {@code strengths} (held) and
 * {@code soft} (never counted) has its {@code status}.
 */
public final class RecommendationJson {

  private final ObjectMapper mapper;
  private final Taxonomy taxonomy;
  private final Function<String, Credential> credentials;

  public RecommendationJson(ObjectMapper mapper, Taxonomy taxonomy, Function<String, Credential> credentials) {
    this.mapper = mapper;
    this.taxonomy = taxonomy;
    this.credentials = credentials;
  }

  public ObjectNode toJson(LearnerResult r) {
    ObjectNode o = mapper.createObjectNode();
    o.put("learnerId", r.learner().learnerId());
    ObjectNode role = o.putObject("targetRole");
    role.put("input", r.learner().targetRole());
    if (r.role() != null) {
      role.put("id", r.role().id());
      role.put("label", r.role().label());
      role.put("resolvedBy", r.role().method());
    } else {
      role.putNull("id");
      role.putNull("label");
    }
    o.put("status", r.status().wireName());
    ArrayNode skills = o.putArray("skills");
    for (LearnerSkill s : r.skills()) {
      Concept c = taxonomy.concept(s.concept());
      ObjectNode j = skills.addObject();
      j.put("uri", c.id());
      j.put("label", c.preferredLabel());
      j.put("type", c.type().wireName());
      j.put("source", s.source().wireName());
      j.put("confidence", round(s.confidence()));
    }
    if (r.gap() != null) {
      Gap g = r.gap();
      ObjectNode d = o.putObject("demand");
      d.put("postings", g.demand().postings());
      d.put("basis", g.demand().basis().wireName());
      if (g.demand().basis() == RoleDemand.Basis.POSTINGS) {
        d.put("minShare", DemandModel.MIN_SHARE).put("minPostings", DemandModel.MIN_POSTINGS);
      }
      ObjectNode s = o.putObject("summary");
      s.put("topSkills", g.top().size());
      s.put("held", g.withStatus(SkillStatus.HELD).size());
      s.put("strengthen", g.withStatus(SkillStatus.STRENGTHEN).size());
      s.put("missing", g.withStatus(SkillStatus.MISSING).size());
      s.put("shareMet", round(g.shareMet()));
      s.put("shareMetWithPlan", round(r.shareMetWithPlan()));
      gapArray(o.putArray("gap"), g.gap());
      skillArray(o.putArray("strengths"), g.strengths());
      skillArray(o.putArray("soft"), g.soft());
      o.put("gapTotal", round(g.totalWeight()));
    } else {
      o.putArray("gap");
      o.putArray("strengths");
      o.putArray("soft");
    }
    gapArray(o.putArray("uncovered"), r.uncovered());
    ArrayNode recs = o.putArray("recommendations");
    String roleLabel = r.role() == null ? "" : r.role().label();
    for (PlanStep s : r.plan().steps()) {
      Credential c = credentials.apply(s.option().id());
      ObjectNode j = recs.addObject();
      j.put("rank", s.rank());
      j.put("credentialId", c.id());
      j.put("title", c.title());
      j.put("provider", c.provider());
      putNumber(j, "hours", c.hours());
      putNumber(j, "cost", c.cost());
      j.put("currency", c.currency());
      j.put("level", c.level().wireName());
      j.put("language", c.language());
      j.put("url", c.url());
      j.put("aboutRole", round(s.option().relevance()));
      if (s.option().hoursEstimated()) {
        j.put("hoursEstimate", round(s.option().hours()));
      }
      ArrayNode covers = j.putArray("covers");
      for (Coverage covered : r.coverage(s)) {
        Concept k = taxonomy.concept(covered.concept());
        ObjectNode cv = covers.addObject();
        cv.put("uri", k.id());
        cv.put("label", k.preferredLabel());
        cv.put("weight", round(covered.weight()));
        cv.put("demandShare", round(covered.postingShare()));
        cv.put("why", why(k, covered, roleLabel));
      }
      j.put("gain", round(s.gain()));
      j.put("gapRemaining", round(s.gapRemaining()));
    }
    ArrayNode notes = o.putArray("notes");
    r.notes().forEach(notes::add);
    return o;
  }

  /** The words for why a credential is there for skill {@code k}: its reason, and whether the learner has part of it. */
  private static String why(Concept k, Coverage c, String role) {
    String part = c.partial() ? " (you have part of it)" : "";
    return switch (c.reason()) {
      case OUTSIDE_GAP -> k.preferredLabel();
      case ASKED_IN_POSTINGS -> String.format(Locale.ROOT, "%s: asked for in %d%% of %s postings%s", k.preferredLabel(),
          Math.round(c.postingShare() * 100), role, part);
      case ESSENTIAL_IN_ESCO -> k.preferredLabel() + ": an essential skill of " + role + " in ESCO" + part;
    };
  }

  /** Gap skills, largest weight first. */
  private void gapArray(ArrayNode into, List<GapSkill> skills) {
    skillArray(into, skills.stream().sorted(Comparator.comparingDouble(GapSkill::weight).reversed()
        .thenComparingInt(GapSkill::concept)).toList());
  }

  /** Skills in the order given. */
  private void skillArray(ArrayNode into, List<GapSkill> skills) {
    for (GapSkill g : skills) {
      Concept c = taxonomy.concept(g.concept());
      ObjectNode j = into.addObject();
      j.put("uri", c.id());
      j.put("label", c.preferredLabel());
      j.put("type", c.type().wireName());
      j.put("status", g.status().wireName());
      j.put("weight", round(g.weight()));
      j.put("demand", round(g.demand()));
      j.put("demandShare", round(g.postingShare()));
      j.put("proficiency", round(g.proficiency()));
    }
  }

  private static void putNumber(ObjectNode j, String field, Double v) {
    if (v == null) {
      j.putNull(field);
    } else {
      j.put(field, v);
    }
  }

  static double round(double v) {
    return Math.round(v * 10_000) / 10_000.0;
  }
}
