package dev.skillgap.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.skillgap.demand.DemandScope;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The adviser's page, {@code index.html}: one self-contained file with its data as inline JSON,
 * its script and its styles, and a Content-Security-Policy that lets the page load nothing else.
 */
public final class ReportPage {

  private static final ObjectMapper JSON = new ObjectMapper();
  static final String SCRIPT = resource("report/report.js");
  static final String STYLE = resource("report/report.css");

  private ReportPage() {}

  /**
   * The page for {@code week}: summary line, role and region filters, the five charts and a
   * sortable, filterable view of every table. The same arguments give the same bytes.
   */
  public static String html(String week, List<String> comparedWeeks, long postings, List<Table> tables,
      Heatmap heatmap) {
    String data = Html.scriptJson(dataJson(tables, heatmap));
    long learners = tables.stream().filter(t -> t.name().equals("learner_coverage")).mapToLong(t -> t.rows().size())
        .sum();
    String compared = comparedWeeks.isEmpty() ? "no earlier week to compare trends with"
        : "trends against " + String.join(", ", comparedWeeks);
    StringBuilder b = new StringBuilder(data.length() + SCRIPT.length() + 8192);
    b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src '")
        .append(sha256(SCRIPT)).append("'; style-src '").append(sha256(STYLE))
        .append("'; img-src data:; base-uri 'none'; form-action 'none'\">\n")
        .append("<title>skillgap weekly report ").append(Html.escape(week)).append("</title>\n")
        .append("<style>").append(STYLE).append("</style>\n</head>\n<body>\n<header>\n")
        .append("<h1>Skills demand and gaps \u2014 week ").append(Html.escape(week)).append("</h1>\n")
        .append("<p class=\"sub\">").append(postings).append(" postings \u00b7 ").append(learners)
        .append(" learners \u00b7 ").append(Html.escape(compared)).append("</p>\n")
        .append("<div class=\"filters\"><label>Role <select id=\"f-role\"></select></label>")
        .append("<label>Region <select id=\"f-region\"></select></label>")
        .append("<span class=\"legend\">The role filter applies to every chart and table that has a role; the region"
            + " filter to skill demand (postings have a region, learners do not).</span></div>\n</header>\n<main>\n");
    section(b, "demand", "Most demanded skills",
        "Share of the role's postings that ask for each skill (extraction score \u2265 0.5); postings in brackets.",
        new String[][] {{"chart-demand-hard", "Hard skills"}, {"chart-demand-soft", "Soft skills"}}, "skill_demand");
    section(b, "trends", "Rising and falling skills",
        "Change of a skill's share of the role's postings against the mean of the earlier weeks "
            + "(rising or falling: at least 5 points and 20%).",
        new String[][] {{"chart-trends", "Change in share of postings, percentage points"}}, "skill_trends");
    section(b, "gaps", "Cohort gaps",
        "Per target role, the share of its learners (%) who lack each of the hard skills most often missing from "
            + "the role's top skills; soft skills, which CVs rarely show, are listed to learners apart and not counted.",
        new String[][] {{"chart-heatmap", "Roles \u00d7 top gap skills"}}, "cohort_gaps");
    section(b, "credentials", "Most recommended credentials",
        "How many learners each credential is recommended to, the share of their gap it closes on average, "
            + "and the learner gaps it closes in all (1 = one learner's whole gap).",
        new String[][] {{"chart-credentials", "Learners it is recommended to"},
            {"chart-credentials-closed", "Gap closed, in learner gaps"}}, "recommended_credentials");
    section(b, "learners", "Learners' course lists", "Each learner's page has the ranked list, why each credential "
        + "is there, hours, cost and the gap left after each.", new String[0][], "learner_coverage");
    section(b, "unlinked", "Unlinked phrases worth adding to the taxonomy",
        "Skill-like phrases found in two or more places that no ESCO or O*NET concept matched, with the nearest concept.",
        new String[][] {{"chart-unlinked", "Most frequent unlinked phrases"}}, "taxonomy_candidates");
    section(b, "titles", "Posting titles no occupation was found for",
        "The commonest titles of the postings counted under \u201c" + ReportTables.UNRESOLVED_ROLE + "\u201d: no ESCO or "
            + "O*NET occupation fits them, or several fit alike, so their demand belongs to no role.",
        new String[0][], "unrecognised_titles");
    b.append("</main>\n<script type=\"application/json\" id=\"report-data\">").append(data).append("</script>\n")
        .append("<script>").append(SCRIPT).append("</script>\n</body>\n</html>\n");
    return b.toString();
  }

