package dev.skillgap.rank;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.skillgap.catalog.Credential;
import dev.skillgap.demand.DemandModel;
import dev.skillgap.demand.RoleDemand;
import dev.skillgap.taxonomy.Taxonomy;
import java.util.List;
import java.util.function.Function;

/**
 * The one rendering of a learner's {@link LearnerView} as the recommend output document:
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

  /** The document for {@code r}: {@link LearnerView#of} rendered by {@link #render}. */
  public ObjectNode toJson(LearnerResult r) {
    return render(mapper, LearnerView.of(r, taxonomy, credentials));
  }

  /** The document for {@code v}, made with {@code mapper}; its figures are the view's, to 4 decimals. */
  public static ObjectNode render(ObjectMapper mapper, LearnerView v) {
    ObjectNode o = mapper.createObjectNode();
    o.put("learnerId", v.learnerId());
    ObjectNode role = o.putObject("targetRole");
    role.put("input", v.roleInput());
    if (v.role() != null) {
      role.put("id", v.role().id());
      role.put("label", v.role().label());
      role.put("resolvedBy", v.role().method());
    } else {
      role.putNull("id");
      role.putNull("label");
    }
    o.put("status", v.status().wireName());
    ArrayNode skills = o.putArray("skills");
    for (LearnerView.Skill s : v.skills()) {
      ObjectNode j = skills.addObject();
      j.put("uri", s.uri());
      j.put("label", s.label());
      j.put("type", s.type().wireName());
      j.put("source", s.source().wireName());
      j.put("confidence", s.confidence());
    }
    if (v.summary() != null) {
      ObjectNode d = o.putObject("demand");
      d.put("postings", v.demand().postings());
      d.put("basis", v.demand().basis().wireName());
      if (v.demand().basis() == RoleDemand.Basis.POSTINGS) {
        d.put("minShare", DemandModel.MIN_SHARE).put("minPostings", DemandModel.MIN_POSTINGS);
      }
      LearnerView.Summary m = v.summary();
      ObjectNode s = o.putObject("summary");
      s.put("topSkills", m.topSkills());
      s.put("held", m.held());
      s.put("strengthen", m.strengthen());
      s.put("missing", m.missing());
      s.put("shareMet", m.shareMet());
      s.put("shareMetWithPlan", m.shareMetWithPlan());
      skillArray(o.putArray("gap"), v.gap());
      skillArray(o.putArray("strengths"), v.strengths());
      skillArray(o.putArray("soft"), v.soft());
      o.put("gapTotal", v.gapTotal());
    } else {
      o.putArray("gap");
      o.putArray("strengths");
      o.putArray("soft");
    }
    skillArray(o.putArray("uncovered"), v.uncovered());
    ArrayNode recs = o.putArray("recommendations");
    for (LearnerView.Recommendation r : v.recommendations()) {
      ObjectNode j = recs.addObject();
      j.put("rank", r.rank());
      j.put("credentialId", r.credentialId());
      j.put("title", r.title());
      j.put("provider", r.provider());
      putNumber(j, "hours", r.hours());
      putNumber(j, "cost", r.cost());
      j.put("currency", r.currency());
      j.put("level", r.level().wireName());
      j.put("language", r.language());
      j.put("url", r.url());
      j.put("aboutRole", r.aboutRole());
      if (r.hoursEstimate() != null) {
        j.put("hoursEstimate", r.hoursEstimate());
      }
      ArrayNode covers = j.putArray("covers");
      for (LearnerView.Covered c : r.covers()) {
        ObjectNode cv = covers.addObject();
        cv.put("uri", c.uri());
        cv.put("label", c.label());
        cv.put("weight", c.weight());
        cv.put("demandShare", c.demandShare());
        cv.put("why", c.why(v.roleLabel()));
      }
      j.put("gain", r.gain());
      j.put("gapRemaining", r.gapRemaining());
    }
    ArrayNode notes = o.putArray("notes");
    v.notes().forEach(notes::add);
    return o;
  }

  /** Skills in the order given. */
  private static void skillArray(ArrayNode into, List<LearnerView.GapEntry> skills) {
    for (LearnerView.GapEntry g : skills) {
      ObjectNode j = into.addObject();
      j.put("uri", g.uri());
      j.put("label", g.label());
      j.put("type", g.type().wireName());
      j.put("status", g.status().wireName());
      j.put("weight", g.weight());
      j.put("demand", g.demand());
      j.put("demandShare", g.demandShare());
      j.put("proficiency", g.proficiency());
    }
  }

  private static void putNumber(ObjectNode j, String field, Double v) {
    if (v == null) {
      j.putNull(field);
    } else {
      j.put(field, v);
    }
  }


}
