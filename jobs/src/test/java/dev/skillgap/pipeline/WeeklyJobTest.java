package dev.skillgap.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.skillgap.demand.WeekId;
import dev.skillgap.extract.ExtractorConfig;
import dev.skillgap.io.SkillgapHome;
import dev.skillgap.rank.Budget;
import dev.skillgap.taxonomy.TaxonomyFixture;
import java.io.File;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The weekly job end to end on data-samples, its rerun, and a crash in the middle of a run. */
class WeeklyJobTest {

  static SparkSession spark;
  static Path taxonomy;
  static final Path SAMPLES = SkillgapHome.dataSamples();

  @BeforeAll
  static void start() throws Exception {
    taxonomy = TaxonomyFixture.compiled();
    spark = SparkSessions.create("weekly-test", "local[2]");
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  static WeeklyOptions options(String week, Path lake, boolean learners) {
    return new WeeklyOptions(WeekId.parse(week), lake.toString(),
        List.of(SAMPLES.resolve("postings/" + week).toString()),
        learners ? List.of(SAMPLES.resolve("roles").toString()) : List.of(),
        learners ? SAMPLES.resolve("learners/learners.jsonl").toString() : null,
        List.of(SAMPLES.resolve("catalog").toString()), taxonomy.toString(),
        ExtractorConfig.defaults().lexicalOnly().toJson(), new Budget(5, null, null));
  }

  static List<String> rows(Path lake, String table, String week) {
    List<String> out = new ArrayList<>();
    for (Row r : spark.read().parquet(lake.resolve(table).resolve("week=" + week).toString()).collectAsList()) {
      out.add(r.toString());
    }
    out.sort(null);
    return out;
  }

  @Test
  void demandCountsPostingsPerScopeEvenWhenSourcesShareAnId() {
    org.apache.spark.sql.types.StructType ps = new org.apache.spark.sql.types.StructType()
        .add("posting_id", "string").add("occupation_uri", "string").add("occupation_label", "string")
        .add("region", "string").add("error", "string");
    // two sources both call their posting "1"; "2" has no region; "3" failed extraction
    Dataset<Row> postings = spark.createDataFrame(List.of(
        RowFactory.create("1", "o1", "nurse", "north", null),
        RowFactory.create("1", "o2", "cook", "south", null),
        RowFactory.create("2", "o1", "nurse", null, null),
        RowFactory.create("3", "o1", "nurse", "north", "extraction failed")), ps);
    org.apache.spark.sql.types.StructType ss = new org.apache.spark.sql.types.StructType()
        .add("posting_id", "string").add("occupation_uri", "string").add("occupation_label", "string")
        .add("region", "string").add("skill_uri", "string").add("skill_label", "string").add("skill_type", "string")
        .add("skill_kind", "string").add("requirement", "string").add("score", "double");
    Dataset<Row> skills = spark.createDataFrame(List.of(
        RowFactory.create("1", "o1", "nurse", "north", "s1", "care", "skill", "hard", "required", 0.9),
        RowFactory.create("1", "o1", "nurse", "north", "s2", "lift", "skill", "hard", "optional", 0.8),
        RowFactory.create("1", "o1", "nurse", "north", "s3", "chat", "skill", "soft", "required", 0.3),
        RowFactory.create("1", "o2", "cook", "south", "s1", "care", "skill", "hard", "optional", 0.9),
        RowFactory.create("2", "o1", "nurse", null, "s1", "care", "skill", "hard", "required", 0.7)), ss);
    List<String> got = new ArrayList<>();
    for (Row r : WeeklyJob.demand(postings, skills).collectAsList()) {
      got.add(r.getString(0) + "|" + r.getString(2) + "|" + r.getString(3) + " " + r.getLong(7) + "/"
          + r.getLong(8) + "/" + r.getLong(9) + " " + r.getDouble(10));
    }
    got.sort(null);
    assertEquals(List.of(
        "*||s1 3/2/3 1.0",
        "*||s2 1/0/3 0.3333333333333333",
        "o1|north|s1 1/1/1 1.0",
        "o1|north|s2 1/0/1 1.0",
        "o1||s1 2/2/2 1.0",
        "o1||s2 1/0/2 0.5",
        "o2|south|s1 1/0/1 1.0",
        "o2||s1 1/0/1 1.0"), got);
    assertEquals(List.of(LakeSchemas.DEMAND.fieldNames()), List.of(WeeklyJob.demand(postings, skills).columns()));
  }

  @Test
  void aWeekRunsEndToEndReconcilesAndRerunsIdentically(@TempDir Path lake) throws Exception {
    List<String> log = new ArrayList<>();
    WeeklyJob job = new WeeklyJob(spark, log::add);
    ObjectNode w47 = job.run(options("2026-W47", lake, false));
    // a catalogue without learners is not read, and the manifest says so rather than list it as an input
    assertEquals("[{\"kind\":\"skipped\",\"file\":\"" + SAMPLES.resolve("catalog")
        + "\",\"reason\":\"catalogue not read: no learners in this run\"}]",
        w47.get("inputs").findParents("reason").toString());
    ObjectNode m = job.run(options("2026-W48", lake, true));

    // 106 posting records in three files plus 12 role files: 118 read = 115 + 1 duplicate + 1 + 1 rejected; the
    // undated posting and the one without a description are read and warned
    assertEquals(118, m.get("counts").get("ingest").get("read").asInt());
    assertEquals(115, m.get("counts").get("ingest").get("accepted").asInt());
    assertEquals(1, m.get("counts").get("ingest").get("duplicates").asInt());
    assertEquals(2, m.get("counts").get("ingest").get("rejected").asInt());
    assertEquals(2, m.get("counts").get("ingest").get("warned").asInt());
    java.util.Map<String, Integer> kinds = new java.util.TreeMap<>();
    m.get("inputs").forEach(f -> kinds.merge(f.get("kind").asText(), 1, Integer::sum));
    // each catalogue file of the folder is listed, as postings and roles are
    assertEquals(java.util.Map.of("postings", 3, "roles", 12, "learners", 1, "catalog", 186), kinds);
    m.get("inputs").forEach(f -> {
      if (f.has("read")) {
        assertEquals(f.get("read").asInt(),
            f.get("accepted").asInt() + f.get("duplicates").asInt() + f.get("rejected").asInt(), f.toString());
      }
    });
    // 66 learner lines: L066 has no CV, declared skills or badges and is rejected
    assertEquals(65, m.get("counts").get("learners").get("learners").asInt());
    assertEquals(1, m.get("counts").get("learners").get("rejected").asInt());
    assertEquals(1, m.get("counts").get("demand").get("weeksCompared").asInt());

    LakeCommitter c = new LakeCommitter(lake.toString(), spark.sparkContext().hadoopConfiguration());
    assertEquals(List.of(WeekId.parse("2026-W47"), WeekId.parse("2026-W48")), c.visibleWeeks());
    for (String table : LakeSchemas.TABLES.keySet()) {
      assertTrue(Files.isDirectory(lake.resolve(table).resolve("week=2026-W48")), table);
    }
    assertEquals(115, rows(lake, "postings", "2026-W48").size());
    List<String> rejects = rows(lake, "rejects", "2026-W48");
    assertTrue(rejects.stream().anyMatch(r -> r.contains("missing Occupation header")), "the bad role file");
    assertTrue(rejects.stream().anyMatch(r -> r.startsWith("[duplicate,")));
    assertTrue(rejects.stream().anyMatch(r -> r.startsWith("[catalog,") && r.contains("negative hours")));
    assertFalse(rows(lake, "recommendations", "2026-W48").isEmpty());
    assertTrue(rows(lake, "trends", "2026-W48").stream().anyMatch(r -> r.contains(",rising,")));
    assertTrue(log.stream().anyMatch(l -> l.startsWith("ingest: ")) && log.stream().anyMatch(l -> l.startsWith("extract: ")));

    Path report = lake.resolve("reports/2026-W48");
    java.util.Map<String, byte[]> reportBefore = files(report);
    assertTrue(Files.isRegularFile(lake.resolve("reports/2026-W47/index.html")), "a week without learners has a report");
    assertEquals(65, reportBefore.keySet().stream().filter(f -> f.startsWith("learners/") && f.endsWith(".ob3.json")).count());
    assertTrue(reportBefore.containsKey("csv/skill_demand.csv") && reportBefore.containsKey("index.html"));
    // the week's titles no occupation was found for, counted in Spark: each a posting title, shares of at most all
    List<String> unrecognised = new String(reportBefore.get("csv/unrecognised_titles.csv"),
        java.nio.charset.StandardCharsets.UTF_8).lines().toList();
    assertEquals("title,postings,share_of_unrecognised", unrecognised.get(0));
    assertTrue(unrecognised.size() > 1, "data-samples has titles no occupation fits (\"HR Advisor\")");
    assertTrue(unrecognised.stream().skip(1).mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(',') + 1)))
        .sum() <= 1 + 1e-9, unrecognised.toString());
    assertTrue(log.stream().anyMatch(l -> l.startsWith("report: ")));

    List<List<String>> before = new ArrayList<>();
    for (String table : LakeSchemas.TABLES.keySet()) {
      before.add(rows(lake, table, "2026-W48"));
    }
    job.run(options("2026-W48", lake, true));
    int i = 0;
    for (String table : LakeSchemas.TABLES.keySet()) {
      assertEquals(before.get(i++), rows(lake, table, "2026-W48"), "rerun changed " + table);
    }
    java.util.Map<String, byte[]> reportAfter = files(report);
    assertEquals(reportBefore.keySet(), reportAfter.keySet());
    reportBefore.forEach((f, b) -> org.junit.jupiter.api.Assertions.assertArrayEquals(b, reportAfter.get(f),
        "rerun changed report file " + f));
  }

  static java.util.Map<String, byte[]> files(Path dir) throws java.io.IOException {
    java.util.Map<String, byte[]> out = new java.util.TreeMap<>();
    try (var all = Files.walk(dir)) {
      for (Path p : all.filter(Files::isRegularFile).toList()) {
        out.put(dir.relativize(p).toString(), Files.readAllBytes(p));
      }
    }
    return out;
  }

  @Test
  void aRunKilledPartWayLeavesNothingVisibleAndEarlierWeeksIntact(@TempDir Path lake) throws Exception {
    new WeeklyJob(spark, s -> {}).run(options("2026-W47", lake, false));
    List<String> w47 = rows(lake, "demand", "2026-W47");
    Process p = ChildRun.start(lake.resolve("crash.log"), List.of("-Dskillgap.crashAt=stage:demand"), List.of("weekly",
        "--week", "2026-W48", "--lake", lake.toString(), "--postings", SAMPLES.resolve("postings/2026-W48").toString(),
        "--taxonomy", taxonomy.toString(), "--lexical-only", "--master", "local[1]"));
    assertTrue(p.waitFor(5, TimeUnit.MINUTES), "the crashing run did not end");
    String out = Files.readString(lake.resolve("crash.log"));
    assertEquals(137, p.exitValue(), out);
    assertTrue(out.contains("injected crash at stage:demand"), out);

    LakeCommitter c = new LakeCommitter(lake.toString(), spark.sparkContext().hadoopConfiguration());
    assertEquals(List.of(WeekId.parse("2026-W47")), c.visibleWeeks());
    for (String table : LakeSchemas.TABLES.keySet()) {
      assertFalse(Files.exists(lake.resolve(table).resolve("week=2026-W48")), table + " of the crashed week is visible");
    }
    assertFalse(Files.exists(lake.resolve("reports/2026-W48")), "the crashed week's report is visible");
    assertEquals(w47, rows(lake, "demand", "2026-W47"));
    assertTrue(c.recover().stream().anyMatch(s -> s.startsWith("removed unfinished run 2026-W48")));
    assertFalse(new File(lake.resolve("_staging").toString()).list().length > 0);
  }

  static final Path FIXTURES = Path.of("src", "test", "resources", "ingest-fixtures");

  static byte[] gzip(Path file) throws java.io.IOException {
    java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
    try (var gz = new java.util.zip.GZIPOutputStream(b)) {
      gz.write(Files.readAllBytes(file));
    }
    return b.toByteArray();
  }

  /** A path of the manifest or the output as a plain path: Hadoop writes {@code file:/x} for {@code /x}. */
  static String plain(String path) {
    return new org.apache.hadoop.fs.Path(path).toUri().getPath();
  }

  @Test
  void everyFileUnderTheInputsIsReadGzippedOrNotOrListedAsSkippedWithItsReason(@TempDir Path tmp) throws Exception {
    Path week = SAMPLES.resolve("postings/2026-W48");
    Path drop = Files.createDirectories(tmp.resolve("drop"));
    Files.write(drop.resolve("postings.jsonl.gz"), gzip(week.resolve("postings.jsonl")));
    Files.writeString(drop.resolve("notes.txt"), "where the feed came from");
    Files.writeString(drop.resolve(".postings.jsonl.swp"), "");
    // a file named directly is read whatever its name (Spark's file sources drop names starting with _ or .)
    Path late = Files.copy(week.resolve("postings.csv"), Files.createDirectories(tmp.resolve("late")).resolve("_late.csv"));
    Path roles = Files.createDirectories(tmp.resolve("roles"));
    Files.write(roles.resolve("nurse.txt.gz"), gzip(SAMPLES.resolve("roles/senior-staff-nurse-acute-medicine.txt")));
    Files.writeString(roles.resolve("draft.docx"), "PK");
    Path catalog = Files.createDirectories(tmp.resolve("catalog"));
    Files.write(catalog.resolve("COURSES.CSV.GZ"), gzip(SAMPLES.resolve("catalog/courses.csv")));
    Files.writeString(catalog.resolve("README.txt"), "exported from the course system");
    Files.writeString(catalog.resolve(".DS_Store"), "");
    Path learners = Files.writeString(tmp.resolve("learners.jsonl"),
        "{\"learnerId\": \"T1\", \"targetRole\": \"data analyst\", \"declaredSkills\": [\"Excel\"]}\n");

    List<String> log = new ArrayList<>();
    ObjectNode m = new WeeklyJob(spark, log::add).run(new WeeklyOptions(WeekId.parse("2026-W48"),
        tmp.resolve("lake").toString(), List.of(drop.toString(), late.toString()), List.of(roles.toString()),
        learners.toString(), List.of(catalog.toString()), taxonomy.toString(),
        ExtractorConfig.defaults().lexicalOnly().toJson(), new Budget(5, null, null)));

    java.util.Map<String, com.fasterxml.jackson.databind.JsonNode> inputs = new java.util.TreeMap<>();
    m.get("inputs").forEach(f -> inputs.put(tmp.relativize(Path.of(plain(f.get("file").asText()))).toString(), f));
    // every file under the inputs is in the manifest once: read, or passed over with its reason
    java.util.Set<String> all = new java.util.TreeSet<>();
    try (var walk = Files.walk(tmp)) {
      walk.filter(Files::isRegularFile).map(f -> tmp.relativize(f).toString()).filter(f -> !f.startsWith("lake/"))
          .forEach(all::add);
    }
    assertEquals(all, inputs.keySet());
    assertEquals(m.get("inputs").size(), inputs.size());
    java.util.Map<String, String> skipped = new java.util.TreeMap<>();
    inputs.forEach((f, n) -> {
      if (n.get("kind").asText().equals("skipped")) {
        skipped.put(f, n.get("reason").asText());
      }
    });
    assertEquals(java.util.Map.of("drop/notes.txt", "not a posting file (.txt)", "drop/.postings.jsonl.swp", "hidden",
        "roles/draft.docx", "not a role file (.docx)", "catalog/README.txt", "not a catalogue file (.txt)",
        "catalog/.DS_Store", "hidden"), skipped);
    // and so is the run's output, each file with its reason
    assertTrue(log.contains("  passed over 5 file(s) in the inputs (all in the manifest):"), String.join("\n", log));
    skipped.forEach((f, why) -> assertTrue(log.stream().anyMatch(l -> l.contains(tmp.resolve(f).toString())
        && l.endsWith("(" + why + ")")), f + " in\n" + String.join("\n", log)));

    // gzipped files are read, and read = accepted + duplicates + rejected holds for them
    var gz = inputs.get("drop/postings.jsonl.gz");
    assertEquals("postings", gz.get("kind").asText());
    assertEquals(35, gz.get("read").asInt());
    assertTrue(gz.get("notes").get(0).asText().startsWith("gzip, "), gz.toString());
    assertEquals(36, inputs.get("late/_late.csv").get("read").asInt());
    var role = inputs.get("roles/nurse.txt.gz");
    assertEquals("roles", role.get("kind").asText());
    assertEquals(1, role.get("accepted").asInt(), role.toString());
    assertTrue(role.get("notes").get(0).asText().startsWith("gzip, "), role.toString());
    inputs.values().stream().filter(n -> n.has("read")).forEach(n -> assertEquals(n.get("read").asInt(),
        n.get("accepted").asInt() + n.get("duplicates").asInt() + n.get("rejected").asInt(), n.toString()));
    var ingest = m.get("counts").get("ingest");
    assertEquals(35 + 36 + 1, ingest.get("read").asInt());
    assertEquals(ingest.get("read").asInt(), ingest.get("accepted").asInt() + ingest.get("duplicates").asInt()
        + ingest.get("rejected").asInt());
    // the catalogue named .CSV.GZ was unpacked: its 18 courses, not its compressed bytes
    assertEquals("catalog", inputs.get("catalog/COURSES.CSV.GZ").get("kind").asText());
    var learnerCounts = m.get("counts").get("learners");
    assertTrue(learnerCounts.get("catalogCredentials").asInt() > 0, learnerCounts.toString());
    assertEquals(18, learnerCounts.get("catalogCredentials").asInt() + learnerCounts.get("catalogRejected").asInt()
        + learnerCounts.get("catalogDuplicates").asInt(), learnerCounts.toString());
  }

  @Test
  void malformedInputsInEveryFormatLandInRejectsWithFileLineAndReason(@TempDir Path tmp) throws Exception {
    Path in = Files.createDirectories(tmp.resolve("postings"));
    Path roles = Files.createDirectories(tmp.resolve("roles"));
    for (String f : List.of("rejects.csv", "rejects.jsonl", "rejects.jsonld", "broken.jsonld")) {
      Files.copy(FIXTURES.resolve(f), in.resolve(f));
    }
    for (String f : List.of("blank-title.txt", "no-title-no-occupation.txt", "empty-body.md", "unclosed.md",
        "single-quoted.md")) {
      Files.copy(FIXTURES.resolve("roles").resolve(f), roles.resolve(f));
    }
    // Parquet as a data lake exports it (written by Spark): one good row, then a bad date, a blank id, no description
    org.apache.spark.sql.types.StructType schema = new org.apache.spark.sql.types.StructType()
        .add("id", "string").add("title", "string").add("datePosted", "string").add("description", "string");
    spark.createDataFrame(List.of(
            org.apache.spark.sql.RowFactory.create("PQ-1", "Data Analyst", "2026-11-24", "SQL and Power BI reporting."),
            org.apache.spark.sql.RowFactory.create("PQ-2", "Bad Date", "2026-11-31", "x"),
            org.apache.spark.sql.RowFactory.create("", "Blank Id", "2026-11-24", "x"),
            org.apache.spark.sql.RowFactory.create("PQ-4", "No Description", "2026-11-24", null)), schema)
        .coalesce(1).write().parquet(tmp.resolve("pq").toString());
    try (var parts = Files.list(tmp.resolve("pq"))) {
      Files.copy(parts.filter(f -> f.getFileName().toString().endsWith(".parquet")).findFirst().orElseThrow(),
          in.resolve("export.parquet"));
    }
    Files.writeString(in.resolve("cut-short.parquet"), "PAR1 a download that stopped half way");

    Path lake = tmp.resolve("lake");
    ObjectNode m = new WeeklyJob(spark, s -> {}).run(new WeeklyOptions(WeekId.parse("2026-W48"), lake.toString(),
        List.of(in.toString()), List.of(roles.toString()), null, List.of(), taxonomy.toString(),
        ExtractorConfig.defaults().lexicalOnly().toJson(), new Budget(5, null, null)));

    // every input file is in the manifest, and its counts reconcile
    var inputs = new java.util.TreeMap<String, com.fasterxml.jackson.databind.JsonNode>();
    m.get("inputs").forEach(f -> inputs.put(Path.of(URI.create(f.get("file").asText()).getPath()).getFileName()
        .toString(), f));
    assertEquals(java.util.Set.of("rejects.csv", "rejects.jsonl", "rejects.jsonld", "broken.jsonld", "export.parquet",
        "cut-short.parquet", "blank-title.txt", "no-title-no-occupation.txt", "empty-body.md", "unclosed.md",
        "single-quoted.md"), inputs.keySet());
    inputs.forEach((f, c) -> assertEquals(c.get("read").asInt(),
        c.get("accepted").asInt() + c.get("duplicates").asInt() + c.get("rejected").asInt(), f + ": " + c));
    assertEquals(7, inputs.get("rejects.csv").get("warned").asInt(), "the rows read with a flag");

    // each rejected record is a row naming its file, where in it, its format and why
    List<Row> rejects = spark.read().parquet(lake.resolve("rejects").resolve("week=2026-W48").toString()).collectAsList();
    java.util.Map<String, List<String>> byFile = new java.util.TreeMap<>();
    for (Row r : rejects) {
      assertFalse(r.getString(1).isBlank() || r.getString(2).isBlank() || r.getString(3).isBlank()
          || r.getString(4).isBlank(), r.toString());
      String file = Path.of(URI.create(r.getString(1)).getPath()).getFileName().toString();
      byFile.computeIfAbsent(file, k -> new ArrayList<>()).add(r.getString(0) + " | " + r.getString(3) + " | "
          + r.getString(2) + " | " + r.getString(4));
    }
    inputs.forEach((f, c) -> assertEquals(c.get("rejected").asInt() + c.get("duplicates").asInt(),
        byFile.getOrDefault(f, List.of()).size(), f + ": rejects rows " + byFile.get(f) + " against " + c));
    assertEquals(2, byFile.get("rejects.csv").size());
    assertTrue(byFile.get("rejects.csv").contains("posting | csv | row 2 (line 5) | row has 10 fields, header has 11"));
    assertTrue(byFile.get("rejects.csv").contains("posting | csv | row 10 (line 13) | unterminated quoted field: a quote"
        + " opened in this row never closes, so the row runs to the end of the file (line 14)"));
    assertEquals(4, byFile.get("rejects.jsonl").size());
    assertTrue(byFile.get("rejects.jsonl").contains("posting | jsonl | line 4 | not a JSON object but a JSON array"));
    assertEquals(3, byFile.get("rejects.jsonld").size());
    assertTrue(byFile.get("rejects.jsonld").contains(
        "posting | jsonld | @graph[1] | not a JobPosting: @type is \"Organization\""));
    assertEquals(List.of("posting | jsonld | file | invalid JSON: Unexpected end-of-input: expected close marker for"
        + " Object (start marker at line 4, column 5) (line 5, column 1)"), byFile.get("broken.jsonld"));
    // a bad date, a blank id and no description are read, flagged; the title alone repeats rejects.csv's row 7
    assertEquals(List.of("duplicate | parquet | row 4 | duplicate of REQ-7 in " + in.resolve("rejects.csv").toUri()
        .toString().replace("file:///", "file:/")), byFile.get("export.parquet"));
    assertEquals(3, inputs.get("export.parquet").get("warned").asInt());
    assertEquals(1, byFile.get("cut-short.parquet").size());
    assertTrue(byFile.get("cut-short.parquet").get(0).startsWith("posting | parquet | file | "),
        byFile.get("cut-short.parquet").toString());
    assertEquals(List.of("role | role-txt | header (lines 1-2) | Title header is blank"), byFile.get("blank-title.txt"));
    assertEquals(List.of("role | role-txt | header (lines 1-2) | missing Title and Occupation headers"),
        byFile.get("no-title-no-occupation.txt"));
    assertEquals(List.of("role | role-md | body (after line 4) | empty body: no text after the front matter"),
        byFile.get("empty-body.md"));
    assertEquals(List.of("role | role-md | front matter (line 1) | front matter opened on line 1 is never closed by a"
        + " --- line"), byFile.get("unclosed.md"));
    assertEquals(null, byFile.get("single-quoted.md"));

    // what was accepted went on to the postings table, and the week's totals add up
    var ingest = m.get("counts").get("ingest");
    assertEquals(ingest.get("read").asInt(), ingest.get("accepted").asInt() + ingest.get("duplicates").asInt()
        + ingest.get("rejected").asInt());
    assertEquals(rejects.size(), ingest.get("rejected").asInt() + ingest.get("duplicates").asInt());
    assertEquals(ingest.get("accepted").asInt(), rows(lake, "postings", "2026-W48").size());
    assertTrue(rows(lake, "postings", "2026-W48").stream().anyMatch(r -> r.startsWith("[PQ-1,")));
    assertTrue(rows(lake, "postings", "2026-W48").stream().anyMatch(r -> r.startsWith("[PQ-2,")
        && r.contains("2026-11-29") && r.contains("date-invalid")), "the bad date took the week's, flagged");
    assertTrue(rows(lake, "postings", "2026-W48").stream().anyMatch(r -> r.startsWith("[role:single-quoted,")));
  }

  @Test
  void hostileFilesInTheInputsAreRejectedOrPassedOverAndTheWeekStillCommits(@TempDir Path tmp) throws Exception {
    Path in = Files.createDirectories(tmp.resolve("postings"));
    Files.writeString(in.resolve("good.jsonl"), "{\"id\":\"G1\",\"title\":\"Data Analyst\",\"datePosted\":"
        + "\"2026-11-24\",\"description\":\"SQL and Excel reporting.\"}\n"
        + "{\"id\":\"G2\",\"x\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}\n"
        + "{\"id\":\"G3\",\"description\":\"" + "x".repeat(2 << 20) + "\"}\n");
    java.io.ByteArrayOutputStream bomb = new java.io.ByteArrayOutputStream();
    try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(bomb)) {
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 256; i++) { // 256 MiB of zeros in 256 KB: four times the file limit
        gz.write(zeros);
      }
    }
    Files.write(in.resolve("feed.jsonl.gz"), bomb.toByteArray());
    Files.writeString(in.resolve("wide.csv"), ",".repeat(999_999) + "\n");
    spark.createDataFrame(List.of(RowFactory.create(7, "SQL")), new org.apache.spark.sql.types.StructType()
        .add("title", "int").add("description", "string")).coalesce(1).write().parquet(tmp.resolve("pq").toString());
    try (var parts = Files.list(tmp.resolve("pq"))) {
      Files.copy(parts.filter(f -> f.getFileName().toString().endsWith(".parquet")).findFirst().orElseThrow(),
          in.resolve("wrong.parquet"));
    }
    Files.createSymbolicLink(in.resolve("loop"), in);
    Files.createSymbolicLink(in.resolve("gone.jsonl"), in.resolve("missing.jsonl"));
    assertEquals(0, new ProcessBuilder("mkfifo", in.resolve("pipe.jsonl").toString()).start().waitFor());

    Path lake = tmp.resolve("lake");
    ObjectNode m = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofMinutes(5),
        () -> new WeeklyJob(spark, s -> {}).run(new WeeklyOptions(WeekId.parse("2026-W48"), lake.toString(),
            List.of(in.toString()), List.of(), null, List.of(), taxonomy.toString(),
            ExtractorConfig.defaults().lexicalOnly().toJson(), new Budget(5, null, null))));

    java.util.Map<String, String> outcome = new java.util.TreeMap<>();
    m.get("inputs").forEach(f -> outcome.put(f.get("file").asText().replaceAll(".*/postings/", ""),
        f.get("kind").asText().equals("skipped") ? "skipped: " + f.get("reason").asText()
            : f.get("read").asInt() + " read = " + f.get("accepted").asInt() + " + " + f.get("duplicates").asInt()
                + " + " + f.get("rejected").asInt()));
    assertEquals(java.util.Map.of(
        "good.jsonl", "3 read = 1 + 0 + 2",
        "feed.jsonl.gz", "1 read = 0 + 0 + 1",
        "wide.csv", "1 read = 0 + 0 + 1",
        "wrong.parquet", "1 read = 0 + 0 + 1",
        "loop", "skipped: symbolic link loop: it leads back to a folder above it, whose files are listed once",
        "gone.jsonl", "skipped: broken symbolic link: its target does not exist",
        "pipe.jsonl", "skipped: not a regular file (a named pipe, socket or device)"), outcome);
    List<String> reasons = new ArrayList<>();
    for (Row r : spark.read().parquet(lake.resolve("rejects").resolve("week=2026-W48").toString()).collectAsList()) {
      reasons.add(r.getString(1).replaceAll(".*/postings/", "") + " " + r.getString(2) + " | " + r.getString(4));
    }
    reasons.sort(null);
    assertEquals(List.of(
        "feed.jsonl.gz file | more than 64 MiB (67,108,864 bytes) once gunzipped, the most one input file may hold"
            + " (a gzip bomb?); split it into smaller files",
        "good.jsonl line 2 | JSON nested more than 64 levels deep, the most a record may nest",
        "good.jsonl line 3 | line of 2,097,180 bytes, more than the 1 MiB (1,048,576 bytes) one record may have",
        "wide.csv file | header (line 1): 1,000,000 fields, more than the 1,024 a CSV row may have",
        "wrong.parquet row 1 | wrong schema: column title (the title) is INT32, not text"), reasons);
    assertEquals(List.of(WeekId.parse("2026-W48")), new LakeCommitter(lake.toString(),
        spark.sparkContext().hadoopConfiguration()).visibleWeeks(), "the week committed");
    assertEquals(1, rows(lake, "postings", "2026-W48").size());

    // a file that cannot be read when its task comes (gone, or no permission) is one reject, not a failed run
    var conf = org.apache.spark.api.java.JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(
        new org.apache.spark.util.SerializableConfiguration(spark.sparkContext().hadoopConfiguration()));
    WeeklyFunctions.ParsedFile gone = new WeeklyFunctions.Parse("postings", dev.skillgap.ingest.IngestOptions.of(
        java.time.LocalDate.of(2026, 11, 29)), conf).call(in.resolve("gone-since-listing.jsonl").toUri().toString());
    assertEquals(List.of("file | cannot read the file: it is gone"), gone.result().rejects().stream()
        .map(r -> r.entry() + " | " + r.reason()).toList());
    assertEquals(null, gone.sha256());
  }
}
