package dev.skillgap.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Reads one job-posting file from its bytes and returns every record as an accepted {@link
 * Posting} or an {@link IngestReject}; it never throws for bad input. The format follows the
 * extension: {@code .csv} (columns of FORMATS.md, matched by name), {@code .jsonl}/{@code .ndjson},
 * {@code .json}/{@code .jsonld} (schema.org JobPosting in {@code @graph}, a top-level array or a
 * single object) and {@code .parquet} (the JSONL field names as flat columns). Stateless,
 * thread-safe and serializable, so a Spark closure can hold one.
 */
public final class PostingParser implements Serializable {

  private static final long serialVersionUID = 1L;

  static final String CSV = "csv";
  static final String JSONL = "jsonl";
  static final String JSON_LD = "jsonld";
  static final String PARQUET = "parquet";

  /**
   * Returns every record of {@code content}, the whole file named {@code sourcePath}, as a posting
   * or a reject; bad input never throws. The path may be any URI or file name: its extension picks
   * the format and it is copied into every result as the source.
   */
  public IngestResult parse(String sourcePath, byte[] content) {
    Objects.requireNonNull(sourcePath, "sourcePath");
    Objects.requireNonNull(content, "content");
    String ext = extension(sourcePath);
    return switch (ext) {
      case "csv" -> parseCsv(sourcePath, content);
      case "jsonl", "ndjson" -> parseJsonLines(sourcePath, content);
      case "json", "jsonld" -> parseJsonLd(sourcePath, content);
      case "parquet" -> ParquetPostings.parse(sourcePath, content);
      default -> IngestResult.wholeFile(sourcePath, ext.isEmpty() ? "unknown" : ext, "unsupported file type '"
          + (ext.isEmpty() ? "(no extension)" : "." + ext) + "': expected .csv, .jsonl, .ndjson, .json, .jsonld or"
          + " .parquet", "");
    };
  }

