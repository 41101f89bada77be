package dev.skillgap.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.skillgap.catalog.Credential;
import dev.skillgap.catalog.TaughtSkill;
import dev.skillgap.demand.DemandModel;
import dev.skillgap.demand.RoleDemand;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A learner's outputs from their recommendation document: a small HTML page of the course list and
 * an Open Badges 3.0 view of the recommended achievements with their ESCO (or O*NET) alignments.
 */
public final class LearnerPages {

  static final String OB3_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  static final String STYLE = ReportPage.resource("report/learner.css");

  private LearnerPages() {}

  /**
   * The learner's page: target role; how many of the role's top skills they have ("x of N") and the
   * share of those skills' demand they meet, now and with the list; the ranked credentials with why
   * each is there (the gap skills it covers), hours, cost and the share of the gap left after it;
   * the skills they have, have in part (to strengthen) and lack; the role's soft skills their
   * profile does not show, to confirm or develop; and the gap no credential covers. Scripts are not
   * allowed in it.
   */
  public static String html(String week, JsonNode doc) {
    String id = doc.path("learnerId").asText();
    JsonNode role = doc.path("targetRole");
    String roleText = role.path("label").isTextual() ? role.path("label").asText()
        : role.path("input").asText().isBlank() ? "none given" : role.path("input").asText() + " (not recognised)";
    StringBuilder b = new StringBuilder(4096);
    b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src '")
        .append(ReportPage.sha256(STYLE)).append("'; base-uri 'none'; form-action 'none'\">\n")
        .append("<title>Course list for ").append(Html.escape(id)).append("</title>\n<style>").append(STYLE)
        .append("</style>\n</head>\n<body>\n<main>\n<p class=\"back\"><a href=\"../index.html\">Weekly report ")
        .append(Html.escape(week)).append("</a></p>\n<h1>Course list for ").append(Html.escape(id)).append("</h1>\n")
        .append("<p class=\"sub\">Target role: <strong>").append(Html.escape(roleText)).append("</strong>");
    if (role.path("input").isTextual() && role.path("label").isTextual()
        && !role.path("input").asText().equals(role.path("label").asText())) {
      b.append(" (asked for as \u201c").append(Html.escape(role.path("input").asText())).append("\u201d)");
    }
    b.append("</p>\n");
    JsonNode recs = doc.path("recommendations");
    summary(b, doc, role.path("label").asText(""), !recs.isEmpty());
    double hours = 0;
    for (JsonNode r : recs) {
      hours += r.path("hours").isNumber() ? r.path("hours").asDouble() : r.path("hoursEstimate").asDouble();
    }
    if (recs.isEmpty()) {
      b.append("<p>No credential to recommend (status: ").append(Html.escape(doc.path("status").asText()))
          .append(").</p>\n");
    } else {
      double left = recs.get(recs.size() - 1).path("gapRemaining").asDouble();
      b.append("<p>").append(recs.size()).append(" credential").append(recs.size() == 1 ? "" : "s").append(", about ")
          .append(hours(hours)).append(" hours in all; together they close ").append(percent(1 - left))
          .append(" of the gap.</p>\n<table>\n<thead><tr><th>#</th><th>Credential</th><th>Why</th>")
          .append("<th class=\"num\">Hours</th><th class=\"num\">Cost</th><th class=\"num\">Gap left after</th></tr></thead>\n<tbody>\n");
      for (JsonNode r : recs) {
        b.append("<tr><td>").append(r.path("rank").asInt()).append("</td><td>");
        String url = r.path("url").asText("");
        if (url.startsWith("https://") || url.startsWith("http://")) {
          b.append("<a href=\"").append(Html.escape(url)).append("\" rel=\"noopener noreferrer\">")
              .append(Html.escape(r.path("title").asText())).append("</a>");
        } else {
          b.append(Html.escape(r.path("title").asText()));
        }
        b.append("<br><span class=\"muted\">").append(Html.escape(r.path("provider").asText()));
        if (!r.path("level").asText("").isEmpty() && !"unknown".equals(r.path("level").asText())) {
          b.append(" \u00b7 ").append(Html.escape(r.path("level").asText()));
        }
        b.append("</span></td><td><ul>");
        for (JsonNode c : r.path("covers")) {
          b.append("<li>").append(Html.escape(c.path("why").asText())).append("</li>");
        }
        b.append("</ul></td><td class=\"num\">");
        if (r.path("hours").isNumber()) {
          b.append(hours(r.path("hours").asDouble()));
        } else if (r.path("hoursEstimate").isNumber()) {
          b.append("~").append(hours(r.path("hoursEstimate").asDouble())).append(" (estimated)");
        } else {
          b.append("unknown");
        }
        b.append("</td><td class=\"num\">");
        if (r.path("cost").isNumber()) {
          double cost = r.path("cost").asDouble();
          String currency = r.path("currency").asText("").strip();
          b.append(cost == 0 ? "free" : String.format(Locale.ROOT, "%.2f %s", cost,
              currency.isEmpty() ? "(currency not given)" : Html.escape(currency)));
        } else {
          b.append("unknown");
        }
        b.append("</td><td class=\"num\">").append(percent(r.path("gapRemaining").asDouble())).append("</td></tr>\n");
      }
      b.append("</tbody>\n</table>\n");
    }
    List<JsonNode> held = new ArrayList<>();
    doc.path("strengths").forEach(held::add);
    doc.path("soft").forEach(x -> {
      if ("held".equals(x.path("status").asText())) {
        held.add(x);
      }
    });
    list(b, "Skills you already have that employers want", held, "None of the role's skills found in your profile yet.");
    List<JsonNode> strengthen = withStatus(doc.path("gap"), "strengthen", true);
    if (!strengthen.isEmpty()) {
      list(b, "Skills to strengthen: your profile shows part of them", strengthen, "");
    }
    List<JsonNode> missing = withStatus(doc.path("gap"), "missing", true);
    if (!missing.isEmpty()) {
      list(b, "Skills missing from your profile", missing, "");
    }
    List<JsonNode> soft = withStatus(doc.path("soft"), "held", false);
    if (!soft.isEmpty()) {
      list(b, "Employers also ask for; not shown in your CV \u2014 confirm or develop", soft, "");
    }
    List<JsonNode> uncovered = new ArrayList<>();
    doc.path("uncovered").forEach(uncovered::add);
    list(b, "Gap no credential in the catalogue covers", uncovered, "Every gap skill is covered.");
    if (!doc.path("notes").isEmpty()) {
      b.append("<h2>Notes</h2>\n<ul>");
      doc.path("notes").forEach(n -> b.append("<li>").append(Html.escape(n.asText())).append("</li>"));
      b.append("</ul>\n");
    }
    b.append("</main>\n</body>\n</html>\n");
    return b.toString();
  }

