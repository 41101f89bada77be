package dev.skillgap.catalog;

import dev.skillgap.text.LanguageCodes;
import com.fasterxml.jackson.databind.JsonNode;
import dev.skillgap.catalog.quantity.Price;
import dev.skillgap.catalog.quantity.StudyHours;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * CTDL entries ({@code ceterms:Course}, {@code ceterms:LearningOpportunityProfile}, the credential
 * types, ...): name and description (plain or language maps), owner or offerer (embedded, or a
 * reference into the {@code @graph}), {@code ceterms:estimatedDuration} (an ISO-8601 duration or a
 * DurationProfile), {@code ceterms:estimatedCost} (the prices of all its CostProfiles added up:
 * tuition + fees; when they are in several currencies only those in the first one count, with a
 * warning), audience level, delivery type, subject webpage, and skills from {@code ceterms:teaches}.
 * Stateless.
 */
final class CtdlFormat {

  private static final Set<String> ENTRY_TYPES = Set.of("ceterms:Course", "ceterms:LearningOpportunityProfile",
      "ceterms:LearningOpportunity", "ceterms:LearningProgram", "ceterms:Credential", "ceterms:MicroCredential",
      "ceterms:Badge", "ceterms:DigitalBadge", "ceterms:OpenBadge", "ceterms:Certificate", "ceterms:Certification");

  private CtdlFormat() {}

  /** Whether a node of this type is a CTDL course, learning opportunity or credential. */
  static boolean isEntryType(String t) {
    return ENTRY_TYPES.contains(t) || (t.startsWith("ceterms:")
        && (t.endsWith("Degree") || t.endsWith("Diploma") || t.endsWith("Certificate") || t.endsWith("Doctorate")
        || t.endsWith("Credential")));
  }

  /** The draft of CTDL node {@code n}; {@code graph} resolves organisation references. */
  static EntryDraft draft(String entry, JsonNode n, Map<String, JsonNode> graph) throws EntryRejected {
    EntryDraft d = new EntryDraft(entry, "ctdl");
    d.id = JsonValues.string(n.get("@id"));
    if (d.id.isEmpty()) {
      d.id = JsonValues.string(n.get("ceterms:ctid"));
    }
    if (d.id.isEmpty()) {
      throw new EntryRejected(CatalogReject.Kind.MISSING_ID, "the node has neither \"@id\" nor \"ceterms:ctid\"");
    }
    d.title = JsonValues.string(n.get("ceterms:name"));
    if (d.title.isEmpty()) {
      throw new EntryRejected(CatalogReject.Kind.MISSING_NAME, "the node has no \"ceterms:name\"");
    }
    d.description = JsonValues.string(n.get("ceterms:description"));
    d.language = LanguageCodes.of(JsonValues.string(n.get("ceterms:inLanguage")));
    d.provider = organisation(n.get("ceterms:ownedBy"), graph);
    if (d.provider.isEmpty()) {
      d.provider = organisation(n.get("ceterms:offeredBy"), graph);
    }
    hours(d, n.get("ceterms:estimatedDuration"));
    cost(d, n.get("ceterms:estimatedCost"));
    for (JsonNode l : JsonValues.list(n.get("ceterms:audienceLevelType"))) {
      Level lv = Level.parse(localName(nodeText(l)));
      if (lv != Level.UNKNOWN) {
        d.level = lv;
        break;
      }
    }
    Set<String> formats = new LinkedHashSet<>();
    for (JsonNode t : JsonValues.list(n.get("ceterms:deliveryType"))) {
      String f = EntryDraft.deliveryFormat(localName(nodeText(t)).replaceAll("([a-z])([A-Z])", "$1 $2"));
      if (!f.isEmpty()) {
        formats.add(f);
      }
    }
    d.format = formats.size() > 1 ? "blended" : formats.stream().findFirst().orElse("");
    d.url = JsonValues.string(n.get("ceterms:subjectWebpage"));
    for (JsonNode t : JsonValues.list(n.get("ceterms:teaches"))) {
      String target = t.isObject() ? JsonValues.string(idOf(t.get("ceterms:targetNode"))) : JsonValues.string(t);
      String name = t.isObject() ? JsonValues.string(t.get("ceterms:targetNodeName")) : "";
      String framework = t.isObject()
          ? JsonValues.text(t.get("ceterms:framework")) + " " + JsonValues.text(t.get("ceterms:frameworkName")) : "";
      if (SkillLinker.isOnet(framework) && !name.isEmpty()) {
        d.claims.add(new EntryDraft.Claim(null, name, true));
      } else {
        d.claims.add(new EntryDraft.Claim(target.isEmpty() ? null : target, name, true));
      }
    }
    return d;
  }

