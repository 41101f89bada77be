package dev.skillgap.catalog;

import dev.skillgap.text.LanguageCodes;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;

/**
 * Open Badges entries: a 3.0 {@code Achievement}, an {@code OpenBadgeCredential}/{@code
 * AchievementCredential} with an embedded achievement, a 2.0 {@code BadgeClass}, or an {@code
 * Assertion} with an embedded one. Hours, cost, level, format and url come from the catalogue
 * extension context ({@code estimatedHours}, {@code cost.amount}/{@code cost.currency}, ...), on the
 * achievement or else on the credential around it; skills from {@code alignment}: its {@code
 * targetUrl} (with its {@code targetName} to link when the URL is unknown), or for an O*NET
 * alignment or one without a URL its {@code targetName}. Keyword {@code tag}s are not skill claims
 * and are not read. Stateless.
 */
final class OpenBadgesFormat {

  private static final Set<String> ENTRY_TYPES = Set.of("Achievement", "BadgeClass", "OpenBadgeCredential",
      "AchievementCredential");

  private OpenBadgesFormat() {}

  /** Whether a {@code @graph} node of this type is a badge entry. */
  static boolean isEntryType(String type) {
    return ENTRY_TYPES.contains(type);
  }

  /** The draft of a badge entry of these {@code types}, or null when none of them is a badge type. */
  static EntryDraft draft(String entry, JsonNode n, List<String> types) throws EntryRejected {
    if (types.contains("Achievement")) {
      return badge(entry, n, null, "ob3", "Achievement", "creator");
    }
    if (types.contains("OpenBadgeCredential") || types.contains("AchievementCredential")) {
      JsonNode a = n.path("credentialSubject").path("achievement");
      if (!a.isObject()) {
        throw new EntryRejected(CatalogReject.Kind.WRONG_TYPE, "an OpenBadgeCredential whose credentialSubject has no"
            + " achievement (a catalogue lists achievements, not issued credentials without one)");
      }
      return badge(entry, a, n, "ob3", "Achievement", "creator");
    }
    if (types.contains("BadgeClass")) {
      return badge(entry, n, null, "ob2", "BadgeClass", "issuer");
    }
    if (types.contains("Assertion")) {
      JsonNode b = n.path("badge");
      if (!b.isObject()) {
        throw new EntryRejected(CatalogReject.Kind.WRONG_TYPE, "an Open Badges 2.0 Assertion without an embedded"
            + " BadgeClass");
      }
      return badge(entry, b, n, "ob2", "BadgeClass", "issuer");
    }
    return null;
  }

  /**
   * Badge {@code b} (an Achievement or BadgeClass, named {@code what}), inside {@code outer} (the
   * credential or assertion) when not null; {@code ownerField} names its provider.
   */
  private static EntryDraft badge(String entry, JsonNode b, JsonNode outer, String format, String what,
      String ownerField) throws EntryRejected {
    EntryDraft d = new EntryDraft(entry, format);
    d.id = JsonValues.string(b.get("id"));
    if (d.id.isEmpty()) {
      throw new EntryRejected(CatalogReject.Kind.MISSING_ID, "the " + what + " has no \"id\"");
    }
    d.title = JsonValues.string(b.get("name"));
    if (d.title.isEmpty()) {
      throw new EntryRejected(CatalogReject.Kind.MISSING_NAME, "the " + what + " has no \"name\"");
    }
    d.description = JsonValues.string(b.get("description"));
    d.language = LanguageCodes.of(JsonValues.string(b.get("inLanguage")));
    d.provider = profileName(b.get(ownerField));
    if (d.provider.isEmpty() && outer != null) {
      d.provider = profileName(outer.get("issuer"));
    }
    extensions(d, b, outer);
    alignments(d, b.get("alignment"));
    return d;
  }

  private static String profileName(JsonNode p) {
    if (p == null || p.isNull() || p.isMissingNode()) {
      return "";
    }
    if (p.isObject()) {
      String name = JsonValues.string(p.get("name"));
      return name.isEmpty() ? JsonValues.string(p.get("id")) : name;
    }
    return JsonValues.string(p);
  }

  /** The catalogue extension properties (estimatedHours, cost, level, format, url) of a badge. */
  private static void extensions(EntryDraft d, JsonNode main, JsonNode outer) throws EntryRejected {
    d.hours(pick(main, outer, "estimatedHours"), "estimatedHours");
    JsonNode cost = pick(main, outer, "cost");
    if (cost != null && cost.isObject()) {
      d.cost(cost.get("amount"), JsonValues.text(cost.get("currency")), "cost.amount");
    } else {
      d.cost(cost, null, "cost");
    }
    d.level = Level.parse(JsonValues.text(pick(main, outer, "level")));
    d.format = EntryDraft.deliveryFormat(JsonValues.text(pick(main, outer, "format")));
    d.url = JsonValues.string(pick(main, outer, "url"));
  }

  private static JsonNode pick(JsonNode main, JsonNode outer, String field) {
    JsonNode v = main.get(field);
    if ((v == null || v.isNull()) && outer != null) {
      v = outer.get(field);
    }
    return v;
  }

  private static void alignments(EntryDraft d, JsonNode alignments) {
    for (JsonNode a : JsonValues.list(alignments)) {
      String url = JsonValues.string(a.get("targetUrl"));
      String name = JsonValues.string(a.get("targetName"));
      if (SkillLinker.isOnet(JsonValues.text(a.get("targetFramework")))) {
        d.claims.add(new EntryDraft.Claim(null, name.isEmpty() ? url : name, true));
      } else {
        d.claims.add(new EntryDraft.Claim(url.isEmpty() ? null : url, name, true));
      }
    }
  }
}