  /** Why a role's gap is measured on ESCO's essential skills, given how many postings it has. */
  static String escoReason(int postings) {
    return switch (RoleDemand.EssentialReason.of(postings)) {
      case NO_POSTINGS -> "no posting for this role asks for a skill yet";
      case TOO_FEW_POSTINGS -> "its one posting is too few to show what employers ask for";
      case NO_SHARED_HARD_SKILL -> "no hard skill is asked for by " + DemandModel.MIN_POSTINGS + " and one in ten of its "
          + postings + " postings";
    };
  }

  /**
   * The headline: how many of the role's top skills the learner has ("x of N"), and the shares of
   * their demand met now and with the course list; nothing when the document has no summary.
   */
  private static void summary(StringBuilder b, JsonNode doc, String role, boolean hasList) {
    JsonNode s = doc.path("summary");
    int n = s.path("topSkills").asInt(0);
    if (n == 0) {
      return;
    }
    boolean postings = "postings".equals(doc.path("demand").path("basis").asText());
    b.append("<p class=\"summary\">You have <strong>").append(s.path("held").asInt()).append(" of the ").append(n)
        .append(n == 1 ? " skill</strong> " : " skills</strong> ")
        .append(postings ? "employers ask most for in " + Html.escape(role) + " postings"
            : "ESCO lists as essential for " + Html.escape(role) + " (those its job family shares first; "
                + escoReason(doc.path("demand").path("postings").asInt()) + ")");
    int part = s.path("strengthen").asInt();
    if (part > 0) {
      b.append(", and part of ").append(part).append(" more");
    }
    b.append(". You meet ").append(percent(s.path("shareMet").asDouble())).append(" of what ")
        .append(postings ? "employers ask" : "ESCO asks").append(" for in ").append(n == 1 ? "it" : "them");
    if (hasList) {
      b.append("; the credentials below would bring that to ").append(percent(s.path("shareMetWithPlan").asDouble()));
    }
    b.append(".</p>\n");
  }

  private static List<JsonNode> withStatus(JsonNode skills, String status, boolean keep) {
    List<JsonNode> out = new ArrayList<>();
    skills.forEach(x -> {
      if (status.equals(x.path("status").asText()) == keep) {
        out.add(x);
      }
    });
    return out;
  }