  private static JsonNode idOf(JsonNode n) {
    return n != null && n.isObject() && n.has("@id") ? n.get("@id") : n;
  }

  /** A CredentialAlignmentObject's name or node, or a plain string such as {@code audLevel:BeginnerLevel}. */
  private static String nodeText(JsonNode n) {
    if (n.isObject()) {
      String s = JsonValues.text(n.get("ceterms:targetNodeName"));
      if (s == null || s.isBlank()) {
        s = JsonValues.text(idOf(n.get("ceterms:targetNode")));
      }
      return EntryDraft.nz(s);
    }
    return JsonValues.string(n);
  }

  private static String localName(String s) {
    int i = Math.max(s.lastIndexOf(':'), Math.max(s.lastIndexOf('/'), s.lastIndexOf('#')));
    return i >= 0 && !s.contains(" ") ? s.substring(i + 1) : s;
  }

  private static String organisation(JsonNode owners, Map<String, JsonNode> graph) {
    for (JsonNode o : JsonValues.list(owners)) {
      String name = "";
      String id;
      if (o.isObject()) {
        name = JsonValues.string(o.get("ceterms:name"));
        id = JsonValues.string(o.get("@id"));
      } else {
        id = JsonValues.string(o);
      }
      if (name.isEmpty() && graph.containsKey(id)) {
        name = JsonValues.string(graph.get(id).get("ceterms:name"));
      }
      if (!name.isEmpty()) {
        return name;
      }
      if (!id.isEmpty()) {
        return id;
      }
    }
    return "";
  }

  /** The first duration given: an ISO-8601 duration, or text, plain or as a DurationProfile's exact, maximum or minimum. */
  private static void hours(EntryDraft d, JsonNode duration) throws EntryRejected {
    for (JsonNode x : JsonValues.list(duration)) {
      String text = x.isObject() ? firstText(x, "ceterms:exactDuration", "ceterms:maximumDuration",
          "ceterms:minimumDuration") : JsonValues.text(x);
      if (text != null && !text.isBlank()) {
        d.hours(StudyHours.estimate(text), "ceterms:estimatedDuration");
        return;
      }
    }
  }

  private static String firstText(JsonNode n, String... fields) {
    for (String f : fields) {
      String v = JsonValues.text(n.get(f));
      if (v != null) {
        return v;
      }
    }
    return null;
  }

  /** The prices of the cost profiles added up, in the currency of the first; others are left out with a warning. */
  private static void cost(EntryDraft d, JsonNode costs) throws EntryRejected {
    double total = 0;
    String currency = null;
    boolean any = false;
    Set<String> others = new LinkedHashSet<>();
    for (JsonNode p : JsonValues.list(costs)) {
      JsonNode node = p.isObject() ? p.get("ceterms:price") : p;
      if (node == null || node.isNull()) {
        continue;
      }
      Price.Reading price = EntryDraft.price(node, p.isObject() ? JsonValues.text(p.get("ceterms:currency")) : null);
      if (price.amount() == null) {
        d.cost(price, "ceterms:price"); // rejects a negative price, warns of an unreadable one
        continue;
      }
      if (currency == null) {
        currency = price.currency();
      }
      if (price.currency().equals(currency)) {
        total += price.amount();
        any = true;
      } else {
        others.add(price.currency().isEmpty() ? "(no currency)" : price.currency());
      }
    }
    if (any) {
      d.cost = total;
      d.currency = currency;
    }
    if (!others.isEmpty()) {
      d.warn(CatalogWarning.Kind.MIXED_CURRENCIES, "cost profiles in " + others + " were left out; only those in "
          + (currency.isEmpty() ? "(no currency)" : currency) + " are added up");
    }
  }
}
