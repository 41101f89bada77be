package dev.skillgap.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skillgap.io.ColumnMapping;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/**
 * The shapes real job feeds come in (../shared/notes/real-feeds.md), on small hand-written records
 * shaped like them: schema.org JobPosting one per line, in arrays and graphs, gzipped; ids and dates
 * in every form; escaped HTML; extra text fields; occupation codes; careers-site CSVs.
 */
class RealFeedShapesTest {

  final PostingParser parser = new PostingParser(IngestRejectReasonsTest.RUN);

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /** A job-board crawl line: no identifier, a date-time with an offset without a colon, escaped HTML. */
  static final String BOARD_LINE = "{\"@context\": \"http://schema.org\", \"@type\": \"JobPosting\", \"baseSalary\":"
      + " {\"@type\": \"MonetaryAmount\", \"currency\": \"GBP\", \"value\": {\"@type\": \"QuantitativeValue\","
      + " \"maxValue\": \"28333\", \"minValue\": \"28333\", \"unitText\": \"YEAR\", \"value\": \"£28,333.20 per annum\"}},"
      + " \"datePosted\": \"2019-08-08T11:13:33+0100\", \"description\": \"&lt;p&gt;We are looking for Staff Nurses"
      + " &amp;amp; carers.&lt;/p&gt;\\n&lt;ul&gt;&lt;li&gt;Administer medication&lt;/li&gt;&lt;/ul&gt;\","
      + " \"employmentType\": \"FULL_TIME\", \"hiringOrganization\": {\"@type\": \"Organization\", \"name\": \"Priory\"},"
      + " \"jobLocation\": {\"@type\": \"Place\", \"address\": {\"@type\": \"PostalAddress\", \"addressCountry\": \"GB\","
      + " \"addressLocality\": \"PRESTON\"}}, \"title\": \"Band 5 Staff Nurse\", \"url\":"
      + " \"https://jobs.example/vacancy/915390428\", \"validThrough\": \"2019-09-30T23:59:59+0100\", \"_fileid\": \"915\"}";

  @Test
  void jobBoardCrawlLinesAreJobPostingsIdentifiedByUrlWithTheirHtmlDecoded() {
    IngestResult r = parser.parse("crawl/part-1.jsonl", utf8(BOARD_LINE + "\n"));
    assertEquals(List.of(), r.rejects());
    Posting p = r.accepted().get(0);
    assertEquals("https://jobs.example/vacancy/915390428", p.postingId());
    assertEquals("jsonld", p.format());
    assertEquals("2019-08-08", p.datePosted());
    assertEquals("Band 5 Staff Nurse", p.title());
    assertEquals("PRESTON", p.city());
    assertEquals("GB", p.country());
    assertEquals("GBP 28,333 per YEAR", p.salary());
    assertEquals("<p>We are looking for Staff Nurses &amp; carers.</p>\n<ul><li>Administer medication</li></ul>",
        p.description());
    assertEquals(List.of("html-unescaped", "id-from-url"), p.flags());
    assertEquals(0, r.warned(), "an id from the url and decoded HTML are notes, not warnings");
    assertEquals(List.of("1 schema.org JobPosting"), r.notes());
  }