  private static void list(StringBuilder b, String title, List<JsonNode> skills, String none) {
    b.append("<h2>").append(Html.escape(title)).append("</h2>\n");
    if (skills.isEmpty()) {
      b.append("<p class=\"muted\">").append(Html.escape(none)).append("</p>\n");
      return;
    }
    b.append("<ul class=\"skills\">");
    for (JsonNode s : skills) {
      b.append("<li>").append(Html.escape(s.path("label").asText())).append(" <span class=\"muted\">(")
          .append(Html.escape(s.path("type").asText()));
      if (s.path("demandShare").asDouble() > 0) {
        b.append(", in ").append(percent(s.path("demandShare").asDouble())).append(" of postings");
      }
      b.append(")</span></li>");
    }
    b.append("</ul>\n");
  }

  /**
   * The recommended achievements as Open Badges 3.0: {@code {"@context", "learnerId", "week",
   * "targetRole", "recommended": [{"rank", "gain", "gapRemaining", "closes": [{"uri", "label",
   * "why"}], "achievement": <OB 3.0 Achievement>}]}}; each Achievement has its catalogue id (or a
   * {@code urn:skillgap:credential:} URN when the id is not a URI), name, description, criteria,
   * creator profile and one Alignment per skill it teaches ({@code targetFramework} ESCO, or O*NET
   * for an O*NET technology without an ESCO twin).
   */
  public static String openBadges(String week, JsonNode doc, Map<String, Credential> credentials) {
    ObjectNode o = JSON.createObjectNode();
    o.put("@context", OB3_CONTEXT);
    o.put("learnerId", doc.path("learnerId").asText());
    o.put("week", week);
    ObjectNode role = o.putObject("targetRole");
    role.set("id", doc.path("targetRole").path("id"));
    role.set("label", doc.path("targetRole").path("label"));
    ArrayNode out = o.putArray("recommended");
    for (JsonNode r : doc.path("recommendations")) {
      ObjectNode item = out.addObject();
      item.put("rank", r.path("rank").asInt());
      item.set("gain", r.path("gain"));
      item.set("gapRemaining", r.path("gapRemaining"));
      ArrayNode closes = item.putArray("closes");
      for (JsonNode c : r.path("covers")) {
        closes.addObject().put("uri", c.path("uri").asText()).put("label", c.path("label").asText())
            .put("why", c.path("why").asText());
      }
      item.set("achievement", achievement(r, credentials.get(r.path("credentialId").asText())));
    }
    try {
      return JSON.writeValueAsString(o) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static ObjectNode achievement(JsonNode rec, Credential c) {
    ObjectNode a = JSON.createObjectNode();
    String id = rec.path("credentialId").asText();
    a.put("id", isUri(id) ? id : "urn:skillgap:credential:" + URLEncoder.encode(id, StandardCharsets.UTF_8));
    a.putArray("type").add("Achievement");
    a.put("achievementType", "MicroCredential");
    a.put("name", rec.path("title").asText());
    String description = c != null && !c.description().isBlank() ? c.description() : rec.path("title").asText();
    a.put("description", description);
    a.putObject("criteria").put("narrative", "Complete " + rec.path("title").asText() + " with "
        + rec.path("provider").asText() + ".");
    ObjectNode creator = a.putObject("creator");
    creator.put("id", "urn:skillgap:provider:" + URLEncoder.encode(rec.path("provider").asText(), StandardCharsets.UTF_8));
    creator.putArray("type").add("Profile");
    creator.put("name", rec.path("provider").asText());
    if (isUri(rec.path("url").asText(""))) {
      a.put("url", rec.path("url").asText());
    }
    Map<String, String> skills = new LinkedHashMap<>();
    if (c != null) {
      for (TaughtSkill s : c.skills()) {
        skills.putIfAbsent(s.conceptId(), s.label());
      }
    }
    rec.path("covers").forEach(cv -> skills.putIfAbsent(cv.path("uri").asText(), cv.path("label").asText()));
    ArrayNode al = a.putArray("alignment");
    skills.forEach((uri, label) -> {
      ObjectNode x = al.addObject();
      x.putArray("type").add("Alignment");
      x.put("targetName", label);
      x.put("targetUrl", uri);
      x.put("targetFramework", uri.startsWith("onet-tech:") ? "O*NET 29.2" : "ESCO v1.1.1");
      x.put("targetType", "ceterms:Skill");
    });
    return a;
  }

  private static boolean isUri(String s) {
    return s.startsWith("https://") || s.startsWith("http://") || s.startsWith("urn:");
  }

  /**
   * Hours as a learner reads them: to a tenth of an hour, without a trailing ".0" ("0.5" for a
   * 31-minute course, not "0.5167").
   */
  static String hours(double h) {
    return Csv.number(Math.round(h * 10) / 10.0);
  }

  static String percent(double share) {
    return Math.round(share * 100) + "%";
  }
}
