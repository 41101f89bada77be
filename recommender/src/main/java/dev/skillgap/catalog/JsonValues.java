package dev.skillgap.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reading values out of JSON-LD as badges and CTDL write them: plain, {@code @value}, language maps, lists. */
final class JsonValues {

  private JsonValues() {}

  /** Text of a plain string, a {@code @value} object, a language map, or the first of an array. */
  static String text(JsonNode n) {
    if (n == null || n.isMissingNode() || n.isNull()) {
      return null;
    }
    if (n.isValueNode()) {
      return n.asText().trim();
    }
    if (n.isArray()) {
      JsonNode best = null;
      for (JsonNode x : n) {
        String lang = x.path("@language").asText("");
        if (best == null || (lang.startsWith("en") && !best.path("@language").asText("").startsWith("en"))) {
          best = x;
        }
      }
      return best == null ? null : text(best);
    }
    if (n.has("@value")) {
      return text(n.get("@value"));
    }
    for (String lang : new String[] {"en", "en-US", "en-GB"}) {
      if (n.hasNonNull(lang)) {
        return text(n.get(lang));
      }
    }
    String first = null;
    for (Map.Entry<String, JsonNode> e : n.properties()) {
      String v = text(e.getValue());
      if (e.getKey().toLowerCase(Locale.ROOT).startsWith("en") && v != null) {
        return v;
      }
      if (first == null) {
        first = v;
      }
    }
    return first;
  }

  /** Trimmed text of {@code n}, empty when absent. */
  static String string(JsonNode n) {
    return EntryDraft.nz(text(n));
  }

  /** The node's elements when it is an array, else the node alone; empty when absent. */
  static Iterable<JsonNode> list(JsonNode n) {
    if (n == null || n.isMissingNode() || n.isNull()) {
      return List.of();
    }
    return n.isArray() ? n : List.of(n);
  }

  /** The values of {@code type} and {@code @type}. */
  static List<String> types(JsonNode n) {
    List<String> out = new ArrayList<>();
    for (String key : new String[] {"type", "@type"}) {
      for (JsonNode t : list(n.get(key))) {
        out.add(t.asText());
      }
    }
    return out;
  }
}
