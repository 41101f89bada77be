package dev.skillgap.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The schema.org {@code JobPosting} vocabulary, read the way job boards really publish it: the one
 * mapping of such a node into a {@link Draft}, for postings and HR roles alike. Fields take every
 * shape the vocabulary allows: {@code identifier} as text, a {@code PropertyValue} or an array;
 * {@code hiringOrganization} as an object or a name; {@code jobLocation} as a place or an array,
 * its {@code address} as a {@code PostalAddress} or text; {@code baseSalary} as a {@code
 * MonetaryAmount} whose value is a number, text or a {@code QuantitativeValue}; {@code
 * occupationalCategory} as a code, a {@code CategoryCode} or text; and {@code skills}, {@code
 * qualifications}, {@code responsibilities} and {@code experienceRequirements} as text or lists of
 * terms, read as part of the posting's text. Pure functions.
 */
final class JobPostingLd {

  /** The other text fields read with the description, with the heading each is read under. */
  static final List<String[]> TEXT_FIELDS = List.of(new String[] {"responsibilities", "Responsibilities"},
      new String[] {"qualifications", "Qualifications"}, new String[] {"skills", "Skills"},
      new String[] {"experienceRequirements", "Experience requirements"});

  private JobPostingLd() {}

  /** Whether {@code n} says it is a JobPosting ({@code @type} JobPosting, a schema.org IRI or prefixed name). */
  static boolean isJobPosting(JsonNode n) {
    JsonNode type = n.get("@type");
    return type != null && isJobPostingType(type);
  }

  /** Whether {@code n} is JSON-LD rather than a flat record: it has an {@code @type} or {@code @context}. */
  static boolean isLinkedData(JsonNode n) {
    return n.has("@type") || n.has("@context");
  }

  private static boolean isJobPostingType(JsonNode type) {
    if (type.isArray()) {
      for (JsonNode t : type) {
        if (isJobPostingType(t)) {
          return true;
        }
      }
      return false;
    }
    String t = type.asText();
    return t.equals("JobPosting") || t.endsWith("/JobPosting") || t.endsWith(":JobPosting");
  }

  /**
   * The fields of a JobPosting node. Its id is {@code identifier}, else its {@code url}, else its
   * {@code @id}, each flagged when it stands in; null when none is given (the draft then derives one
   * from the content). Rejects anything whose {@code @type} is not JobPosting.
   */
  static Draft draft(JsonNode n) throws RecordRejected {
    if (!n.isObject()) {
      throw new RecordRejected("not a JobPosting: a JSON " + n.getNodeType().name().toLowerCase(Locale.ROOT)
          + ", not an object");
    }
    JsonNode type = n.get("@type");
    if (type == null) {
      throw new RecordRejected("not a JobPosting: the item has no @type");
    }
    if (!isJobPostingType(type)) {
      throw new RecordRejected("not a JobPosting: @type is " + type);
    }
    Draft d = new Draft();
    d.id = identifier(n.get("identifier"));
    if (d.id == null) {
      d.id = Json.optional(n, "url");
      d.idFlag = d.id == null ? null : IngestFlag.ID_FROM_URL;
    }
    if (d.id == null) {
      d.id = Json.optional(n, "@id");
      d.idFlag = d.id == null ? null : IngestFlag.ID_FROM_NODE_ID;
    }
    d.title = text(n, "title");
    JsonNode org = Json.first(n.get("hiringOrganization"));
    d.company = org == null ? null : org.isObject() ? Json.optional(org, "name") : org.isValueNode() ? org.asText() : null;
    JsonNode place = Json.first(n.get("jobLocation"));
    JsonNode address = place == null ? null : place.isObject() ? Json.first(place.get("address")) : place;
    if (address != null && address.isObject()) {
      d.city = Json.optional(address, "addressLocality");
      d.region = Json.optional(address, "addressRegion");
      JsonNode c = Json.first(address.get("addressCountry"));
      d.country = c == null ? null : c.isObject() ? Json.optional(c, "name") : c.isValueNode() ? c.asText() : null;
    } else if (address != null && address.isValueNode()) {
      Locations.Place p = Locations.parse(address.asText());
      d.city = p.city();
      d.region = p.region();
      d.country = p.country();
    }
    d.date = text(n, "datePosted");
    d.employmentType = joined(n.get("employmentType"));
    d.salary = salary(n.get("baseSalary"));
    d.occupation = occupation(n.get("occupationalCategory"));
    d.description = text(n, "description");
    for (String[] f : TEXT_FIELDS) {
      List<String> items = items(n.get(f[0]));
      if (!items.isEmpty()) {
        d.sections.add(new Draft.Section(f[1], items));
      }
    }
    return d;
  }

