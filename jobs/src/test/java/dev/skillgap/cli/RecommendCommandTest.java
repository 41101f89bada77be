package dev.skillgap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.skillgap.io.SkillgapHome;
import dev.skillgap.taxonomy.TaxonomyFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The recommend command on data-samples: one document per learner, in the documented shape. */
class RecommendCommandTest {

  @Test
  void everyLearnerGetsADocumentAndBudgetsHold(@TempDir Path dir) throws Exception {
    Path taxonomy = TaxonomyFixture.compiled();
    Path out = dir.resolve("recs.jsonl");
    CliTest.Run r = ExtractCommandTest.run("recommend", "-o", out.toString(), "--taxonomy", taxonomy.toString(),
        "--lexical-only", "--max-cost", "300", "--top-skills", "10");
    assertEquals(0, r.code(), r.err());
    List<JsonNode> docs = ExtractCommandTest.lines(out);
    assertEquals(65, docs.size(), "L066 has nothing to measure and is rejected");
    int withRecs = 0;
    for (JsonNode d : docs) {
      for (String f : List.of("learnerId", "targetRole", "skills", "gap", "strengths", "uncovered", "recommendations")) {
        assertTrue(d.has(f), f + " in " + d.get("learnerId"));
      }
      double left = 1.0;
      int rank = 0;
      double cost = 0;
      for (JsonNode x : d.get("recommendations")) {
        assertEquals(++rank, x.get("rank").asInt());
        assertTrue(x.get("gapRemaining").asDouble() <= left + 1e-9);
        left = x.get("gapRemaining").asDouble();
        assertTrue(x.get("gain").asDouble() > 0, "nothing is recommended that closes no gap");
        assertTrue(!x.get("cost").isNull(), "unknown cost is left out under --max-cost");
        cost += x.get("cost").asDouble();
        assertTrue(x.get("covers").size() > 0);
      }
      assertTrue(cost <= 300 + 1e-9, d.get("learnerId") + " over budget");
      if (d.get("gap").size() == 0) {
        assertEquals(0, d.get("recommendations").size());
      }
      if (d.has("summary")) {
        JsonNode sum = d.get("summary");
        assertTrue(sum.get("topSkills").asInt() <= 10, d.get("learnerId") + " " + sum);
        assertEquals(sum.get("topSkills").asInt(), d.get("gap").size() + d.get("strengths").size());
        assertEquals(sum.get("held").asInt(), d.get("strengths").size());
        d.get("gap").forEach(g -> assertTrue(g.get("type").asText().equals("hard")
            && List.of("missing", "strengthen").contains(g.get("status").asText()), g.toString()));
        d.get("strengths").forEach(g -> assertEquals("held", g.get("status").asText()));
        assertTrue(d.get("soft").size() <= 5);
        d.get("soft").forEach(g -> assertEquals("soft", g.get("type").asText()));
        assertTrue(sum.get("shareMetWithPlan").asDouble() >= sum.get("shareMet").asDouble());
      }
      withRecs += d.get("recommendations").size() > 0 ? 1 : 0;
    }
    assertTrue(withRecs > 40, "most learners get recommendations: " + withRecs);
    List<String> byUri = docs.stream().filter(d -> d.get("targetRole").path("input").asText()
        .startsWith("http://data.europa.eu/esco/occupation/")).map(d -> d.get("learnerId").asText() + " "
        + d.get("status").asText()).toList();
    assertEquals(8, byUri.size(), "the sample learners whose target is an ESCO URI keep it: " + byUri);
    assertTrue(byUri.stream().allMatch(s -> s.endsWith(" ok")), byUri.toString());
    JsonNode dragon = docs.stream().filter(d -> d.get("learnerId").asText().equals("L063")).findFirst().orElseThrow();
    assertEquals("unknown-role", dragon.get("status").asText());
    assertEquals(0, dragon.get("recommendations").size());
    JsonNode noRole = docs.stream().filter(d -> d.get("learnerId").asText().equals("L064")).findFirst().orElseThrow();
    assertEquals("no-target-role", noRole.get("status").asText());
    assertTrue(r.err().contains("65 learners (1 rejected, 0 duplicates)"), r.err());
    assertTrue(r.err().contains("inputs (data-samples: no input named)"), r.err());
  }

  @Test
  void onceAnInputIsNamedDataSamplesIsNotReadAndLearnersAreNeeded(@TempDir Path dir) {
    CliTest.Run r = ExtractCommandTest.run("recommend", "-o", dir.resolve("x.jsonl").toString(), "--catalog",
        SkillgapHome.dataSamples().resolve("catalog").toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains("--learners is needed: once an input is named, data-samples is not read"), r.err());
    CliTest.Run none = ExtractCommandTest.run("recommend", "-o", dir.resolve("x.jsonl").toString(), "--top-skills", "0");
    assertEquals(2, none.code());
    assertTrue(none.err().contains("--top-skills must be at least 1"), none.err());
  }

  @Test
  void everyFileUnderAnInputFolderIsReadOrSaidToBePassedOver(@TempDir Path dir) throws Exception {
    Path postings = Files.createDirectories(dir.resolve("postings"));
    Files.copy(SkillgapHome.dataSamples().resolve("postings/2026-W48/postings.jsonl"), postings.resolve("week.jsonl"));
    Files.writeString(postings.resolve("notes.pdf"), "%PDF-1.4");
    Path catalog = Files.createDirectories(dir.resolve("catalog"));
    Files.copy(SkillgapHome.dataSamples().resolve("catalog/courses.csv"), catalog.resolve("courses.csv"));
    Files.writeString(catalog.resolve("README.txt"), "our courses");
    Path learners = dir.resolve("learners.jsonl");
    Files.writeString(learners, "{\"learnerId\": \"A1\", \"targetRole\": \"data analyst\", \"declaredSkills\": [\"SQL\"]}\n");
    CliTest.Run r = ExtractCommandTest.run("recommend", "-o", dir.resolve("out.jsonl").toString(), "--taxonomy",
        TaxonomyFixture.compiled().toString(), "--lexical-only", "--learners", learners.toString(), "--postings",
        postings.toString(), "--catalog", catalog.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.err().contains("2 file(s) under the input folders passed over:"), r.err());
    assertTrue(r.err().contains(postings.resolve("notes.pdf") + " (not a posting file (.pdf))"), r.err());
    assertTrue(r.err().contains(catalog.resolve("README.txt") + " (not a catalogue file (.txt))"), r.err());
    assertEquals(1, ExtractCommandTest.lines(dir.resolve("out.jsonl")).size());
  }
}
