package dev.skillgap.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a format read from one catalogue entry before {@link CatalogAssembler} turns it into a
 * {@link Credential}: its fields, the skills it claims, and its warnings so far. Not thread-safe:
 * one draft per entry.
 */
final class EntryDraft {

  /**
   * A skill the entry claims: a URI to look up, or a name to link.
   *
   * @param uri the target's URI, or null when the claim is a name only
   * @param name the name the catalogue wrote (an alignment's target name, a tag), or empty
   * @param framework whether the name is a framework's own (an O*NET alignment) rather than a free
   *     tag; an exact match is then an alignment, not a tag
   */
  record Claim(String uri, String name, boolean framework) {
    Claim {
      name = name == null ? "" : name.strip();
    }
  }

  /** A warning before it is known whether the entry loads. */
  record Warning(CatalogWarning.Kind kind, String detail) {}

  final String entry;
  final String sourceFormat;
  String id;
  String title;
  String provider = "";
  String description = "";
  Double hours;
  Double cost;
  String currency = "";
  Level level = Level.UNKNOWN;
  String format = "";
  String url = "";
  final List<Claim> claims = new ArrayList<>();
  final List<Warning> warnings = new ArrayList<>();

  EntryDraft(String entry, String sourceFormat) {
    this.entry = entry;
    this.sourceFormat = sourceFormat;
  }

  void warn(CatalogWarning.Kind kind, String detail) {
    warnings.add(new Warning(kind, detail));
  }

  /** Whether a warning of this kind was given. */
  boolean has(CatalogWarning.Kind kind) {
    return warnings.stream().anyMatch(w -> w.kind() == kind);
  }

  private static final java.util.regex.Pattern DECIMAL =
      java.util.regex.Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

  /** Parses a number; null when absent or blank. */
  static Double amount(String raw, String quantity, String field) throws EntryRejected {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    String v = raw.trim();
    if (!DECIMAL.matcher(v).matches()) {
      throw notNumber(quantity, field + " is '" + v + "'");
    }
    return checked(Double.parseDouble(v), quantity, field, v);
  }

  static Double checked(double d, String quantity, String field, String shown) throws EntryRejected {
    if (!Double.isFinite(d)) {
      throw notNumber(quantity, field + " is '" + shown + "'");
    }
    if (d < 0) {
      throw new EntryRejected(quantity.equals("hours") ? CatalogReject.Kind.NEGATIVE_HOURS
          : CatalogReject.Kind.NEGATIVE_COST, field + " is " + shown);
    }
    return d;
  }

  static EntryRejected notNumber(String quantity, String detail) {
    return new EntryRejected(quantity.equals("hours") ? CatalogReject.Kind.HOURS_NOT_NUMBER
        : CatalogReject.Kind.COST_NOT_NUMBER, detail);
  }

  /** Trimmed text, empty for null. */
  static String nz(String s) {
    return s == null ? "" : s.trim();
  }

  /** A delivery format as {@link Credential#format()} names it: online, in-person, blended, or the text lower-cased. */
  static String deliveryFormat(String s) {
    String v = nz(s).toLowerCase(Locale.ROOT);
    if (v.contains("blend") || v.contains("hybrid")) {
      return "blended";
    }
    if (v.contains("online") || v.contains("remote") || v.contains("distance")) {
      return "online";
    }
    if (v.contains("person") || v.contains("classroom") || v.contains("onsite") || v.contains("on-site")) {
      return "in-person";
    }
    return v;
  }
}