  @Test
  void gzippedJsonLinesAreRead() throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(b)) {
      gz.write(utf8(BOARD_LINE + "\n" + BOARD_LINE.replace("915390428", "915390429") + "\n"));
    }
    IngestResult r = parser.parse("crawl/part-1.jsonl.gz", b.toByteArray());
    assertEquals(2, r.accepted().size());
    assertTrue(r.notes().get(0).startsWith("gzip, "), r.notes().toString());
    // the format follows the content: a gzipped file named .ndjson.gz, and a .json file of lines
    assertEquals(2, parser.parse("crawl/x.ndjson.gz", b.toByteArray()).accepted().size());
    assertEquals(1, parser.parse("crawl/x.json", utf8(BOARD_LINE + "\n")).accepted().size());
  }

  @Test
  void flatRecordsAndJobPostingsMayShareAFileAndAreDetectedPerRecord() {
    String flat = "{\"job_id\": \"J-7\", \"Job Title\": \"Data Analyst\", \"posted\": \"2026-11-03T09:00:00Z\","
        + " \"body\": \"SQL and Power BI.\", \"location\": {\"city\": \"Leeds\", \"country\": \"United Kingdom\"}}";
    String graph = "{\"@context\": \"https://schema.org\", \"@graph\": [" + BOARD_LINE + ", {\"@type\":"
        + " \"Organization\", \"name\": \"Priory\"}]}";
    IngestResult r = parser.parse("mixed.jsonl", utf8(flat + "\n" + graph + "\n"));
    assertEquals(List.of("line 2 @graph[1] | not a JobPosting: @type is \"Organization\""),
        IngestRejectReasonsTest.reasons(r));
    assertEquals(List.of("line 1 J-7 jsonl Leeds GB 2026-11-03", "line 2 @graph[0] https://jobs.example/vacancy/915390428"
        + " jsonld PRESTON GB 2019-08-08"), r.accepted().stream().map(p -> String.join(" ", p.entry(), p.postingId(),
        p.format(), p.city(), p.country(), p.datePosted())).toList());
    assertEquals(3, r.read());
  }

  @Test
  void identifiersTakeEveryShapeAndAreDerivedInOrderWhenMissing() {
    String base = "\"@type\": \"JobPosting\", \"title\": \"Cook\", \"description\": \"Cooks.\", \"datePosted\": \"2026-11-02\"";
    String lines = String.join("\n",
        "{" + base + ", \"identifier\": \"plain-1\", \"url\": \"https://u/1\"}",
        "{" + base + ", \"identifier\": {\"@type\": \"PropertyValue\", \"name\": \"Acme\", \"value\": 42}}",
        "{" + base + ", \"identifier\": [{\"@type\": \"PropertyValue\", \"value\": \"\"}, {\"value\": \"arr-3\"}]}",
        "{" + base + ", \"@id\": \"urn:job:4\", \"url\": \"https://u/4\"}",
        "{" + base + ", \"@id\": \"urn:job:5\"}",
        "{" + base + "}");
    IngestResult r = parser.parse("ids.jsonl", utf8(lines));
    assertEquals(List.of("plain-1 []", "42 []", "arr-3 []", "https://u/4 [id-from-url]", "urn:job:5 [id-from-node-id]",
            "sha256:" + ContentHash.of("Cook", "Cooks.").substring(0, 16) + " [id-from-content]"),
        r.accepted().stream().map(p -> p.postingId() + " " + p.flags()).toList());
    assertEquals(1, r.warned(), "only an id from the content is a warning");
  }

  @Test
  void extraTextFieldsAreReadUnderTheirHeadingsAndCodesComeFromEveryShapeOfCategory() {
    String doc = "[{\"@type\": \"JobPosting\", \"identifier\": \"a\", \"title\": \"Developer\", \"datePosted\":"
        + " \"2026-11-02\", \"description\": \"<p>Build services.</p>\", \"skills\": [{\"@type\": \"DefinedTerm\","
        + " \"name\": \"Java\"}, \"Kubernetes\"], \"qualifications\": \"A degree in computing.\","
        + " \"experienceRequirements\": {\"@type\": \"OccupationalExperienceRequirements\", \"monthsOfExperience\": 24},"
        + " \"occupationalCategory\": [\"Software\", {\"@type\": \"CategoryCode\", \"codeValue\": \"15-1252.00\"}]},"
        + " {\"@type\": \"JobPosting\", \"identifier\": \"b\", \"title\": \"Nurse\", \"datePosted\": \"2026-11-02\","
        + " \"description\": \"Care for patients.\", \"responsibilities\": \"Ward rounds.\","
        + " \"occupationalCategory\": \"2221 Nursing professionals\"}]";
    IngestResult r = parser.parse("board.jsonld", utf8(doc));
    Posting dev = r.accepted().get(0);
    assertEquals("<p>Build services.</p>\n<h3>Qualifications</h3>\n<p>A degree in computing.</p>\n<h3>Skills</h3>\n"
        + "<ul><li>Java</li><li>Kubernetes</li></ul>\n<h3>Experience requirements</h3>\n<p>24 months of experience</p>",
        dev.description());
    assertEquals("15-1252.00", dev.occupationCode());
    assertEquals(List.of("text-fields-added"), dev.flags());
    assertEquals(ContentHash.of("Developer", "<p>Build services.</p>"), dev.contentHash(),
        "the hash is the title and description's, so the same ad without the extra fields is its duplicate");
    Posting nurse = r.accepted().get(1);
    assertEquals("Care for patients.\n\nResponsibilities:\nWard rounds.", nurse.description());
    assertEquals("2221 Nursing professionals", nurse.occupationCode(), "a category that is no O*NET code is kept as written");
  }

  @Test
  void aMissingOrUnreadableDateTakesTheRunsWeekAndSaysSo() {
    String lines = "{\"id\": \"1\", \"title\": \"A\", \"description\": \"x\"}\n"
        + "{\"@type\": \"JobPosting\", \"identifier\": \"2\", \"title\": \"B\", \"description\": \"y\","
        + " \"datePosted\": \"not-a-date\"}\n";
    IngestResult r = parser.parse("w.jsonl", utf8(lines));
    assertEquals(List.of("2026-11-29 [date-missing]", "2026-11-29 [date-invalid]"),
        r.accepted().stream().map(p -> p.datePosted() + " " + p.flags()).toList());
    assertEquals("datePosted \"not-a-date\" is not an ISO 8601 date: dated 2026-11-29, the run's week (2026-W48)",
        r.accepted().get(1).warnings().get(0).detail());
  }

  @Test
  void aCareersCsvGoesInWithoutOptionsItsTextJoinedFromThreeColumns() {
    String csv = "Company,Title,Category,Location,Responsibilities,Minimum Qualifications,Preferred Qualifications\n"
        + "Acme,Cloud Program Manager,Program Management,\"Mountain View, CA, United States\",\"Ship programs.\n"
        + "Report metrics.\",BA/BS degree.,PMP certification.\n"
        + "Acme,,Sales,\"Dublin, Ireland\",Sell.,3 years of sales.,\n"
        + "Acme,Firmware Engineer,Hardware,\"Boston, MA\",,,\n";
    IngestResult r = parser.parse("careers.csv", utf8(csv));
    assertEquals(List.of(), IngestRejectReasonsTest.reasons(r));
    Posting pm = r.accepted().get(0);
    assertEquals("Responsibilities:\nShip programs.\nReport metrics.\n\nMinimum Qualifications:\nBA/BS degree.\n\n"
        + "Preferred Qualifications:\nPMP certification.", pm.description());
    assertEquals("Mountain View|CA|US|Acme", pm.city() + "|" + pm.region() + "|" + pm.country() + "|" + pm.company());
    assertEquals(List.of("date-missing", "id-from-content"), pm.flags());
    assertEquals(List.of("title-missing", "date-missing", "id-from-content"), r.accepted().get(1).flags());
    Posting firmware = r.accepted().get(2);
    assertEquals(List.of("text-missing", "date-missing", "id-from-content"), firmware.flags());
    assertEquals("Boston|MA|", firmware.city() + "|" + firmware.region() + "|" + firmware.country(),
        "MA is Massachusetts here, not Morocco");
    assertEquals(3, r.warned());
  }

  @Test
  void namedColumnsWinAndAnUnknownColumnRejectsEveryRowSayingWhich() {
    String csv = "Req;Job Title;Posted On;Job Summary;Duties\nR-1;Porter;02/11/2026;Move patients.;Lift.\n";
    PostingParser mapped = new PostingParser(IngestRejectReasonsTest.RUN.withColumns(
        ColumnMapping.parse("id=Req,date=\"Posted On\",text=\"Job Summary\"+Duties")));
    IngestResult r = mapped.parse("export.csv", utf8(csv));
    Posting p = r.accepted().get(0);
    assertEquals("R-1 | Porter | 2026-11-29", p.postingId() + " | " + p.title() + " | " + p.datePosted());
    assertEquals("Job Summary:\nMove patients.\n\nDuties:\nLift.", p.description());
    assertEquals(List.of("date-invalid"), p.flags(), "02/11/2026 could be either day/month order");
    IngestResult bad = new PostingParser(IngestRejectReasonsTest.RUN.withColumns(ColumnMapping.parse("text=Body")))
        .parse("export.csv", utf8(csv));
    assertEquals(List.of("row 1 (line 2) | column \"Body\" named for text is not in the header (\"Req\", \"Job Title\","
        + " \"Posted On\", \"Job Summary\", \"Duties\")"), IngestRejectReasonsTest.reasons(bad));
  }

  @Test
  void aTitleAloneIsReadButNothingIsRejected() {
    IngestResult none = parser.parse("w.jsonl", utf8("{\"id\": \"1\", \"company\": \"Acme\"}\n"));
    assertEquals(List.of("line 1 | no title and no text: missing title, missing description"),
        IngestRejectReasonsTest.reasons(none));
  }

  @Test
  void aLargeCrawlReadInParallelChunksKeepsItsOrderAndLineNumbers() {
    StringBuilder b = new StringBuilder();
    String padding = "x".repeat(400);
    int lines = 3 * PostingParser.CHUNK_CHARS / 450;
    for (int i = 1; i <= lines; i++) {
      if (i == lines / 2) {
        b.append("{broken\n");
      } else if (i == lines / 3) {
        b.append("\n");
      } else {
        b.append("{\"id\": \"p").append(i).append("\", \"title\": \"T").append(i).append("\", \"description\": \"")
            .append(padding).append(i).append("\", \"datePosted\": \"2026-11-02\"}\n");
      }
    }
    IngestResult r = parser.parse("big.jsonl", utf8(b.toString()));
    assertEquals(lines - 1, r.read(), "every line but the blank one is a record");
    assertEquals(List.of("line " + lines / 2), r.rejects().stream().map(IngestReject::entry).toList());
    for (Posting p : r.accepted()) {
      assertEquals("line " + p.postingId().substring(1), p.entry(), "line numbers run on across chunks");
    }
    List<String> ids = r.accepted().stream().map(Posting::postingId).toList();
    assertEquals(ids.stream().sorted(java.util.Comparator.comparingInt(x -> Integer.parseInt(x.substring(1)))).toList(),
        ids, "records stay in file order");
  }

  @Test
  void aMappingNamesFlatJsonKeysLooselyAndAKeyARecordLeavesOutReadsEmpty() {
    PostingParser mapped = new PostingParser(IngestRejectReasonsTest.RUN.withColumns(
        ColumnMapping.parse("title=\"Job Title\",text=Summary+Duties")));
    String lines = "{\"id\": \"1\", \"jobTitle\": \"Porter\", \"summary\": \"Move patients.\", \"duties\": \"Lift.\"}\n"
        + "{\"id\": \"2\", \"jobTitle\": \"Cook\", \"summary\": \"Cooks.\"}\n";
    IngestResult r = mapped.parse("flat.jsonl", utf8(lines));
    // headings are the record's own keys; a text of two columns keeps its heading when one is empty
    assertEquals(List.of("Porter | summary:\nMove patients.\n\nduties:\nLift.", "Cook | summary:\nCooks."),
        r.accepted().stream().map(p -> p.title() + " | " + p.description()).toList());
  }
}
