package dev.skillgap.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.skillgap.catalog.Credential;
import dev.skillgap.catalog.Level;
import dev.skillgap.catalog.TaughtSkill;
import java.util.List;
import java.util.Map;

/** A small week for report tests, optionally with hostile text wherever input text reaches the report. */
final class ReportFixtures {

  static final String SCRIPT = "<script>alert(1)</script>";
  static final String FORMULA = "=HYPERLINK(\"http://x\",\"y\")";
  static final String LONG = "x".repeat(5000);
  static final String SEPARATORS = "a\u2028b\u2029c";

  static final String ANALYST = "http://data.europa.eu/esco/occupation/analyst";
  static final String NURSE = "http://data.europa.eu/esco/occupation/nurse";
  static final String SQL = "http://data.europa.eu/esco/skill/sql";
  static final String PYTHON = "http://data.europa.eu/esco/skill/python";
  static final String TEAM = "http://data.europa.eu/esco/skill/teamwork";
  static final String CARE = "http://data.europa.eu/esco/skill/care";
  static final String KUBE = "onet-tech:kubernetes";

  private static final ObjectMapper JSON = new ObjectMapper();

  private ReportFixtures() {}

  static ReportInput week(boolean hostile) {
    String region = hostile ? SCRIPT : "Berlin";
    String phrase = hostile ? FORMULA : "data storytelling";
    String longPhrase = hostile ? LONG : "power query";
    String analyst = hostile ? "data analyst " + SCRIPT : "data analyst";
    String title = hostile ? "@SUM(A1) " + SEPARATORS : "SQL for Data Analysis";
    List<DemandRow> demand = List.of(
        new DemandRow("*", "all occupations", "", SQL, "SQL", "hard", "knowledge", 3, 2, 4, 0.75),
        new DemandRow("*", "all occupations", "", PYTHON, "Python", "hard", "knowledge", 2, 1, 4, 0.5),
        new DemandRow("*", "all occupations", "", TEAM, "teamwork", "soft", "skill", 2, 0, 4, 0.5),
        new DemandRow("*", "all occupations", region, SQL, "SQL", "hard", "knowledge", 1, 1, 1, 1.0),
        new DemandRow(ANALYST, analyst, "", SQL, "SQL", "hard", "knowledge", 3, 2, 3, 1.0),
        new DemandRow(ANALYST, analyst, "", PYTHON, "Python", "hard", "knowledge", 2, 1, 3, 2 / 3.0),
        new DemandRow(ANALYST, analyst, "", TEAM, "teamwork", "soft", "skill", 1, 0, 3, 1 / 3.0),
        new DemandRow(ANALYST, analyst, region, SQL, "SQL", "hard", "knowledge", 1, 1, 1, 1.0),
        new DemandRow(NURSE, "nurse", "", CARE, "patient care", "hard", "skill", 1, 1, 1, 1.0),
        new DemandRow(NURSE, "nurse", "", TEAM, "teamwork", "soft", "skill", 1, 0, 1, 1.0));
    List<TrendRow> trends = List.of(
        new TrendRow("*", "all occupations", SQL, "SQL", "hard", 0.75, 0.5, 0.25, "rising", 2),
        new TrendRow("*", "all occupations", KUBE, "Kubernetes", "hard", 0.0, 0.3, -0.3, "gone", 2),
        new TrendRow("*", "all occupations", TEAM, "teamwork", "soft", 0.5, 0.8, -0.3, "falling", 2),
        new TrendRow("*", "all occupations", PYTHON, "Python", "hard", 0.5, 0.48, 0.02, "steady", 2),
        new TrendRow(ANALYST, analyst, PYTHON, "Python", "hard", 2 / 3.0, 0.25, 2 / 3.0 - 0.25, "rising", 2));
    List<GapRow> gaps = List.of(
        new GapRow("L1", ANALYST, analyst, SQL, "SQL", "hard", 0.6, true, true),
        new GapRow("L1", ANALYST, analyst, KUBE, "Kubernetes", "hard", 0.2, true, true),
        new GapRow("L1", ANALYST, analyst, PYTHON, "python", "hard", 0, false, false),
        new GapRow("L1", ANALYST, analyst, TEAM, "teamwork", "soft", 0.2, false, false),
        new GapRow("L2", ANALYST, analyst, SQL, "SQL", "hard", 0.4, true, true),
        new GapRow("L3", NURSE, "nurse", CARE, "patient care", "hard", 0.9, true, true),
        new GapRow(hostile ? "../" + SCRIPT : "L4", null, null, null, null, null, 0, false, false));
    List<RecommendationRow> recs = List.of(
        new RecommendationRow("L1", 1, "https://a.example/sql", title, "Academy A", 20.0, 149.0, "GBP", 0.6, 0.25),
        new RecommendationRow("L1", 2, "c-kube", "Containers in a Day", "Academy B", 2.0, 0.0, "", 0.2, 0.0),
        new RecommendationRow("L2", 1, "https://a.example/sql", title, "Academy A", 20.0, 149.0, "GBP", 0.4, 0.0),
        new RecommendationRow("L3", 1, "c-care", "Care certificate", "Care Co", null, null, "", 0.9, 0.1));
    List<UnlinkedRow> unlinked = List.of(
        new UnlinkedRow(phrase, 5, 3, "p-1", SQL, "SQL", 0.61),
        new UnlinkedRow(longPhrase, 2, 2, hostile ? SCRIPT : "p-2", null, null, null),
        new UnlinkedRow("tableau prep", 2, 1, "p-3", null, null, null));
    List<LearnerDoc> docs = List.of(
        doc("L1", "junior data analyst", ANALYST, analyst, List.of(
            rec(1, "https://a.example/sql", title, "Academy A", 20.0, 149.0, "GBP", 0.6, 0.25, SQL, "SQL",
                "SQL: asked for in 100% of " + analyst + " postings"),
            rec(2, "c-kube", "Containers in a Day", "Academy B", 2.0, 0.0, "", 0.2, 0.0, KUBE, "Kubernetes",
                "Kubernetes: asked for in 33% of " + analyst + " postings (you have part of it)")), List.of(PYTHON)),
        doc("L2", "Data Analyst", ANALYST, analyst, List.of(
            rec(1, "https://a.example/sql", title, "Academy A", 20.0, 149.0, "GBP", 0.4, 0.0, SQL, "SQL",
                "SQL: asked for in 100% of " + analyst + " postings")), List.of()),
        doc("L3", "nurse", NURSE, "nurse", List.of(
            rec(1, "c-care", "Care certificate", "Care Co", null, null, "", 0.9, 0.1, CARE, "patient care",
                "patient care: an essential skill of nurse in ESCO")), List.of(TEAM)),
        doc(hostile ? "../" + SCRIPT : "L4", hostile ? FORMULA : "astronaut", null, null, List.of(), List.of()));
    Map<String, Credential> creds = Map.of(
        "https://a.example/sql", new Credential("https://a.example/sql", title, "Academy A",
            hostile ? SCRIPT : "Query databases.", 20.0, 149.0, "GBP", Level.FOUNDATION, "online",
            "https://a.example/enrol", List.of(new TaughtSkill(SQL, "SQL", TaughtSkill.Source.ALIGNED, 1, ""),
                new TaughtSkill(KUBE, "Kubernetes", TaughtSkill.Source.INFERRED, 0.7, "")), "a.json", "ob3", "en"));
    // two of the four postings have no occupation: one titled "Ward Housekeeper", one with no title
    UnrecognisedTitles unrecognised = new UnrecognisedTitles(2, List.of(new UnrecognisedTitle("Ward Housekeeper", 1),
        new UnrecognisedTitle("", 1)));
    return new ReportInput("2026-W48", List.of("2026-W46", "2026-W47"), 4, demand, trends, gaps, recs, unlinked,
        unrecognised, docs, creds);
  }

