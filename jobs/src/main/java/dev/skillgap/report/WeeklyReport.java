package dev.skillgap.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every file of one week's report folder ({@code lake/reports/<week>/}), by path relative to it:
 * {@code index.html}; {@code csv/<table>.csv} for each table of the page; and per learner
 * {@code learners/<id>.json} (the recommend document), {@code learners/<id>.html} and
 * {@code learners/<id>.ob3.json}, where {@code <id>} is {@link FileNames#safe} of the learner id.
 * A pure function of its input: the same rows in any order give the same bytes.
 */
public final class WeeklyReport {

  private WeeklyReport() {}

  /** The report's tables, in page order. */
  public static List<Table> tables(ReportInput in) {
    return List.of(ReportTables.skillDemand(in.demand(), ReportTables.TOP_DEMAND),
        ReportTables.skillTrends(in.trends()), ReportTables.cohortGaps(in.gaps()),
        ReportTables.recommendedCredentials(in.recommendations(), ReportTables.roles(in.learners())),
        ReportTables.learnerCoverage(in.learners()), ReportTables.taxonomyCandidates(in.unlinked()));
  }

  /** The files of the report folder, sorted by path; throws if two learner ids share a file name. */
  public static Map<String, byte[]> files(ReportInput in) {
    Map<String, byte[]> out = new TreeMap<>();
    List<Table> tables = tables(in);
    Table gaps = tables.stream().filter(t -> t.name().equals("cohort_gaps")).findFirst().orElseThrow();
    out.put("index.html", bytes(ReportPage.html(in.week(), in.comparedWeeks(), in.postings(), tables,
        ReportTables.heatmap(gaps, ReportTables.HEATMAP_SKILLS))));
    for (Table t : tables) {
      out.put("csv/" + t.name() + ".csv", bytes(Csv.write(t)));
    }
    Map<String, String> owner = new HashMap<>();
    for (LearnerDoc d : ReportTables.sorted(in.learners())) {
      String stem = FileNames.safe(d.learnerId());
      String before = owner.putIfAbsent(stem, d.learnerId());
      if (before != null) {
        throw new IllegalArgumentException("learners " + before + " and " + d.learnerId()
            + " would share the report file name " + stem);
      }
      JsonNode doc = ReportTables.parse(d.json());
      out.put("learners/" + stem + ".json", bytes(d.json() + "\n"));
      out.put("learners/" + stem + ".html", bytes(LearnerPages.html(in.week(), doc)));
      out.put("learners/" + stem + ".ob3.json", bytes(LearnerPages.openBadges(in.week(), doc, in.credentials())));
    }
    return out;
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
