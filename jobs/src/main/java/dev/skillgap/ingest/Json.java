package dev.skillgap.ingest;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.skillgap.io.InputLimits;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** JSON helpers: a strict mapper, field access that explains itself, and JSON-LD item splitting. */
final class Json {

  /** For whole values (a JSONL line) within the default limits: trailing content and duplicate keys are errors. */
  static final ObjectMapper MAPPER = strict(InputLimits.DEFAULTS, true);

  private static final java.util.Map<InputLimits, ObjectMapper[]> MAPPERS = new java.util.concurrent.ConcurrentHashMap<>();

  /** For whole values within {@code limits}: trailing content and duplicate keys are errors, nesting is bounded. */
  static ObjectMapper mapper(InputLimits limits) {
    return MAPPERS.computeIfAbsent(limits, l -> new ObjectMapper[] {strict(l, true), strict(l, false)})[0];
  }

  /** For streaming a document item by item within {@code limits}; the end of the document is checked by hand. */
  private static ObjectMapper streaming(InputLimits limits) {
    return MAPPERS.computeIfAbsent(limits, l -> new ObjectMapper[] {strict(l, true), strict(l, false)})[1];
  }

  private static ObjectMapper strict(InputLimits limits, boolean whole) {
    JsonMapper.Builder b = JsonMapper.builder(com.fasterxml.jackson.core.JsonFactory.builder()
            .streamReadConstraints(limits.jsonConstraints()).build())
        .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    return (whole ? b.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS) : b).build();
  }

  private static final java.util.regex.Pattern SOURCE_REF =
      java.util.regex.Pattern.compile("\\[Source: .*?; line: (\\d+), column: (\\d+)\\]");

  private Json() {}

  /** The reason for a parse error: {@code invalid JSON: <parser message> (line L, column C)}. */
  static String invalid(JsonProcessingException e, InputLimits limits) {
    return invalid(e, true, limits);
  }

  /**
   * As {@link #invalid(JsonProcessingException, InputLimits)}, giving only the column when {@code
   * withLine} is false; a value beyond {@code limits} (nested too deep) says so.
   */
  static String invalid(JsonProcessingException e, boolean withLine, InputLimits limits) {
    if (e instanceof com.fasterxml.jackson.core.exc.StreamConstraintsException c) {
      return limits.jsonLimit(c) + (e.getLocation() == null ? "" : withLine
          ? " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")"
          : " (column " + e.getLocation().getColumnNr() + ")");
    }
    String msg = e.getOriginalMessage();
    int nl = msg == null ? -1 : msg.indexOf('\n');
    String first = msg == null ? e.getClass().getSimpleName() : nl >= 0 ? msg.substring(0, nl) : msg;
    String where = e.getLocation() == null ? ""
        : withLine ? " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")"
        : " (column " + e.getLocation().getColumnNr() + ")";
    // Jackson may embed a "[Source: ...; line: L, column: C]" reference; keep only the place
    first = SOURCE_REF.matcher(first).replaceAll("line $1, column $2");
    return "invalid JSON: " + first.strip() + where;
  }

  /**
   * The text of {@code obj.key}: null when the key is absent; numbers and booleans as written;
   * a JSON null, object or array is rejected naming the key.
   */
  static String text(JsonNode obj, String key) throws RecordRejected {
    JsonNode v = obj.get(key);
    if (v == null || v.isMissingNode()) {
      return null;
    }
    if (v.isNull()) {
      throw new RecordRejected(key + " is null");
    }
    if (v.isValueNode()) {
      return v.asText();
    }
    throw new RecordRejected(key + " is not text but a JSON " + (v.isArray() ? "array" : "object"));
  }

  /** Like {@link #text} but never rejects: absent, null and structured values give null. */
  static String optional(JsonNode obj, String key) {
    JsonNode v = obj == null ? null : obj.get(key);
    return v != null && v.isValueNode() && !v.isNull() ? v.asText() : null;
  }

  /** The first element of an array, or the node itself. */
  static JsonNode first(JsonNode n) {
    return n != null && n.isArray() ? (n.size() > 0 ? n.get(0) : null) : n;
  }

  /**
   * One record of a JSON-LD document with its place and raw text; {@code tooLong} is why it is
   * longer than a record may be, or null.
   */
  record Item(int index, String entry, JsonNode node, String raw, Utf8.Bad bad, String tooLong) {}

  /**
   * Splits a JSON-LD document into its items: the elements of {@code @graph}, of a top-level array,
   * or the single top-level object. Each item keeps the characters it came from, so that invalid
   * UTF-8 rejects only the item holding it. A document that is not valid JSON is rejected whole.
   */
  static List<Item> jsonLdItems(Utf8.Decoded d, InputLimits limits) throws RecordRejected {
    String text = d.text();
    List<Item> items = new ArrayList<>();
    ObjectMapper streaming = streaming(limits);
    try (JsonParser p = streaming.createParser(text)) {
      JsonToken t = p.nextToken();
      if (t == null) {
        throw new RecordRejected("empty document: no JSON value");
      }
      if (t == JsonToken.START_ARRAY) {
        readArray(p, d, "[", items, limits);
      } else if (t == JsonToken.START_OBJECT) {
        int start = (int) p.currentTokenLocation().getCharOffset();
        ObjectNode rest = streaming.createObjectNode();
        boolean graph = false;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          JsonToken v = p.nextToken();
          if (name.equals("@graph") && v == JsonToken.START_ARRAY) {
            graph = true;
            readArray(p, d, "@graph[", items, limits);
          } else {
            rest.set(name, p.readValueAsTree());
          }
        }
        if (!graph) {
          int end = (int) p.currentLocation().getCharOffset();
          items.add(new Item(0, "document", rest, text.substring(start, Math.min(end, start + 202)),
              d.firstIn(start, end), tooLong(end - start, limits)));
        }
      } else {
        throw new RecordRejected("not a JSON-LD document: the top-level value is " + t.name().toLowerCase(
            java.util.Locale.ROOT) + ", not an object or array");
      }
      JsonToken after = p.nextToken();
      if (after != null) {
        throw new RecordRejected("invalid JSON: trailing content after the document (line "
            + p.currentTokenLocation().getLineNr() + ")");
      }
    } catch (JsonProcessingException e) {
      throw new RecordRejected(invalid(e, limits));
    } catch (IOException e) {
      throw new RecordRejected("cannot read the document: " + e.getMessage());
    }
    return items;
  }

  private static String tooLong(long chars, InputLimits limits) {
    return chars > limits.maxRecordBytes() ? limits.recordTooLong("item", chars, "characters") : null;
  }

  private static void readArray(JsonParser p, Utf8.Decoded d, String prefix, List<Item> items, InputLimits limits)
      throws IOException {
    int i = 0;
    String text = d.text();
    for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
      if (t == null) {
        throw new JsonParseException(p, "Unexpected end-of-input inside an array");
      }
      int start = (int) p.currentTokenLocation().getCharOffset();
      JsonNode node = p.readValueAsTree();
      int end = (int) p.currentLocation().getCharOffset();
      items.add(new Item(i, prefix + i + "]", node, text.substring(start, Math.min(end, start + 202)),
          d.firstIn(start, end), tooLong(end - start, limits)));
      i++;
    }
  }
}