  static ObjectNode rec(int rank, String id, String title, String provider, Double hours, Double cost, String currency,
      double gain, double remaining, String uri, String label, String why) {
    ObjectNode r = JSON.createObjectNode();
    r.put("rank", rank).put("credentialId", id).put("title", title).put("provider", provider);
    if (hours == null) {
      r.putNull("hours");
    } else {
      r.put("hours", hours);
    }
    if (cost == null) {
      r.putNull("cost");
    } else {
      r.put("cost", cost);
    }
    r.put("currency", currency).put("level", "foundation").put("url", id.startsWith("http") ? id : "");
    if (hours == null) {
      r.put("hoursEstimate", 12.5);
    }
    r.putArray("covers").addObject().put("uri", uri).put("label", label).put("weight", gain).put("demandShare", 1.0)
        .put("why", why);
    r.put("gain", gain).put("gapRemaining", remaining);
    return r;
  }

  /** True when the recommendation's skill is one the learner has in part (the fixture says so in its why). */
  static boolean partial(com.fasterxml.jackson.databind.JsonNode rec) {
    return rec.get("covers").get(0).get("why").asText().endsWith("(you have part of it)");
  }

  static LearnerDoc doc(String id, String input, String roleId, String roleLabel, List<ObjectNode> recs,
      List<String> strengths) {
    ObjectNode o = JSON.createObjectNode();
    o.put("learnerId", id);
    ObjectNode role = o.putObject("targetRole");
    role.put("input", input);
    if (roleId == null) {
      role.putNull("id");
      role.putNull("label");
      o.put("status", "role-not-found");
    } else {
      role.put("id", roleId).put("label", roleLabel).put("resolvedBy", "label");
      o.put("status", "ok");
    }
    o.putArray("skills");
    if (roleId != null) {
      o.putObject("demand").put("postings", 3).put("basis", "postings").put("minShare", 0.1);
      o.putObject("summary").put("topSkills", recs.size() + strengths.size()).put("held", strengths.size())
          .put("strengthen", (int) recs.stream().filter(ReportFixtures::partial).count())
          .put("missing", (int) recs.stream().filter(r -> !partial(r)).count()).put("shareMet", 0.4)
          .put("shareMetWithPlan", 0.9);
    }
    ArrayNode gap = o.putArray("gap");
    recs.forEach(r -> gap.addObject().put("uri", r.get("covers").get(0).get("uri").asText())
        .put("label", r.get("covers").get(0).get("label").asText()).put("type", "hard")
        .put("status", partial(r) ? "strengthen" : "missing").put("weight", 0.5)
        .put("demand", 1.0).put("demandShare", partial(r) ? 1 / 3.0 : 1.0).put("proficiency", partial(r) ? 0.3 : 0.0));
    ArrayNode s = o.putArray("strengths");
    strengths.forEach(u -> s.addObject().put("uri", u).put("label", u.substring(u.lastIndexOf('/') + 1))
        .put("type", "hard").put("status", "held").put("weight", 0.0).put("demand", 0.8).put("demandShare", 0.5)
        .put("proficiency", 1.0));
    ArrayNode soft = o.putArray("soft");
    if (roleId != null) {
      soft.addObject().put("uri", TEAM).put("label", "teamwork").put("type", "soft").put("status", "missing")
          .put("weight", 0.2).put("demand", 0.2).put("demandShare", 1 / 3.0).put("proficiency", 0.0);
    }
    o.putArray("uncovered");
    ArrayNode rs = o.putArray("recommendations");
    recs.forEach(rs::add);
    o.putArray("notes");
    return new LearnerDoc(id, o.toString());
  }
}
