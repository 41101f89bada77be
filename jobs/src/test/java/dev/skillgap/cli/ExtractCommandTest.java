package dev.skillgap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.skillgap.extract.ExtractorConfig;
import dev.skillgap.taxonomy.TaxonomyFixture;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.MessageTypeParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The extract command's contract: one line per input record, in order, errors per record, spans in the text. */
class ExtractCommandTest {

  static Path taxonomy;

  @BeforeAll
  static void compile() {
    taxonomy = TaxonomyFixture.compiled();
  }

  static CliTest.Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = SkillgapCommand.execute(args, new PrintWriter(out), new PrintWriter(err));
    return new CliTest.Run(code, out.toString(), err.toString());
  }

  static List<JsonNode> lines(Path file) throws Exception {
    List<JsonNode> out = new ArrayList<>();
    for (String l : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      out.add(Json.MAPPER.readTree(l));
    }
    return out;
  }

  @Test
  void jsonLinesInOneLineOutPerRecordInOrderWithPerRecordErrors(@TempDir Path dir) throws Exception {
    ByteArrayOutputStream in = new ByteArrayOutputStream();
    String[] good = {
      "{\"id\": 1, \"text\": \"<ul><li>Strong <b>SQL</b> &amp; Python skills</li></ul>\"}",
      "{\"id\": \"two\", \"text\": \"\"}",
      "{\"id\": 3, \"text\": \"not json",
      "{\"id\": 4}",
      "",
      "{\"id\": 6, \"text\": \"Wir suchen eine Pflegefachkraft mit Erfahrung und Teamfähigkeit für unser Team in Berlin.\"}",
    };
    for (String g : good) {
      in.write(g.getBytes(StandardCharsets.UTF_8));
      in.write('\n');
    }
    in.write("{\"id\": 7, \"text\": \"Excel and caf".getBytes(StandardCharsets.UTF_8));
    in.write(new byte[] {(byte) 0xE9, (byte) 0xFF});
    in.write("\"}\n".getBytes(StandardCharsets.UTF_8));
    in.write("{\"id\": 8, \"text\": \"Team player with Kubernetes and Terraform experience.\"}".getBytes(StandardCharsets.UTF_8));
    Path input = dir.resolve("in.jsonl");
    Files.write(input, in.toByteArray());
    Path output = dir.resolve("out/skills.jsonl");
    CliTest.Run r = run("extract", "--input", input.toString(), "--output", output.toString(), "--taxonomy", taxonomy.toString(), "--lexical-only");
    assertEquals(0, r.code(), r.err());
    List<JsonNode> out = lines(output);
    assertEquals(7, out.size(), "one line per record; the blank line is no record");
    assertEquals(List.of("1", "two", "null", "4", "6", "7", "8"), out.stream().map(n -> String.valueOf(n.get("id"))
        .replace("\"", "")).toList());
    JsonNode first = out.get(0);
    String text = "<ul><li>Strong <b>SQL</b> &amp; Python skills</li></ul>";
    Set<String> uris = new HashSet<>();
    for (JsonNode s : first.get("skills")) {
      assertTrue(uris.add(s.get("uri").asText()), "distinct skills");
      for (String field : List.of("uri", "label", "type", "kind", "score", "spans", "requirement")) {
        assertTrue(s.has(field), field);
      }
      for (JsonNode sp : s.get("spans")) {
        assertTrue(sp.get(0).asInt() >= 0 && sp.get(1).asInt() <= text.length());
      }
    }
    assertEquals("SQL", text.substring(first.get("skills").get(0).get("spans").get(0).get(0).asInt(),
        first.get("skills").get(0).get("spans").get(0).get(1).asInt()));
    assertEquals(0, out.get(1).get("skills").size());
    assertFalse(out.get(1).has("error"));
    assertTrue(out.get(2).get("error").asText().contains("line 3: not valid JSON"), out.get(2).toString());
    assertTrue(out.get(3).get("error").asText().contains("missing \"text\""), out.get(3).toString());
    assertEquals("de", out.get(4).get("language").asText());
    assertEquals(0, out.get(4).get("skills").size());
    assertTrue(out.get(5).get("error").asText().contains("invalid UTF-8"), out.get(5).toString());
    assertTrue(out.get(6).get("skills").size() >= 3, out.get(6).toString());
    assertTrue(r.err().contains("7 records (3 errors)"), r.err());
  }

  @Test
  void csvAndParquetWithNamedColumnsGiveTheSameSkillsAsJsonLines(@TempDir Path dir) throws Exception {
    String text = "Must have SQL and Tableau; nice to have: Python.";
    Path csv = dir.resolve("in.csv");
    Files.writeString(csv, "posting_id,title,description\nP1,Analyst,\"" + text + "\"\n");
    Path jsonl = dir.resolve("in.jsonl");
    Files.writeString(jsonl, "{\"id\": \"P1\", \"text\": \"" + text + "\"}\n");
    Path parquet = dir.resolve("in.parquet");
    MessageType schema = MessageTypeParser.parseMessageType(
        "message posting { required binary posting_id (UTF8); required binary description (UTF8); }");
    try (ParquetWriter<Group> w = ExampleParquetWriter.builder(new org.apache.hadoop.fs.Path(parquet.toUri()))
        .withType(schema).build()) {
      w.write(new SimpleGroupFactory(schema).newGroup().append("posting_id", "P1").append("description", text));
    }
    List<String> results = new ArrayList<>();
    for (Path in : List.of(jsonl, csv, parquet)) {
      Path out = dir.resolve(in.getFileName() + ".out");
      List<String> args = new ArrayList<>(List.of("extract", "-i", in.toString(), "-o", out.toString(),
          "--taxonomy", taxonomy.toString(), "--threads", "1", "--lexical-only"));
      if (!in.equals(jsonl)) {
        args.addAll(List.of("--id-col", "posting_id", "--text-col", "description"));
      }
      CliTest.Run r = run(args.toArray(String[]::new));
      assertEquals(0, r.code(), r.err());
      results.add(Files.readString(out));
    }
    assertEquals(results.get(0), results.get(1));
    assertEquals(results.get(0), results.get(2));
    JsonNode skills = Json.MAPPER.readTree(results.get(0)).get("skills");
    List<String> req = new ArrayList<>();
    skills.forEach(s -> req.add(s.get("label").asText() + "=" + s.get("requirement").asText()));
    assertTrue(req.contains("SQL=required") && req.contains("Tableau=required")
        && req.contains("Python (computer programming)=preferred"), req.toString());
  }

  @Test
  void threadCountDoesNotChangeTheOutput(@TempDir Path dir) throws Exception {
    StringBuilder b = new StringBuilder();
    String[] texts = {"SQL and Python", "Forklift licence, manual handling", "Customer service, cash handling, Excel",
        "Infection control and patient care", "Kubernetes, Terraform, AWS"};
    for (int i = 0; i < 300; i++) {
      b.append("{\"id\": ").append(i).append(", \"text\": \"").append(texts[i % texts.length]).append("\"}\n");
    }
    Path in = dir.resolve("many.jsonl");
    Files.writeString(in, b.toString());
    assertEquals(0, run("extract", "-i", in.toString(), "-o", dir.resolve("a").toString(), "--taxonomy",
        taxonomy.toString(), "--threads", "1").code());
    assertEquals(0, run("extract", "-i", in.toString(), "-o", dir.resolve("b").toString(), "--taxonomy",
        taxonomy.toString(), "--threads", "2").code());
    assertEquals(Files.readString(dir.resolve("a")), Files.readString(dir.resolve("b")));
    assertEquals(300, Files.readAllLines(dir.resolve("a")).size());
  }

  @Test
  void badInputsFailWithOneLineAndLeaveNoOutput(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("out.jsonl");
    CliTest.Run r = run("extract", "-i", dir.resolve("missing.jsonl").toString(), "-o", out.toString());
    assertEquals(1, r.code());
    assertTrue(r.err().contains("missing.jsonl: no such file"), r.err());
    Path csv = dir.resolve("in.csv");
    Files.writeString(csv, "a,b\n1,2\n");
    r = run("extract", "-i", csv.toString(), "-o", out.toString(), "--taxonomy", taxonomy.toString(), "--lexical-only");
    assertEquals(1, r.code());
    assertTrue(r.err().contains("in.csv: line 1: no column 'id'"), r.err());
    assertFalse(Files.exists(out));
    try (var files = Files.list(dir)) {
      assertTrue(files.noneMatch(f -> f.toString().endsWith(".tmp")), "no temporary file left behind");
    }
    assertEquals(2, run("extract", "-i", csv.toString()).code(), "--output is required");
    assertEquals(2, run("extract", "-i", csv.toString(), "-o", out.toString(), "--threads", "0").code());
  }

  @Test
  void topKReturnsTheBestSkillsEvenUnderTheThresholdEachMarked(@TempDir Path dir) throws Exception {
    // A threshold of 0.9 on the raw score puts some of these lexical matches under it (an ambiguous
    // product name, a reordered form): --top 3 returns the best three whatever their score.
    ExtractorConfig d = ExtractorConfig.defaults();
    ExtractorConfig.Scoring s = d.lexical().aloneScoring(); // --lexical-only scores with it
    Path cfg = dir.resolve("cfg.json");
    Files.writeString(cfg, new ExtractorConfig(new ExtractorConfig.Lexical(true, d.lexical().minContextSimilarity(),
        new ExtractorConfig.Scoring(s.bias(), s.lexicalWeight(), s.semanticWeight(), s.spanWeight(), 0.9,
            s.calibration())), d.spans(), d.semantic(), d.scoring()).toJson());
    Path in = dir.resolve("in.jsonl");
    Files.writeString(in, "{\"id\": 1, \"text\": \"Strong SQL skills and Excel macros; management of projects.\"}\n");
    List<String> out = new ArrayList<>();
    for (String top : new String[] {null, "3"}) {
      List<String> args = new ArrayList<>(List.of("extract", "-i", in.toString(), "-o", dir.resolve("o").toString(),
          "--config", cfg.toString(), "--lexical-only", "--taxonomy", taxonomy.toString()));
      if (top != null) {
        args.addAll(List.of("--top", top));
      }
      CliTest.Run r = run(args.toArray(String[]::new));
      assertEquals(0, r.code(), r.err());
      for (JsonNode k : lines(dir.resolve("o")).get(0).get("skills")) {
        out.add(top + " " + k.get("label").asText() + " " + k.get("score").asText() + " " + k.path("belowThreshold"));
      }
    }
    // Without --top: the two above the threshold and no marks; with it, the ambiguous "Excel" (raw
    // score 0.79: a shortened form, 0.85, of an ambiguous name, x 0.85) comes third, marked.
    assertEquals(List.of("null SQL 0.8481 ", "null project management 0.7183 ", "3 SQL 0.8481 false",
        "3 project management 0.7183 false", "3 Microsoft Excel 0.4898 true"), out);
    assertEquals(2, run("extract", "-i", in.toString(), "-o", dir.resolve("o").toString(), "--top", "0").code());
  }

  @Test
  void unknownConfigKeyIsRejectedByName(@TempDir Path dir) throws Exception {
    Path cfg = dir.resolve("cfg.json");
    // every other key of the block present: a missing one is reported before an unknown one
    Files.writeString(cfg, "{\"lexical\": {\"enabled\": true, \"minContextSimilarity\": 0, \"aloneScoring\": {\"bias\": 0,"
        + " \"lexicalWeight\": 1, \"semanticWeight\": 0, \"spanWeight\": 0, \"threshold\": 0.3, \"calibration\":"
        + " {\"raw\": [], \"calibrated\": []}}, \"fuzzy\": true}}");
    Path in = dir.resolve("in.jsonl");
    Files.writeString(in, "{\"id\": 1, \"text\": \"SQL\"}\n");
    CliTest.Run r = run("extract", "-i", in.toString(), "-o", dir.resolve("o").toString(), "--config", cfg.toString(),
        "--taxonomy", taxonomy.toString());
    assertEquals(1, r.code());
    assertTrue(r.err().contains("cfg.json: unknown key 'fuzzy'"), r.err());
  }

  @Test
  void benchExtractMeasuresEachRunOnItsOwnPostings() {
    CliTest.Run r = run("bench", "extract", "--corpus", "synthetic", "--postings", "4", "--threads", "2", "--lexical-only",
        "--taxonomy", taxonomy.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("corpus: synthetic, 4 postings per run"), r.out());
    assertTrue(r.out().matches("(?s).*threads 1: [0-9.]+ postings/s.*threads 2: [0-9.]+ postings/s.*peak heap.*"), r.out());
    assertEquals(2, run("bench", "extract", "--corpus", "fresh").code());
  }
}
