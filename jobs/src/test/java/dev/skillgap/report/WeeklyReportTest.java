package dev.skillgap.report;

import static dev.skillgap.report.ReportFixtures.FORMULA;
import static dev.skillgap.report.ReportFixtures.LONG;
import static dev.skillgap.report.ReportFixtures.SCRIPT;
import static dev.skillgap.report.ReportFixtures.SEPARATORS;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.skillgap.io.Sha256;
import dev.skillgap.rank.LearnerView;
import dev.skillgap.rank.RecommendationJson;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The report with hostile text in every field that comes from postings, learners or catalogues. */
class WeeklyReportTest {

  static final String HOSTILE_ID = "../" + SCRIPT;
  static final String HOSTILE_STEM = FileNames.safe(HOSTILE_ID);

  final ReportInput in = ReportFixtures.week(true);
  final Map<String, byte[]> files = WeeklyReport.files(in);

  String text(String path) {
    return new String(files.get(path), StandardCharsets.UTF_8);
  }

  @Test
  void aSinkGetsEachFileOnceAndTheCountsSayWhatItGot() throws Exception {
    List<String> order = new ArrayList<>();
    Map<String, byte[]> got = new java.util.HashMap<>();
    WeeklyReport.Written w = WeeklyReport.write(in, (path, bytes) -> {
      order.add(path);
      org.junit.jupiter.api.Assertions.assertNull(got.put(path, bytes), "given twice: " + path);
    });
    assertEquals(files.keySet(), got.keySet());
    files.forEach((path, bytes) -> assertArrayEquals(bytes, got.get(path), path));
    assertEquals(files.size(), w.files());
    assertEquals(files.values().stream().mapToLong(b -> b.length).sum(), w.bytes());
    assertEquals(files.get(WeeklyReport.INDEX).length, w.indexBytes());
    // the page and the exports first, then each learner's files together, learner by learner
    assertEquals(WeeklyReport.INDEX, order.get(0));
    assertTrue(order.get(order.size() - 1).startsWith("learners/"), order.toString());
  }

  @Test
  void writesThePageTheCsvExportsAndEachLearnersThreeFiles() {
    List<String> expected = new ArrayList<>(List.of("csv/cohort_gaps.csv", "csv/learner_coverage.csv",
        "csv/recommended_credentials.csv", "csv/skill_demand.csv", "csv/skill_trends.csv",
        "csv/taxonomy_candidates.csv", "csv/unrecognised_titles.csv", "index.html"));
    for (String id : List.of("L1", "L2", "L3", HOSTILE_STEM)) {
      expected.addAll(List.of("learners/" + id + ".html", "learners/" + id + ".json", "learners/" + id + ".ob3.json"));
    }
    expected.sort(null);
    assertEquals(expected, List.copyOf(files.keySet()));
    assertEquals("____script_alert_1___script_-" + Sha256.hex(HOSTILE_ID).substring(0, 10), HOSTILE_STEM);
    assertEquals(RecommendationJson.render(new ObjectMapper(), in.learners().get(0)) + "\n", text("learners/L1.json"),
        "the recommend document, as recommend writes it");
  }

  @Test
  void pageHasOnlyItsOwnTwoScriptsAndHostileTextStaysData() throws Exception {
    String html = text("index.html");
    assertEquals(2, count(html, "<script"), "the data block and the page script");
    assertEquals(2, count(html, "</script"));
    assertFalse(html.contains("alert(1)</"));
    assertFalse(html.contains("\u2028") || html.contains("\u2029"));
    assertTrue(html.contains("script-src '" + ReportPage.sha256(ReportPage.SCRIPT) + "'"), "CSP allows only our script");
    assertTrue(html.contains("default-src 'none'"));
    JsonNode data = data(html);
    assertTrue(data.path("regions").toString().contains(new ObjectMapper().writeValueAsString(SCRIPT)));
    // text columns are sent once per distinct value: the candidates' phrase, ids and labels, not their counts
    assertEquals("[0,3,4,5]", data.path("tables").path("taxonomy_candidates").path("encoded").toString());
    JsonNode cand = data.path("tables").path("taxonomy_candidates").path("rows");
    assertEquals(FORMULA, cand.get(0).get(0).asText(), "shown as text in the page, not defused");
    assertEquals(LONG, cand.get(1).get(0).asText());
    assertEquals(SCRIPT, cand.get(1).get(3).asText());
    JsonNode creds = data.path("tables").path("recommended_credentials").path("rows");
    assertEquals("@SUM(A1) " + SEPARATORS, creds.get(0).get(3).asText());
    assertEquals("data analyst " + SCRIPT, data.path("heatmap").path("roles").get(0).asText());
    assertTrue(html.contains("<title>skillgap weekly report 2026-W48</title>"));
  }

