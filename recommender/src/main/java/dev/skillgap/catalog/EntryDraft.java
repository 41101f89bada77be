package dev.skillgap.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import dev.skillgap.catalog.quantity.Price;
import dev.skillgap.catalog.quantity.StudyHours;
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
  /** A subject or category the catalogue files it under, read for skills only when nothing else gives any. */
  String subject = "";
  /** The language the entry declares, as an ISO 639-1 code; empty when it declares none. */
  String language = "";
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

  /**
   * Takes the hours of {@code e}, or warns why there are none.
   *
   * @param source where the text came from ({@code estimatedHours}), put before the detail; empty
   *     when the detail, which quotes the text, says enough
   * @throws EntryRejected for negative hours
   */
  void hours(StudyHours.Estimate e, String source) throws EntryRejected {
    String detail = source.isEmpty() ? e.detail() : source + " " + e.detail();
    switch (e.outcome()) {
      case STATED, EFFORT_TIMES_LENGTH -> hours = e.hours();
      case NEGATIVE -> throw new EntryRejected(CatalogReject.Kind.NEGATIVE_HOURS, detail);
      case EFFORT_ONLY, CALENDAR_ONLY -> warn(CatalogWarning.Kind.HOURS_INCOMPLETE, detail);
      case UNREADABLE, ZERO -> warn(CatalogWarning.Kind.HOURS_NOT_READ, detail);
      case ABSENT -> { }
    }
  }

  /**
   * Takes the price and currency of {@code r}, or warns why there is none.
   *
   * @param source where the text came from ({@code cost.amount}), put before the detail; empty when
   *     the detail, which quotes the text, says enough
   * @throws EntryRejected for a negative price
   */
  void cost(Price.Reading r, String source) throws EntryRejected {
    String detail = source.isEmpty() ? r.detail() : source + " " + r.detail();
    switch (r.outcome()) {
      case STATED, FREE, CERTIFICATE -> cost = r.amount();
      case CONFLICT -> {
        cost = r.amount();
        warn(CatalogWarning.Kind.COST_CONFLICT, detail);
      }
      case NEGATIVE -> throw new EntryRejected(CatalogReject.Kind.NEGATIVE_COST, detail);
      case UNREADABLE -> warn(CatalogWarning.Kind.COST_NOT_READ, detail);
      case ABSENT -> {
        if (!r.detail().isEmpty()) {
          warn(CatalogWarning.Kind.NO_COST, detail);
        }
      }
    }
    if (cost != null) {
      currency = r.currency();
    }
  }

  /** The hours of a JSON value: a number of hours, or text for {@link StudyHours}. */
  void hours(JsonNode n, String field) throws EntryRejected {
    if (n == null || n.isMissingNode() || n.isNull()) {
      return;
    }
    if (n.isNumber()) {
      double v = n.doubleValue();
      hours(v < 0 ? new StudyHours.Estimate(null, StudyHours.Outcome.NEGATIVE, "is " + n.asText())
          : StudyHours.estimate(n.asText()), field);
    } else if (n.isTextual()) {
      hours(StudyHours.estimate(n.asText()), field);
    } else {
      warn(CatalogWarning.Kind.HOURS_NOT_READ, field + " is " + n + ", not a number of hours");
    }
  }

  /** The price of a JSON value in {@code currency}: a number, or text for {@link Price}; nothing when absent. */
  void cost(JsonNode n, String currency, String field) throws EntryRejected {
    if (n != null && !n.isMissingNode() && !n.isNull()) {
      cost(price(n, currency), field);
    }
  }

  /** The reading of a JSON price in {@code currency} (null when none is given): a number, or text for {@link Price}. */
  static Price.Reading price(JsonNode n, String currency) {
    if (n.isNumber() && n.doubleValue() < 0) {
      return new Price.Reading(null, "", Price.Outcome.NEGATIVE, "is " + n.asText());
    }
    if (n.isNumber() || n.isTextual()) {
      return Price.read(n.asText(), currency, null);
    }
    return new Price.Reading(null, "", Price.Outcome.UNREADABLE, "is " + n + ", not a price");
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
