package dev.skillgap.catalog;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.skillgap.io.BoundedInput;
import dev.skillgap.io.InputLimits;
import dev.skillgap.io.TextFiles;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one {@code .json}/{@code .jsonld} catalogue file: one entry, a top-level array of entries,
 * or a {@code @graph} whose course, learning opportunity and credential nodes are entries (other
 * nodes, such as organisations, are context). Each entry goes to the format its type names: {@link
 * OpenBadgesFormat} or {@link CtdlFormat}. A file that is not UTF-8 JSON is one rejected entry.
 * Stateless and thread-safe.
 */
final class JsonCatalogFile {

  private static final InputLimits LIMITS = InputLimits.DEFAULTS;
  private static final ObjectMapper JSON = new ObjectMapper(com.fasterxml.jackson.core.JsonFactory.builder()
      .streamReadConstraints(LIMITS.jsonConstraints()).build()).enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private JsonCatalogFile() {}

  static void read(Path f, CatalogAssembler out) throws IOException {
    String file = f.toString();
    String name = f.getFileName().toString();
    out.startFile(file);
    JsonNode root;
    BoundedInput.Read read;
    try {
      read = BoundedInput.read(file, java.nio.file.Files.newInputStream(f), LIMITS, false);
    } catch (IOException e) {
      out.reject(file, name, CatalogReject.Kind.UNREADABLE, name + " cannot be read: " + e.getClass().getSimpleName());
      return;
    }
    if (read.problem() != null) {
      out.reject(file, name, CatalogReject.Kind.TOO_LARGE, name + ": " + read.problem());
      return;
    }
    try {
      root = JSON.readTree(TextFiles.decodeStrict(stripBom(read.bytes()), java.nio.charset.StandardCharsets.UTF_8));
    } catch (CharacterCodingException e) {
      out.reject(file, name, CatalogReject.Kind.NOT_UTF8, name + " has bytes that are not UTF-8");
      return;
    } catch (com.fasterxml.jackson.core.exc.StreamConstraintsException e) {
      out.reject(file, name, CatalogReject.Kind.TOO_LARGE, name + ": " + LIMITS.jsonLimit(e));
      return;
    } catch (JacksonException e) {
      JsonLocation at = e.getLocation();
      String where = at == null ? "" : " line " + at.getLineNr() + ", column " + at.getColumnNr();
      String msg = e.getOriginalMessage().replaceAll("\\s*\\(start marker at \\[[^]]*\\]\\)", "")
          .replaceAll("\\s+", " ").trim();
      out.reject(file, name, CatalogReject.Kind.NOT_JSON, name + where + ": " + msg);
      return;
    }
    if (root == null || root.isMissingNode()) {
      out.reject(file, name, CatalogReject.Kind.NOT_JSON, name + " is empty");
      return;
    }
    if (root.isArray()) {
      for (int i = 0; i < root.size(); i++) {
        entry(file, "[" + i + "]", root.get(i), Map.of(), out);
      }
      if (root.isEmpty()) {
        out.reject(file, name, CatalogReject.Kind.WRONG_TYPE, name + " is an empty JSON array");
      }
      return;
    }
    if (root.has("@graph")) {
      JsonNode graph = root.get("@graph");
      Map<String, JsonNode> byId = new HashMap<>();
      for (JsonNode n : graph) {
        if (n.hasNonNull("@id")) {
          byId.putIfAbsent(n.get("@id").asText(), n);
        }
      }
      int entries = 0;
      for (int i = 0; i < graph.size(); i++) {
        JsonNode n = graph.get(i);
        if (isEntry(n)) {
          entries++;
          entry(file, "@graph[" + i + "]", n, byId, out);
        }
      }
      if (entries == 0) {
        out.reject(file, name, CatalogReject.Kind.WRONG_TYPE, "the @graph of " + name + " holds no course, learning"
            + " opportunity or credential");
      }
      return;
    }
    entry(file, name, root, Map.of(), out);
  }

  private static byte[] stripBom(byte[] b) {
    return b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF
        ? java.util.Arrays.copyOfRange(b, 3, b.length) : b;
  }

  /** True for graph nodes that are catalogue entries (not organisations, profiles and the like). */
  private static boolean isEntry(JsonNode n) {
    for (String t : JsonValues.types(n)) {
      if (CtdlFormat.isEntryType(t) || OpenBadgesFormat.isEntryType(t)) {
        return true;
      }
    }
    return false;
  }

  private static void entry(String file, String entry, JsonNode n, Map<String, JsonNode> graph, CatalogAssembler out) {
    try {
      out.accept(file, draft(entry, n, graph));
    } catch (EntryRejected e) {
      out.reject(file, entry, e);
    }
  }

  private static EntryDraft draft(String entry, JsonNode n, Map<String, JsonNode> graph) throws EntryRejected {
    if (!n.isObject()) {
      throw new EntryRejected(CatalogReject.Kind.WRONG_TYPE, "expected a JSON object, found " + n.getNodeType());
    }
    List<String> types = JsonValues.types(n);
    if (types.stream().anyMatch(t -> t.startsWith("ceterms:"))) {
      if (types.stream().anyMatch(CtdlFormat::isEntryType)) {
        return CtdlFormat.draft(entry, n, graph);
      }
      throw new EntryRejected(CatalogReject.Kind.WRONG_TYPE, types + " is not a CTDL course, learning opportunity or"
          + " credential");
    }
    EntryDraft badge = OpenBadgesFormat.draft(entry, n, types);
    if (badge != null) {
      return badge;
    }
    throw new EntryRejected(CatalogReject.Kind.WRONG_TYPE, (types.isEmpty() ? "no type" : "type " + types)
        + "; expected an Open Badges 3.0 Achievement or OpenBadgeCredential, an Open Badges 2.0 BadgeClass, or a CTDL"
        + " course or credential");
  }
}
