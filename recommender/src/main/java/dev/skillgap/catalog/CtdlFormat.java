package dev.skillgap.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import dev.skillgap.catalog.quantity.IsoDuration;
import java.util.LinkedHashSet;
import java.util.Locale;
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
        d.claims.add(new EntryDraft.Claim(target.isEmpty() ? "(alignment without targetNode: '" + name + "')" : target,
            name, true));
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

  private static void hours(EntryDraft d, JsonNode duration) throws EntryRejected {
    for (JsonNode x : JsonValues.list(duration)) {
      String iso;
      if (x.isObject()) {
        iso = JsonValues.text(x.get("ceterms:exactDuration"));
        if (iso == null) {
          iso = JsonValues.text(x.get("ceterms:maximumDuration"));
        }
        if (iso == null) {
          iso = JsonValues.text(x.get("ceterms:minimumDuration"));
        }
      } else {
        iso = JsonValues.text(x);
      }
      if (iso == null || iso.isBlank()) {
        continue;
      }
      IsoDuration.Hours h = IsoDuration.parse(iso);
      if (h == null) {
        throw new EntryRejected(CatalogReject.Kind.HOURS_NOT_NUMBER, "ceterms:estimatedDuration '" + iso + "' is not an"
            + " ISO-8601 duration such as PT20H");
      }
      if (h.negative()) {
        throw new EntryRejected(CatalogReject.Kind.NEGATIVE_HOURS, "ceterms:estimatedDuration is " + iso);
      }
      if (h.calendarSpan()) {
        d.warn(CatalogWarning.Kind.HOURS_INCOMPLETE, "ceterms:estimatedDuration " + iso + " is in years or months, which"
            + " gives no learning hours");
        return;
      }
      d.hours = h.hours();
      return;
    }
  }

  private static void cost(EntryDraft d, JsonNode costs) throws EntryRejected {
    double total = 0;
    String currency = null;
    boolean any = false;
    Set<String> others = new LinkedHashSet<>();
    for (JsonNode p : JsonValues.list(costs)) {
      Double price = JsonValues.amount(p.isObject() ? p.get("ceterms:price") : p, "cost", "ceterms:price");
      if (price == null) {
        continue;
      }
      String cur = p.isObject() ? JsonValues.string(p.get("ceterms:currency")).toUpperCase(Locale.ROOT) : "";
      if (currency == null) {
        currency = cur;
      }
      if (cur.equals(currency)) {
        total += price;
        any = true;
      } else {
        others.add(cur.isEmpty() ? "(no currency)" : cur);
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
