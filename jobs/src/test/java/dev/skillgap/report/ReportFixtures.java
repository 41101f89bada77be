package dev.skillgap.report;

import dev.skillgap.catalog.Credential;
import dev.skillgap.catalog.Level;
import dev.skillgap.catalog.TaughtSkill;
import dev.skillgap.demand.RoleDemand;
import dev.skillgap.gap.SkillStatus;
import dev.skillgap.rank.Coverage;
import dev.skillgap.rank.LearnerStatus;
import dev.skillgap.rank.LearnerView;
import dev.skillgap.taxonomy.SkillType;
import java.util.ArrayList;
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
    List<LearnerView> docs = List.of(
        doc("L1", "junior data analyst", ANALYST, analyst, List.of(
            rec(1, "https://a.example/sql", title, "Academy A", 20.0, 149.0, "GBP", 0.6, 0.25, SQL, "SQL",
                Coverage.Reason.ASKED_IN_POSTINGS, 1.0, false),
            rec(2, "c-kube", "Containers in a Day", "Academy B", 2.0, 0.0, "", 0.2, 0.0, KUBE, "Kubernetes",
                Coverage.Reason.ASKED_IN_POSTINGS, 1 / 3.0, true)), List.of(PYTHON)),
        doc("L2", "Data Analyst", ANALYST, analyst, List.of(
            rec(1, "https://a.example/sql", title, "Academy A", 20.0, 149.0, "GBP", 0.4, 0.0, SQL, "SQL",
                Coverage.Reason.ASKED_IN_POSTINGS, 1.0, false)), List.of()),
        doc("L3", "nurse", NURSE, "nurse", List.of(
            rec(1, "c-care", "Care certificate", "Care Co", null, null, "", 0.9, 0.1, CARE, "patient care",
                Coverage.Reason.ESSENTIAL_IN_ESCO, 0.0, false)), List.of(TEAM)),
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

  static LearnerView.Recommendation rec(int rank, String id, String title, String provider, Double hours, Double cost,
      String currency, double gain, double remaining, String uri, String label, Coverage.Reason reason, double share,
      boolean partial) {
    return new LearnerView.Recommendation(rank, id, title, provider, hours, cost, currency, Level.FOUNDATION, "en",
        id.startsWith("http") ? id : "", 1.0, hours == null ? 12.5 : null,
        List.of(new LearnerView.Covered(uri, label, gain, share, reason, partial)), gain, remaining);
  }

  /**
   * A learner's view: a role of 3 postings whose top skills are the recommendations' skills (missing, or
   * to strengthen where the recommendation says the learner has part of it) and {@code strengths}
   * (held), with teamwork as a soft skill not shown; without a role, {@link LearnerStatus#UNKNOWN_ROLE}
   * ({@link LearnerStatus#NO_TARGET_ROLE} when none was given).
   */
  static LearnerView doc(String id, String input, String roleId, String roleLabel,
      List<LearnerView.Recommendation> recs, List<String> strengths) {
    if (roleId == null) {
      return new LearnerView(id, input, null, input.isBlank() ? LearnerStatus.NO_TARGET_ROLE
          : LearnerStatus.UNKNOWN_ROLE, List.of(), null, null, List.of(), List.of(), List.of(), null, List.of(),
          recs, List.of());
    }
    List<LearnerView.GapEntry> gap = new ArrayList<>();
    for (LearnerView.Recommendation r : recs) {
      LearnerView.Covered c = r.covers().get(0);
      gap.add(new LearnerView.GapEntry(c.uri(), c.label(), SkillType.HARD,
          c.partial() ? SkillStatus.STRENGTHEN : SkillStatus.MISSING, 0.5, 1.0, c.partial() ? 1 / 3.0 : 1.0,
          c.partial() ? 0.3 : 0.0));
    }
    List<LearnerView.GapEntry> held = strengths.stream().map(u -> new LearnerView.GapEntry(u,
        u.substring(u.lastIndexOf('/') + 1), SkillType.HARD, SkillStatus.HELD, 0.0, 0.8, 0.5, 1.0)).toList();
    int partial = (int) gap.stream().filter(g -> g.status() == SkillStatus.STRENGTHEN).count();
    return new LearnerView(id, input, new LearnerView.Role(roleId, roleLabel, "exact-title"), LearnerStatus.OK,
        List.of(), new LearnerView.Demand(3, RoleDemand.Basis.POSTINGS),
        new LearnerView.Summary(recs.size() + strengths.size(), strengths.size(), partial, gap.size() - partial, 0.4,
            0.9), gap, held, List.of(new LearnerView.GapEntry(TEAM, "teamwork", SkillType.SOFT, SkillStatus.MISSING,
                0.2, 0.2, 1 / 3.0, 0.0)), 1.0, List.of(), recs, List.of());
  }
}