  /** A text value: a string, number or boolean as written, a {@code @value} object, or the first of an array. */
  private static String text(JsonNode n, String key) throws RecordRejected {
    JsonNode v = n.get(key);
    if (v == null || v.isNull() || v.isMissingNode()) {
      return null;
    }
    if (v.isArray()) {
      for (JsonNode x : v) {
        if (x.isValueNode() && !x.isNull()) {
          return x.asText();
        }
      }
      return null;
    }
    if (v.isObject() && v.has("@value")) {
      return Json.optional(v, "@value");
    }
    if (v.isValueNode()) {
      return v.asText();
    }
    throw new RecordRejected(key + " is not text but a JSON object");
  }

  /** {@code identifier} as text, a PropertyValue's {@code value}, or the first usable of an array; null when none. */
  private static String identifier(JsonNode idn) {
    if (idn == null || idn.isNull()) {
      return null;
    }
    if (idn.isArray()) {
      for (JsonNode x : idn) {
        String v = identifier(x);
        if (v != null) {
          return v;
        }
      }
      return null;
    }
    String id = idn.isValueNode() ? idn.asText() : idn.isObject() ? Json.optional(idn, "value") : null;
    return id == null || id.isBlank() ? null : id;
  }

  /**
   * {@code occupationalCategory}: the first O*NET-SOC code among its values, else the first
   * CategoryCode's {@code codeValue}, {@code name} or text as written.
   */
  static String occupation(JsonNode occ) {
    if (occ == null || occ.isNull()) {
      return null;
    }
    List<String> values = new ArrayList<>();
    for (JsonNode x : occ.isArray() ? occ : List.of(occ)) {
      if (x.isValueNode() && !x.isNull()) {
        values.add(x.asText());
      } else if (x.isObject()) {
        for (String k : new String[] {"codeValue", "name", "@id"}) {
          String v = Json.optional(x, k);
          if (v != null && !v.isBlank()) {
            values.add(v);
          }
        }
      }
    }
    for (String v : values) {
      String code = Normalize.onetCode(v);
      if (!code.isEmpty()) {
        return code;
      }
    }
    return values.isEmpty() ? null : values.get(0);
  }

  /** The texts of a text field: a string, the strings of an array, or the names (else descriptions) of terms. */
  static List<String> items(JsonNode v) {
    List<String> out = new ArrayList<>();
    if (v == null || v.isNull()) {
      return out;
    }
    for (JsonNode x : v.isArray() ? v : List.of(v)) {
      if (x.isValueNode() && !x.isNull()) {
        out.add(x.asText());
      } else if (x.isObject()) {
        String t = Json.optional(x, "name");
        if (t == null) {
          t = Json.optional(x, "description");
        }
        if (t == null) {
          t = Json.optional(x, "@value");
        }
        if (t == null && x.has("monthsOfExperience")) {
          t = Json.optional(x, "monthsOfExperience") + " months of experience";
        }
        if (t != null) {
          out.add(t);
        }
      }
    }
    return out;
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
  static String joined(JsonNode v) {
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