  /** The lower-case extension of the last path segment, without the dot; empty when none. */
  static String extension(String path) {
    String name = fileName(path);
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  /** The last segment of a path or URI. */
  static String fileName(String path) {
    String p = path;
    int cut = p.indexOf('?');
    if (cut >= 0) {
      p = p.substring(0, cut);
    }
    int slash = Math.max(p.lastIndexOf('/'), p.lastIndexOf('\\'));
    return p.substring(slash + 1);
  }

  static String excerpt(String s) {
    return s.length() <= IngestReject.EXCERPT_CHARS ? s : s.substring(0, IngestReject.EXCERPT_CHARS);
  }

  // ---- CSV

  private static IngestResult parseCsv(String source, byte[] content) {
    Utf8.Decoded d = Utf8.decode(content);
    String whole = Utf8.wholeFileProblem(content, d, true);
    if (whole != null) {
      return IngestResult.wholeFile(source, CSV, whole, "");
    }
    CsvTable table;
    try {
      table = CsvTable.read(d);
    } catch (RecordRejected e) {
      return IngestResult.wholeFile(source, CSV, e.getMessage(), excerpt(d.text()));
    }
    String missing = table.missing("posting_id", "title", "date_posted", "description");
    List<Posting> accepted = new ArrayList<>();
    List<IngestReject> rejects = new ArrayList<>();
    for (CsvTable.Row row : table.rows()) {
      try {
        if (row.problem() != null) {
          throw new RecordRejected(row.problem());
        }
        if (missing != null) {
          throw new RecordRejected("header has no " + missing + " column");
        }
        var c = table.columns();
        Draft draft = new Draft(row.get(c, "posting_id"), row.get(c, "title"), row.get(c, "company"),
            row.get(c, "city"), row.get(c, "region"), row.get(c, "country"), row.get(c, "date_posted"),
            row.get(c, "employment_type"), row.get(c, "salary"), Normalize.onetCode(row.get(c, "occupation_code")),
            row.get(c, "description"));
        accepted.add(draft.validate(source, row.entry(), CSV, Draft.Names.CSV, false));
      } catch (RecordRejected e) {
        rejects.add(new IngestReject(source, row.entry(), CSV, e.getMessage(), row.raw()));
      }
    }
    return new IngestResult(source, accepted, rejects, table.rows().size());
  }

  // ---- JSON Lines

  private static IngestResult parseJsonLines(String source, byte[] content) {
    Utf8.Decoded d = Utf8.decode(content);
    String whole = Utf8.wholeFileProblem(content, d, true);
    if (whole != null) {
      return IngestResult.wholeFile(source, JSONL, whole, "");
    }
    String text = d.text();
    List<Posting> accepted = new ArrayList<>();
    List<IngestReject> rejects = new ArrayList<>();
    int read = 0;
    int lineNo = 0;
    for (int start = 0; start < text.length(); ) {
      int nl = text.indexOf('\n', start);
      int end = nl < 0 ? text.length() : nl;
      lineNo++;
      String line = text.substring(start, end);
      if (line.endsWith("\r")) {
        line = line.substring(0, line.length() - 1);
      }
      Utf8.Bad bad = d.firstIn(start, end);
      start = end + 1;
      if (line.isBlank()) {
        continue; // blank lines are not records
      }
      read++;
      String entry = "line " + lineNo;
      try {
        if (bad != null) {
          throw new RecordRejected(bad.describe());
        }
        JsonNode o;
        try {
          o = Json.MAPPER.readTree(line);
        } catch (JsonProcessingException e) {
          throw new RecordRejected(Json.invalid(e, false));
        }
        if (!o.isObject()) {
          throw new RecordRejected("not a JSON object but a JSON " + o.getNodeType().name().toLowerCase(Locale.ROOT));
        }
        accepted.add(jsonLineDraft(o).validate(source, entry, JSONL, Draft.Names.JSON, true));
      } catch (RecordRejected e) {
        rejects.add(new IngestReject(source, entry, JSONL, e.getMessage(), line));
      }
    }
    return new IngestResult(source, accepted, rejects, read);
  }

  private static Draft jsonLineDraft(JsonNode o) throws RecordRejected {
    JsonNode loc = o.get("location");
    loc = loc != null && loc.isObject() ? loc : o;
    String occupation = Json.optional(o, "occupationCode");
    if (occupation == null) {
      occupation = Json.optional(o, "occupationalCategory");
    }
    return new Draft(Json.text(o, "id"), Json.text(o, "title"), Json.optional(o, "company"),
        Json.optional(loc, "city"), Json.optional(loc, "region"), Json.optional(loc, "country"),
        Json.text(o, "datePosted"), joined(o.get("employmentType")), Json.optional(o, "salary"),
        Normalize.onetCode(occupation), Json.text(o, "description"));
  }

  // ---- JSON-LD

  private static IngestResult parseJsonLd(String source, byte[] content) {
    Utf8.Decoded d = Utf8.decode(content);
    String whole = Utf8.wholeFileProblem(content, d, false);
    if (whole != null) {
      return IngestResult.wholeFile(source, JSON_LD, whole, "");
    }
    List<Json.Item> items;
    try {
      items = Json.jsonLdItems(d);
    } catch (RecordRejected e) {
      return IngestResult.wholeFile(source, JSON_LD, e.getMessage(), excerpt(d.text()));
    }
    List<Posting> accepted = new ArrayList<>();
    List<IngestReject> rejects = new ArrayList<>();
    for (Json.Item item : items) {
      try {
        if (item.bad() != null) {
          throw new RecordRejected(item.bad().describe());
        }
        Draft draft = jobPostingDraft(item.node());
        if (draft.id() == null) {
          throw new RecordRejected("missing identifier (no identifier.value, @id or url)");
        }
        draft = draft.withOccupationCode(Normalize.onetCode(draft.occupationCode()));
        accepted.add(draft.validate(source, item.entry(), JSON_LD, Draft.Names.JSON_LD, true));
      } catch (RecordRejected e) {
        rejects.add(new IngestReject(source, item.entry(), JSON_LD, e.getMessage(), item.raw()));
      }
    }
    return new IngestResult(source, accepted, rejects, items.size());
  }

  /**
   * The fields of a schema.org JobPosting; {@code id} is null when it has none and {@code
   * occupationCode} is {@code occupationalCategory} as written. Rejects anything whose {@code @type}
   * is not JobPosting.
   */
  static Draft jobPostingDraft(JsonNode n) throws RecordRejected {
    if (!n.isObject()) {
      throw new RecordRejected("not a JobPosting: a JSON " + n.getNodeType().name().toLowerCase(Locale.ROOT)
          + ", not an object");
    }
    JsonNode type = n.get("@type");
    if (type == null) {
      throw new RecordRejected("not a JobPosting: the item has no @type");
    }
    if (!isJobPosting(type)) {
      throw new RecordRejected("not a JobPosting: @type is " + type);
    }
    String id = identifier(n);
    JsonNode org = Json.first(n.get("hiringOrganization"));
    String company = org == null ? null : org.isObject() ? Json.optional(org, "name") : org.isValueNode()
        ? org.asText() : null;
    String city = null;
    String region = null;
    String country = null;
    JsonNode place = Json.first(n.get("jobLocation"));
    JsonNode address = place == null ? null : place.isObject() ? Json.first(place.get("address")) : place;
    if (address != null && address.isObject()) {
      city = Json.optional(address, "addressLocality");
      region = Json.optional(address, "addressRegion");
      JsonNode c = Json.first(address.get("addressCountry"));
      country = c == null ? null : c.isObject() ? Json.optional(c, "name") : c.isValueNode() ? c.asText() : null;
    } else if (address != null && address.isValueNode()) {
      city = address.asText();
    }
    JsonNode occ = Json.first(n.get("occupationalCategory"));
    String occupation = occ == null ? null : occ.isValueNode() ? occ.asText()
        : occ.isObject() ? firstNonNull(Json.optional(occ, "codeValue"), Json.optional(occ, "name")) : null;
    return new Draft(id, Json.text(n, "title"), company, city, region, country, Json.text(n, "datePosted"),
        joined(n.get("employmentType")), salary(n.get("baseSalary")), occupation, Json.text(n, "description"));
  }

  private static boolean isJobPosting(JsonNode type) {
    if (type.isArray()) {
      for (JsonNode t : type) {
        if (isJobPosting(t)) {
          return true;
        }
      }
      return false;
    }
    String t = type.asText();
    return t.equals("JobPosting") || t.endsWith("/JobPosting") || t.endsWith(":JobPosting");
  }

  /**
   * {@code identifier} (text, or a PropertyValue's {@code value}), else {@code @id}, else {@code
   * url}; null when none is given.
   */
  private static String identifier(JsonNode n) {
    JsonNode idn = Json.first(n.get("identifier"));
    String id = null;
    if (idn != null && idn.isValueNode() && !idn.isNull()) {
      id = idn.asText();
    } else if (idn != null && idn.isObject()) {
      id = Json.optional(idn, "value");
    }
    for (String key : new String[] {"@id", "url"}) {
      if (id == null || id.isBlank()) {
        id = Json.optional(n, key);
      }
    }
    return id == null || id.isBlank() ? null : id;
  }

  /**
   * A schema.org {@code baseSalary} as one line: {@code GBP 32,000–38,000 per YEAR}, {@code GBP
   * 15.20 per HOUR} when min equals max, {@code from}/{@code up to} when one bound is missing; text
   * values are kept as written.
   */
  static String salary(JsonNode s) {
    s = Json.first(s);
    if (s == null || s.isNull()) {
      return null;
    }
    if (s.isValueNode()) {
      return s.asText();
    }
    if (!s.isObject()) {
      return null;
    }
    String currency = Json.optional(s, "currency");
    String unit = Json.optional(s, "unitText");
    String range = null;
    JsonNode v = s.get("value");
    if (v != null && v.isValueNode()) {
      range = number(v);
    } else if (v != null && v.isObject()) {
      unit = firstNonNull(Json.optional(v, "unitText"), unit);
      String min = number(v.get("minValue"));
      String max = number(v.get("maxValue"));
      if (min != null && max != null) {
        range = min.equals(max) ? min : min + "\u2013" + max;
      } else if (min != null) {
        range = "from " + min;
      } else if (max != null) {
        range = "up to " + max;
      } else {
        range = number(v.get("value"));
      }
    }
    List<String> parts = new ArrayList<>();
    for (String p : new String[] {currency, range, unit == null ? null : "per " + unit}) {
      if (p != null && !p.isBlank()) {
        parts.add(p.strip());
      }
    }
    return parts.isEmpty() ? null : String.join(" ", parts);
  }

  private static String number(JsonNode v) {
    if (v == null || v.isNull() || !v.isValueNode()) {
      return null;
    }
    if (v.isNumber()) {
      return Normalize.amount(v.decimalValue());
    }
    String t = v.asText().strip();
    try {
      return Normalize.amount(new BigDecimal(t));
    } catch (NumberFormatException e) {
      return t.isEmpty() ? null : t;
    }
  }

  /** A text value, or the text values of an array joined by commas; null when absent. */
  private static String joined(JsonNode v) {
    if (v == null || v.isNull()) {
      return null;
    }
    if (v.isArray()) {
      List<String> parts = new ArrayList<>();
      v.forEach(e -> {
        if (e.isValueNode() && !e.isNull()) {
          parts.add(e.asText());
        }
      });
      return String.join(",", parts);
    }
    return v.isValueNode() ? v.asText() : null;
  }

  private static String firstNonNull(String a, String b) {
    return a != null ? a : b;
  }
}