  @Test
  void csvExportsAreDefusedAndQuoted() {
    List<List<String>> cand = CsvTest.parse(text("csv/taxonomy_candidates.csv"));
    assertEquals(List.of("'" + FORMULA, "5", "3", "p-1", "SQL", ReportFixtures.SQL, "0.61"), cand.get(1));
    assertEquals(List.of(LONG, "2", "2", SCRIPT, "", "", ""), cand.get(2));
    assertTrue(text("csv/taxonomy_candidates.csv").contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""));
    List<List<String>> creds = CsvTest.parse(text("csv/recommended_credentials.csv"));
    assertEquals("'@SUM(A1) " + SEPARATORS, creds.get(1).get(3));
    assertEquals(List.of(List.of("title", "postings", "share_of_unrecognised"), List.of("(no title)", "1", "0.5"),
        List.of("Ward Housekeeper", "1", "0.5")), CsvTest.parse(text("csv/unrecognised_titles.csv")));
    List<List<String>> coverage = CsvTest.parse(text("csv/learner_coverage.csv"));
    assertEquals(List.of(HOSTILE_ID, "", "role not recognised", "unknown-role", "0", "", "", "0", "0", "0", "", "", "0", "0",
        "", "", "", "learners/" + HOSTILE_STEM + ".html"), coverage.get(1));
    for (String f : files.keySet()) {
      if (f.endsWith(".csv")) {
        List<List<String>> rows = CsvTest.parse(text(f));
        rows.forEach(r -> assertEquals(rows.get(0).size(), r.size(), f));
      }
    }
  }

  @Test
  void learnerPagesEscapeEverything() {
    String page = text("learners/" + HOSTILE_STEM + ".html");
    assertFalse(page.contains("<script"));
    assertTrue(page.contains("<h1>Course list for ../&lt;script&gt;alert(1)&lt;/script&gt;</h1>"));
    assertTrue(page.contains("=HYPERLINK(&quot;http://x&quot;,&quot;y&quot;) (not recognised)"));
    String l1 = text("learners/L1.html");
    assertFalse(l1.contains("<script"));
    assertTrue(l1.contains("SQL: asked for in 100% of data analyst &lt;script&gt;alert(1)&lt;/script&gt; postings"));
  }

  @Test
  void theSameRowsInAnyOrderGiveTheSameBytes() {
    Random r = new Random(11);
    ReportInput s = new ReportInput(in.week(), in.comparedWeeks(), in.postings(),
        ReportTablesTest.shuffle(in.demand(), r), ReportTablesTest.shuffle(in.trends(), r),
        ReportTablesTest.shuffle(in.gaps(), r), ReportTablesTest.shuffle(in.recommendations(), r),
        ReportTablesTest.shuffle(in.unlinked(), r),
        new UnrecognisedTitles(in.unrecognised().postings(), ReportTablesTest.shuffle(in.unrecognised().titles(), r)),
        ReportTablesTest.shuffle(in.learners(), r), in.credentials());
    Map<String, byte[]> again = WeeklyReport.files(s);
    assertEquals(files.keySet(), again.keySet());
    files.forEach((k, v) -> assertArrayEquals(v, again.get(k), k));
  }

  @Test
  void twoLearnerIdsThatWouldShareAFileNameAreAnError() {
    List<LearnerView> docs = new ArrayList<>(in.learners());
    LearnerView l2 = in.learners().get(1);
    docs.add(new LearnerView("L1", l2.roleInput(), l2.role(), l2.status(), l2.skills(), l2.demand(), l2.summary(),
        l2.gap(), l2.strengths(), l2.soft(), l2.gapTotal(), l2.uncovered(), l2.recommendations(), l2.notes()));
    ReportInput twice = new ReportInput(in.week(), in.comparedWeeks(), in.postings(), in.demand(), in.trends(),
        in.gaps(), in.recommendations(), in.unlinked(), in.unrecognised(), docs, in.credentials());
    IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> WeeklyReport.files(twice));
    assertEquals("learners L1 and L1 would share the report file name L1", e.getMessage());
  }

  /** The page's data block, with text columns restored from each table's strings as the page script does. */
  static JsonNode data(String html) throws Exception {
    Matcher m = Pattern.compile("<script type=\"application/json\" id=\"report-data\">(.*?)</script>", Pattern.DOTALL)
        .matcher(html);
    assertTrue(m.find());
    JsonNode data = new ObjectMapper().readTree(m.group(1));
    for (JsonNode t : data.path("tables")) {
      for (JsonNode c : t.path("encoded")) {
        for (JsonNode r : t.path("rows")) {
          JsonNode v = r.get(c.asInt());
          if (!v.isNull()) {
            assertTrue(v.isInt(), "an encoded cell is an index: " + v);
            ((com.fasterxml.jackson.databind.node.ArrayNode) r).set(c.asInt(), t.path("strings").get(v.asInt()));
          }
        }
      }
    }
    return data;
  }

  static int count(String s, String what) {
    int n = 0;
    for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) {
      n++;
    }
    return n;
  }
}
