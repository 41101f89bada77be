package dev.skillgap.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The one mapping from an {@link Extraction} to the JSON line of the {@code extract} contract:
 * {@code {"id", "skills": [{"uri", "label", "type", "kind", "score", "spans", "requirement"}]}},
 * plus {@code language} for non-English text, {@code truncated} for capped text, and optionally
 * each mention's evidence and, for a top-K extraction ({@link Cutoff#top}), each skill's {@code
 * belowThreshold}.
 */
public final class ExtractionJson {

  private final ObjectMapper mapper;

  public ExtractionJson(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /** One output line for record {@code id}; {@code evidence} adds each mention's span, sentence and source. */
  public ObjectNode toJson(JsonNode id, Extraction x, boolean evidence) {
    return toJson(id, x, evidence, false);
  }

  /**
   * One output line for record {@code id}; {@code evidence} adds each mention's span, sentence and
   * source, {@code thresholdMarks} each skill's {@code belowThreshold} (for an extraction cut at the
   * top K, where skills under the return threshold are returned too).
   */
  public ObjectNode toJson(JsonNode id, Extraction x, boolean evidence, boolean thresholdMarks) {
    ObjectNode out = mapper.createObjectNode();
    out.set("id", id);
    ArrayNode skills = out.putArray("skills");
    for (ExtractedSkill s : x.skills()) {
      ObjectNode j = skills.addObject();
      j.put("uri", s.concept().id());
      j.put("label", s.concept().preferredLabel());
      j.put("type", s.concept().type().wireName());
      j.put("kind", s.concept().kind().wireName());
      j.put("score", Math.round(s.score() * 10_000) / 10_000.0);
      ArrayNode spans = j.putArray("spans");
      for (int[] sp : s.spans()) {
        spans.addArray().add(sp[0]).add(sp[1]);
      }
      j.put("requirement", s.requirement().wireName());
      if (thresholdMarks) {
        j.put("belowThreshold", s.belowThreshold());
      }
      if (evidence) {
        ArrayNode ev = j.putArray("evidence");
        for (SkillMention m : s.mentions()) {
          ObjectNode e = ev.addObject();
          e.putArray("span").add(m.start()).add(m.end());
          e.putArray("sentence").add(m.sentenceStart()).add(m.sentenceEnd());
          e.put("source", m.evidence().wireName());
          e.put("score", Math.round(m.score() * 10_000) / 10_000.0);
        }
      }
    }
    if (!"en".equals(x.language())) {
      out.put("language", x.language());
      out.put("note", "text is not in English (" + x.language() + "); no skills extracted");
    }
    if (x.truncated()) {
      out.put("truncated", true);
      out.put("note", "text longer than " + dev.skillgap.text.TextAnalyzer.MAX_CHARS
          + " characters; only the first " + dev.skillgap.text.TextAnalyzer.MAX_CHARS + " were analysed");
    }
    return out;
  }

  /** The line for a record that could not be processed. */
  public ObjectNode error(JsonNode id, String message) {
    ObjectNode out = mapper.createObjectNode();
    out.set("id", id);
    out.putArray("skills");
    out.put("error", message);
    return out;
  }
}