  private static void section(StringBuilder b, String id, String title, String note, String[][] charts, String table) {
    b.append("<section id=\"").append(id).append("\">\n<h2>").append(Html.escape(title)).append("</h2>\n")
        .append("<p class=\"note\">").append(Html.escape(note)).append("</p>\n");
    if (charts.length > 0) {
      b.append("<div class=\"charts2\">");
      for (String[] c : charts) {
        b.append("<figure class=\"chart\" id=\"").append(c[0]).append("\"><figcaption>").append(Html.escape(c[1]))
            .append("</figcaption></figure>");
      }
      b.append("</div>\n");
    }
    b.append("<div data-table=\"").append(table).append("\"></div>\n</section>\n");
  }

  /** The page's data: tables (columns and rows), filter values and the heatmap, as JSON. */
  static String dataJson(List<Table> tables, Heatmap heatmap) {
    ObjectNode root = JSON.createObjectNode();
    root.put("allRegions", ReportTables.ALL_REGIONS);
    Map<String, String> roles = new TreeMap<>();
    TreeSet<String> regions = new TreeSet<>();
    ObjectNode ts = root.putObject("tables");
    for (Table t : tables) {
      ObjectNode o = ts.putObject(t.name());
      o.put("title", t.title());
      ArrayNode cols = o.putArray("columns");
      t.columns().forEach(cols::add);
      // Text columns are sent as indexes into the table's list of distinct strings, since role,
      // region and skill names and URIs repeat on every row; the page script restores them.
      List<Integer> text = textColumns(t);
      ArrayNode encoded = o.putArray("encoded");
      text.forEach(encoded::add);
      Map<String, Integer> strings = new LinkedHashMap<>();
      ArrayNode rows = o.putArray("rows");
      int ri = t.columns().indexOf("role_uri");
      int rl = t.columns().indexOf("role");
      int rg = t.columns().indexOf("region");
      for (List<Object> r : t.rows()) {
        ArrayNode a = rows.addArray();
        for (int c = 0; c < r.size(); c++) {
          Object v = r.get(c);
          if (v != null && text.contains(c)) {
            a.add(strings.computeIfAbsent(v.toString(), k -> strings.size()));
          } else {
            add(a, v);
          }
        }
        if (ri >= 0 && r.get(ri) != null && !DemandScope.ALL_OCCUPATIONS.equals(r.get(ri))) {
          roles.merge((String) r.get(ri), String.valueOf(r.get(rl)), (x, y) -> x.compareTo(y) <= 0 ? x : y);
        }
        if (rg >= 0 && !ReportTables.ALL_REGIONS.equals(r.get(rg))) {
          regions.add((String) r.get(rg));
        }
      }
      ArrayNode list = o.putArray("strings");
      strings.keySet().forEach(list::add);
    }
    ArrayNode rs = root.putArray("roles");
    rs.addArray().add(DemandScope.ALL_OCCUPATIONS).add(DemandScope.ALL_OCCUPATIONS_LABEL);
    roles.entrySet().stream().sorted(Map.Entry.<String, String>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
        .forEach(e -> rs.addArray().add(e.getKey()).add(e.getValue()));
    ArrayNode gs = root.putArray("regions");
    gs.add(ReportTables.ALL_REGIONS);
    regions.forEach(gs::add);
    root.set("heatmap", JSON.valueToTree(heatmap));
    ArrayNode values = ((ObjectNode) root.get("heatmap")).putArray("values");
    for (List<Double> row : heatmap.values()) {
      ArrayNode a = values.addArray();
      row.forEach(v -> add(a, v));
    }
    try {
      return JSON.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The columns of {@code t} whose every value is text or null (and at least one is text). */
  static List<Integer> textColumns(Table t) {
    List<Integer> out = new ArrayList<>();
    for (int c = 0; c < t.columns().size(); c++) {
      boolean any = false;
      boolean all = true;
      for (List<Object> r : t.rows()) {
        Object v = r.get(c);
        any |= v instanceof String;
        all &= v == null || v instanceof String;
      }
      if (any && all) {
        out.add(c);
      }
    }
    return out;
  }

  static void add(ArrayNode a, Object v) {
    if (v == null) {
      a.addNull();
    } else if (v instanceof Double d) {
      String s = Csv.number(d);
      if (s.isEmpty()) {
        a.addNull();
      } else {
        a.add(new BigDecimal(s));
      }
    } else if (v instanceof Long l) {
      a.add(l);
    } else if (v instanceof Integer i) {
      a.add(i);
    } else if (v instanceof Boolean bo) {
      a.add(bo);
    } else {
      a.add(v.toString());
    }
  }

  static String sha256(String text) {
    try {
      return "sha256-" + Base64.getEncoder().encodeToString(
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static String resource(String name) {
    try (InputStream in = ReportPage.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
