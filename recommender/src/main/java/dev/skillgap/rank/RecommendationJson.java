package dev.skillgap.rank;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.skillgap.catalog.Credential;
import dev.skillgap.gap.GapSkill;
import dev.skillgap.gap.LearnerSkill;
import dev.skillgap.taxonomy.Concept;
import dev.skillgap.taxonomy.Taxonomy;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The one mapping from a {@link LearnerResult} to the recommend output document:
 * {@code {"learnerId", "targetRole": {"id", "label"}, "skills", "gap", "strengths", "uncovered",
 * "recommendations": [{"rank", "credentialId", "title", "provider", "hours", "cost", "currency",
 * "covers": [{"uri", "label", "weight", "demandShare", "why"}], "gain", "gapRemaining"}]}}, plus
 * {@code status}, {@code demand} (how much came from postings and from the ESCO prior) and {@code notes}.
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
    o.put("status", r.status());
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
      ObjectNode d = o.putObject("demand");
      d.put("postings", r.gap().demand().postings());
      d.put("fromPostings", round(r.gap().demand().postingWeight()));
      d.put("fromPrior", round(r.gap().demand().priorWeight()));
      gapArray(o.putArray("gap"), r.gap().gap());
      gapArray(o.putArray("strengths"), r.gap().strengths());
      o.put("gapTotal", round(r.gap().totalWeight()));
    } else {
      o.putArray("gap");
      o.putArray("strengths");
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
      j.put("url", c.url());
      if (s.option().hoursEstimated()) {
        j.put("hoursEstimate", round(s.option().hours()));
      }
      ArrayNode covers = j.putArray("covers");
      s.closes().entrySet().stream().sorted(Map.Entry.<Integer, Double>comparingByValue().reversed()
          .thenComparing(Map.Entry.comparingByKey())).forEach(e -> {
            GapSkill g = find(r, e.getKey());
            Concept k = taxonomy.concept(e.getKey());
            ObjectNode cv = covers.addObject();
            cv.put("uri", k.id());
            cv.put("label", k.preferredLabel());
            cv.put("weight", round(e.getValue()));
            cv.put("demandShare", g == null ? 0 : round(g.postingShare()));
            cv.put("why", why(k, g, roleLabel, r));
          });
      j.put("gain", round(s.gain()));
      j.put("gapRemaining", round(s.gapRemaining()));
    }
    ArrayNode notes = o.putArray("notes");
    r.notes().forEach(notes::add);
    return o;
  }

  private static String why(Concept k, GapSkill g, String role, LearnerResult r) {
    if (g == null) {
      return k.preferredLabel();
    }
    if (r.gap().demand().postings() > 0 && g.postingShare() > 0) {
      return String.format(Locale.ROOT, "%s: asked for in %d%% of %s postings", k.preferredLabel(),
          Math.round(g.postingShare() * 100), role);
    }
    return k.preferredLabel() + ": " + (g.demand() >= 0.3 ? "an essential skill" : "an optional skill")
        + " of " + role + " in ESCO";
  }

  private static GapSkill find(LearnerResult r, int concept) {
    return r.gap().gap().stream().filter(g -> g.concept() == concept).findFirst().orElse(null);
  }

  private void gapArray(ArrayNode into, List<GapSkill> skills) {
    skills.stream().sorted(Comparator.comparingDouble(GapSkill::weight).reversed()
        .thenComparingInt(GapSkill::concept)).forEach(g -> {
          Concept c = taxonomy.concept(g.concept());
          ObjectNode j = into.addObject();
          j.put("uri", c.id());
          j.put("label", c.preferredLabel());
          j.put("type", c.type().wireName());
          j.put("weight", round(g.weight()));
          j.put("demand", round(g.demand()));
          j.put("demandShare", round(g.postingShare()));
          j.put("proficiency", round(g.proficiency()));
        });
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
