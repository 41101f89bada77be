package dev.skillgap.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.skillgap.catalog.Credential;
import dev.skillgap.catalog.Level;
import dev.skillgap.catalog.TaughtSkill;
import dev.skillgap.demand.DemandModel;
import dev.skillgap.demand.RoleDemand;
import dev.skillgap.gap.SkillStatus;
import dev.skillgap.rank.LearnerView;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * A learner's outputs rendered from their {@link LearnerView}: a small HTML page of the course list and
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
  public static String html(String week, LearnerView v) {
    String id = v.learnerId();
    String input = v.roleInput() == null ? "" : v.roleInput();
    String roleText = v.role() != null ? v.role().label()
        : input.isBlank() ? "none given" : input + " (not recognised)";
    StringBuilder b = new StringBuilder(4096);
    b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src '")
        .append(ReportPage.sha256(STYLE)).append("'; base-uri 'none'; form-action 'none'\">\n")
        .append("<title>Course list for ").append(Html.escape(id)).append("</title>\n<style>").append(STYLE)
        .append("</style>\n</head>\n<body>\n<main>\n<p class=\"back\"><a href=\"../index.html\">Weekly report ")
        .append(Html.escape(week)).append("</a></p>\n<h1>Course list for ").append(Html.escape(id)).append("</h1>\n")
        .append("<p class=\"sub\">Target role: <strong>").append(Html.escape(roleText)).append("</strong>");
    if (v.role() != null && v.roleInput() != null && !v.roleInput().equals(v.role().label())) {
      b.append(" (asked for as \u201c").append(Html.escape(v.roleInput())).append("\u201d)");
    }
    b.append("</p>\n");
    List<LearnerView.Recommendation> recs = v.recommendations();
    summary(b, v, !recs.isEmpty());
    double hours = v.hours();
    if (recs.isEmpty()) {
      b.append("<p>No credential to recommend (status: ").append(Html.escape(v.status().wireName()))
          .append(").</p>\n");
    } else {
      double left = recs.get(recs.size() - 1).gapRemaining();
      b.append("<p>").append(recs.size()).append(" credential").append(recs.size() == 1 ? "" : "s").append(", about ")
          .append(hours(hours)).append(" hours in all; together they close ").append(percent(1 - left))
          .append(" of the gap.</p>\n<table>\n<thead><tr><th>#</th><th>Credential</th><th>Why</th>")
          .append("<th class=\"num\">Hours</th><th class=\"num\">Cost</th><th class=\"num\">Gap left after</th></tr></thead>\n<tbody>\n");
      for (LearnerView.Recommendation r : recs) {
        b.append("<tr><td>").append(r.rank()).append("</td><td>");
        String url = r.url() == null ? "" : r.url();
        if (url.startsWith("https://") || url.startsWith("http://")) {
          b.append("<a href=\"").append(Html.escape(url)).append("\" rel=\"noopener noreferrer\">")
              .append(Html.escape(r.title())).append("</a>");
        } else {
          b.append(Html.escape(r.title()));
        }
        b.append("<br><span class=\"muted\">").append(Html.escape(r.provider()));
        if (r.level() != null && r.level() != Level.UNKNOWN) {
          b.append(" \u00b7 ").append(Html.escape(r.level().wireName()));
        }
        b.append("</span></td><td><ul>");
        for (LearnerView.Covered c : r.covers()) {
          b.append("<li>").append(Html.escape(c.why(v.roleLabel()))).append("</li>");
        }
        b.append("</ul></td><td class=\"num\">");
        if (r.hours() != null) {
          b.append(hours(r.hours()));
        } else if (r.hoursEstimate() != null) {
          b.append("~").append(hours(r.hoursEstimate())).append(" (estimated)");
        } else {
          b.append("unknown");
        }
        b.append("</td><td class=\"num\">");
        if (r.cost() != null) {
          double cost = r.cost();
          String currency = r.currency() == null ? "" : r.currency().strip();
          b.append(cost == 0 ? "free" : String.format(Locale.ROOT, "%.2f %s", cost,
              currency.isEmpty() ? "(currency not given)" : Html.escape(currency)));
        } else {
          b.append("unknown");
        }
        b.append("</td><td class=\"num\">").append(percent(r.gapRemaining())).append("</td></tr>\n");
      }
      b.append("</tbody>\n</table>\n");
    }
    List<LearnerView.GapEntry> held = new ArrayList<>(v.strengths());
    held.addAll(withStatus(v.soft(), SkillStatus.HELD, true));
    list(b, "Skills you already have that employers want", held, "None of the role's skills found in your profile yet.");
    List<LearnerView.GapEntry> strengthen = withStatus(v.gap(), SkillStatus.STRENGTHEN, true);
    if (!strengthen.isEmpty()) {
      list(b, "Skills to strengthen: your profile shows part of them", strengthen, "");
    }
    List<LearnerView.GapEntry> missing = withStatus(v.gap(), SkillStatus.MISSING, true);
    if (!missing.isEmpty()) {
      list(b, "Skills missing from your profile", missing, "");
    }
    List<LearnerView.GapEntry> soft = withStatus(v.soft(), SkillStatus.HELD, false);
    if (!soft.isEmpty()) {
      list(b, "Employers also ask for; not shown in your CV \u2014 confirm or develop", soft, "");
    }
    list(b, "Gap no credential in the catalogue covers", v.uncovered(), "Every gap skill is covered.");
    if (!v.notes().isEmpty()) {
      b.append("<h2>Notes</h2>\n<ul>");
      v.notes().forEach(n -> b.append("<li>").append(Html.escape(n)).append("</li>"));
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
  private static void summary(StringBuilder b, LearnerView v, boolean hasList) {
    LearnerView.Summary s = v.summary();
    int n = s == null ? 0 : s.topSkills();
    if (n == 0) {
      return;
    }
    String role = v.roleLabel();
    boolean postings = v.demand().basis() == RoleDemand.Basis.POSTINGS;
    b.append("<p class=\"summary\">You have <strong>").append(s.held()).append(" of the ").append(n)
        .append(n == 1 ? " skill</strong> " : " skills</strong> ")
        .append(postings ? "employers ask most for in " + Html.escape(role) + " postings"
            : "ESCO lists as essential for " + Html.escape(role) + " (those its job family shares first; "
                + escoReason(v.demand().postings()) + ")");
    if (s.strengthen() > 0) {
      b.append(", and part of ").append(s.strengthen()).append(" more");
    }
    b.append(". You meet ").append(percent(s.shareMet())).append(" of what ")
        .append(postings ? "employers ask" : "ESCO asks").append(" for in ").append(n == 1 ? "it" : "them");
    if (hasList) {
      b.append("; the credentials below would bring that to ").append(percent(s.shareMetWithPlan()));
    }
    b.append(".</p>\n");
  }

  private static List<LearnerView.GapEntry> withStatus(List<LearnerView.GapEntry> skills, SkillStatus status,
      boolean keep) {
    return skills.stream().filter(x -> (x.status() == status) == keep).toList();
  }

  private static void list(StringBuilder b, String title, List<LearnerView.GapEntry> skills, String none) {
    b.append("<h2>").append(Html.escape(title)).append("</h2>\n");
    if (skills.isEmpty()) {
      b.append("<p class=\"muted\">").append(Html.escape(none)).append("</p>\n");
      return;
    }
    b.append("<ul class=\"skills\">");
    for (LearnerView.GapEntry s : skills) {
      b.append("<li>").append(Html.escape(s.label())).append(" <span class=\"muted\">(")
          .append(Html.escape(s.type().wireName()));
      if (s.demandShare() > 0) {
        b.append(", in ").append(percent(s.demandShare())).append(" of postings");
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
  public static String openBadges(String week, LearnerView v, Function<String, Credential> credentials) {
    ObjectNode o = JSON.createObjectNode();
    o.put("@context", OB3_CONTEXT);
    o.put("learnerId", v.learnerId());
    o.put("week", week);
    ObjectNode role = o.putObject("targetRole");
    role.put("id", v.role() == null ? null : v.role().id());
    role.put("label", v.role() == null ? null : v.role().label());
    ArrayNode out = o.putArray("recommended");
    for (LearnerView.Recommendation r : v.recommendations()) {
      ObjectNode item = out.addObject();
      item.put("rank", r.rank());
      item.put("gain", r.gain());
      item.put("gapRemaining", r.gapRemaining());
      ArrayNode closes = item.putArray("closes");
      for (LearnerView.Covered c : r.covers()) {
        closes.addObject().put("uri", c.uri()).put("label", c.label()).put("why", c.why(v.roleLabel()));
      }
      item.set("achievement", achievement(r, credentials.apply(r.credentialId())));
    }
    try {
      return JSON.writeValueAsString(o) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static ObjectNode achievement(LearnerView.Recommendation rec, Credential c) {
    ObjectNode a = JSON.createObjectNode();
    String id = rec.credentialId();
    a.put("id", isUri(id) ? id : "urn:skillgap:credential:" + URLEncoder.encode(id, StandardCharsets.UTF_8));
    a.putArray("type").add("Achievement");
    a.put("achievementType", "MicroCredential");
    a.put("name", rec.title());
    String description = c != null && !c.description().isBlank() ? c.description() : rec.title();
    a.put("description", description);
    a.putObject("criteria").put("narrative", "Complete " + rec.title() + " with " + rec.provider() + ".");
    ObjectNode creator = a.putObject("creator");
    creator.put("id", "urn:skillgap:provider:" + URLEncoder.encode(rec.provider(), StandardCharsets.UTF_8));
    creator.putArray("type").add("Profile");
    creator.put("name", rec.provider());
    if (rec.url() != null && isUri(rec.url())) {
      a.put("url", rec.url());
    }
    Map<String, String> skills = new LinkedHashMap<>();
    if (c != null) {
      for (TaughtSkill s : c.skills()) {
        skills.putIfAbsent(s.conceptId(), s.label());
      }
    }
    rec.covers().forEach(cv -> skills.putIfAbsent(cv.uri(), cv.label()));
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
