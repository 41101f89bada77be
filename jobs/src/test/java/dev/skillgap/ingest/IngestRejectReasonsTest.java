package dev.skillgap.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every reject reason, and every flag an accepted record can carry instead of being rejected, on
 * small hand-written fixtures (ingest-fixtures/) and byte arrays.
 */
class IngestRejectReasonsTest {

  static final Path FIXTURES = Path.of("src", "test", "resources", "ingest-fixtures");

  static final IngestOptions RUN = new IngestOptions(java.time.LocalDate.of(2026, 11, 29), "the run's week (2026-W48)",
      dev.skillgap.io.ColumnMapping.NONE);

  final PostingParser parser = new PostingParser(RUN);

  IngestResult parse(String fixture) throws IOException {
    Path p = FIXTURES.resolve(fixture);
    return parser.parse(p.toString(), Files.readAllBytes(p));
  }

  static List<String> reasons(IngestResult r) {
    return r.rejects().stream().map(j -> j.entry() + " | " + j.reason()).toList();
  }

  /** Every flag of the accepted records: {@code entry | flag | detail}. */
  static List<String> warnings(IngestResult r) {
    return r.accepted().stream().flatMap(p -> p.warnings().stream()
        .map(w -> p.entry() + " | " + w.flag().wireName() + " | " + w.detail())).toList();
  }

  static byte[] bytes(Object... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Object p : parts) {
      if (p instanceof String s) {
        out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
      } else {
        out.writeBytes((byte[]) p);
      }
    }
    return out.toByteArray();
  }

  @Test
  void csvReasons() throws IOException {
    IngestResult r = parse("rejects.csv");
    assertEquals(10, r.read());
    assertEquals(List.of(
        "row 2 (line 5) | row has 10 fields, header has 11",
        "row 10 (line 13) | unterminated quoted field: a quote opened in this row never closes, so the row runs to"
            + " the end of the file (line 14)"), reasons(r));
    // what used to be rejected is read, with the value the reader supplied flagged
    assertEquals(List.of(
        "row 3 (line 6) | id-from-content | posting_id is blank: id sha256:fd6061d1fa14be7e derived from the title and"
            + " text",
        "row 4 (line 7) | title-missing | title is blank",
        "row 5 (line 8) | date-invalid | date_posted 2026-02-29 does not exist (February 2026 has 28 days): dated"
            + " 2026-11-29, the run's week (2026-W48)",
        "row 6 (line 9) | date-invalid | date_posted \"03/11/2026\" is not an ISO 8601 date, and its day/month order is"
            + " ambiguous: dated 2026-11-29, the run's week (2026-W48)",
        "row 7 (line 10) | text-missing | description is blank: a title alone, no skills can be read",
        "row 8 (line 11) | text-missing | description has no text (markup only): a title alone, no skills can be read",
        "row 9 (line 12) | date-missing | date_posted is blank: dated 2026-11-29, the run's week (2026-W48)"),
        warnings(r));
    assertEquals(7, r.warned());
    assertEquals("2026-11-29", r.accepted().get(4).datePosted());
    Posting ok = r.accepted().get(0);
    assertEquals("row 1 (line 2)", ok.entry());
    assertEquals("GB", ok.country()); // "gb"
    assertEquals("FULL_TIME", ok.employmentType());
    assertEquals("£24,000 per annum", ok.salary());
    assertEquals("Pick and pack orders.\n- Drive a forklift\n- Keep the aisles clear", ok.description());
    assertEquals("REQ-2,Missing Salary Column,Acme Logistics,Leeds,West Yorkshire,GB,2026-11-03,Full-time,53-7062.00,"
        + "\"Ten fields only.\"", r.rejects().get(0).excerpt());
    assertEquals("REQ-10,Never Closed,Acme Logistics,Leeds,West Yorkshire,GB,2026-11-03,Per diem,,,\"This quote never"
        + "\ncloses", r.rejects().get(1).excerpt());
  }

  @Test
  void aCsvWithoutTextOrDateColumnsIsReadAsTitlesWithTheFileNoted() throws IOException {
    IngestResult r = parse("no-description-column.csv");
    assertEquals(2, r.read());
    assertEquals(List.of(), reasons(r));
    assertEquals(List.of("row 1 (line 2) | text-missing | missing text column: a title alone, no skills can be read",
        "row 1 (line 2) | date-missing | no date column: dated 2026-11-29, the run's week (2026-W48)",
        "row 2 (line 3) | text-missing | missing text column: a title alone, no skills can be read",
        "row 2 (line 3) | date-missing | no date column: dated 2026-11-29, the run's week (2026-W48)"), warnings(r));
    assertEquals(List.of("columns id=posting_id,url=,title=title,company=company,location=,city=,region=,country=,"
        + "date=,employment_type=,salary=,occupation=,text=",
        "no text column: every record is a title alone; name it, e.g. --columns text=Description"), r.notes());
  }

  @Test
  void aCsvWithNeitherTitleNorTextRejectsEveryRowSayingHowToNameThem() {
    IngestResult r = parser.parse("w/p.csv", bytes("ref;label\nA;b\n"));
    assertEquals(List.of("row 1 (line 2) | header has no title or text column (ref, label): name them, e.g. --columns"
        + " title=\"Job Title\",text=Description"), reasons(r));
    assertTrue(r.notes().contains("delimiter ';'"), r.notes().toString());
  }

  @Test
  void jsonLinesReasons() throws IOException {
    IngestResult r = parse("rejects.jsonl");
    assertEquals(10, r.read()); // 11 lines, one blank
    assertEquals(List.of(
        "line 2 | invalid JSON: Unexpected end-of-input: was expecting closing quote for a string value (column 69)",
        "line 4 | not a JSON object but a JSON array",
        "line 9 | description is not text but a JSON object",
        "line 11 | invalid JSON: Duplicate field 'title' (column 41)"), reasons(r));
    assertEquals(List.of(
        "line 5 | id-from-content | missing id: id sha256:f0b32039dc836cfd derived from the title and text",
        "line 6 | title-missing | missing title",
        "line 7 | date-invalid | datePosted 2026-13-01 does not exist (month 13 does not exist): dated 2026-11-29, the"
            + " run's week (2026-W48)",
        "line 8 | date-invalid | datePosted \"next Tuesday\" is not an ISO 8601 date: dated 2026-11-29, the run's week"
            + " (2026-W48)",
        "line 10 | date-missing | no datePosted: dated 2026-11-29, the run's week (2026-W48)"), warnings(r));
    assertEquals(List.of("6 flat records"), r.notes());
    Posting ok = r.accepted().get(0);
    assertEquals("Köln", ok.city()); // written decomposed (o + U+0308), normalised to NFC
    assertEquals(4, ok.city().length()); // K, ö, l, n: not 5
    assertEquals("DE", ok.country()); // "Germany"
    assertEquals("PART_TIME", ok.employmentType());
    assertEquals("<p>Wir suchen Verst&auml;rkung.</p>", ok.description()); // markup kept
  }

  @Test
  void jsonLdReasons() throws IOException {
    IngestResult r = parse("rejects.jsonld");
    assertEquals(8, r.read());
    assertEquals(List.of(
        "@graph[1] | not a JobPosting: @type is \"Organization\"",
        "@graph[2] | not a JobPosting: the item has no @type",
        "@graph[7] | not a JobPosting: a JSON string, not an object"), reasons(r));
    assertEquals(List.of(
        "@graph[3] | id-from-content | missing identifier: id sha256:fecc2f0dd7152fd7 derived from the title and text",
        "@graph[4] | id-from-url | no identifier: id taken from url",
        "@graph[5] | text-missing | description has no text (markup only): a title alone, no skills can be read",
        "@graph[5] | id-from-node-id | no identifier: id taken from @id",
        "@graph[6] | date-invalid | datePosted 2026-04-31 does not exist (April 2026 has 30 days): dated 2026-11-29,"
            + " the run's week (2026-W48)",
        "@graph[6] | id-from-node-id | no identifier: id taken from @id"), warnings(r));
    assertEquals(3, r.warned(), "ids from url or @id are noted, not warned");
    Posting first = r.accepted().get(0);
    assertEquals("JP-1", first.postingId());
    assertEquals("Chef de Partie & Sous Chef", first.title()); // entity decoded in a one-line field
    assertEquals("2026-11-05", first.datePosted()); // from an ISO date-time
    assertEquals("PART_TIME", first.employmentType()); // the first of an array
    assertEquals("IE", first.country()); // a Country object
    assertEquals("EUR 15.20 per HOUR", first.salary()); // minValue == maxValue
    assertEquals("35-2014.00", first.occupationCode()); // a CategoryCode object
    Posting byUrl = r.accepted().get(2);
    assertEquals("https://jobs.example/42", byUrl.postingId());
    assertEquals("@graph[4]", byUrl.entry());
    assertEquals("GBP 32,000–38,000 per YEAR", byUrl.salary());
  }

  @Test
  void jsonLdMayBeATopLevelArrayOrASingleObject() throws IOException {
    IngestResult array = parse("array.jsonld");
    assertEquals(List.of("[0] urn:job:a Acme Utrecht Competitive", "[1] urn:job:b NL USD up to 45 per HOUR"),
        array.accepted().stream().map(p -> String.join(" ", p.entry(), p.postingId(), p.company(), p.city(),
            p.country(), p.salary()).replaceAll(" +", " ")).toList());
    IngestResult single = parse("single.jsonld");
    Posting p = single.accepted().get(0);
    assertEquals("document", p.entry());
    assertEquals("SINGLE-1", p.postingId());
    assertEquals("GBP 41,000 per YEAR", p.salary());
  }

  @Test
  void aJsonLdDocumentThatIsNotValidJsonIsRejectedWhole() throws IOException {
    IngestResult r = parse("broken.jsonld");
    assertEquals(1, r.read());
    assertEquals(List.of("file | invalid JSON: Unexpected end-of-input: expected close marker for Object (start marker"
        + " at line 4, column 5) (line 5, column 1)"), reasons(r));
    assertTrue(r.rejects().get(0).excerpt().startsWith("{\n  \"@context\""));
    assertEquals(List.of("file | empty document: no JSON value"), reasons(parser.parse("x.jsonld", new byte[0])));
  }

  @Test
  void invalidUtf8InAUtf8FileRejectsOnlyTheRecordHoldingIt() {
    // the first record's "é" shows the file is UTF-8, so the lone 0xE9 is a broken byte, not Windows-1252
    byte[] jsonl = bytes("{\"id\":\"a\",\"title\":\"Caf\u00e9\",\"datePosted\":\"2026-11-02\",\"description\":\"ok\"}\n",
        "{\"id\":\"b\",\"title\":\"Caf", new byte[] {(byte) 0xE9},
        "\",\"datePosted\":\"2026-11-02\",\"description\":\"x\"}\n",
        "{\"id\":\"c\",\"title\":\"C\",\"datePosted\":\"2026-11-02\",\"description\":\"ok\"}\n");
    IngestResult r = parser.parse("week/p.jsonl", jsonl);
    assertEquals(List.of("line 2 | invalid UTF-8: byte 0xE9 at byte offset 94 (line 2)"), reasons(r));
    assertEquals(2, r.accepted().size());

    // the bad byte sits on the second physical line of a quoted, multi-line CSV field
    byte[] csv = bytes("posting_id,title,date_posted,description\r\n",
        "R1,Cook,2026-11-02,\"line one\nline two ", new byte[] {(byte) 0xFF}, "\"\r\n",
        "R2,Chef,2026-11-02,fine \u2013 good\r\n", "R3,Porter,2026-11-02,fine\r\n", "R4,Waiter,2026-11-02,fine\r\n");
    IngestResult c = parser.parse("week/p.csv", csv);
    assertEquals(List.of("row 1 (line 2) | invalid UTF-8: byte 0xFF at byte offset 80 (line 3)"), reasons(c));
    assertEquals(List.of("R2", "R3", "R4"), c.accepted().stream().map(Posting::postingId).toList());

    byte[] jsonLd = bytes("{\"@graph\":[\n",
        "{\"@type\":\"JobPosting\",\"@id\":\"a\",\"title\":\"\u00c5\",\"datePosted\":\"2026-11-02\","
            + "\"description\":\"ok\"},\n",
        "{\"@type\":\"JobPosting\",\"@id\":\"b\",\"title\":\"B", new byte[] {(byte) 0xC3, (byte) 0x28},
        "\",\"datePosted\":\"2026-11-02\",\"description\":\"ok\"}\n]}");
    IngestResult j = parser.parse("week/p.jsonld", jsonLd);
    assertEquals(List.of("@graph[1] | invalid UTF-8: byte 0xC3 at byte offset 146 (line 3)"), reasons(j));
    assertEquals(List.of("a"), j.accepted().stream().map(Posting::postingId).toList());
  }

  @Test
  void windows1252AndUtf16WithAByteOrderMarkAreReadButNulBytesWithoutOneAreNotText() {
    byte[] utf16 = "posting_id,title,description\r\nR1,Cook,Cooks \u00e0 la carte.\r\n".getBytes(StandardCharsets.UTF_16LE);
    IngestResult wide = parser.parse("w/p.csv", bytes(new byte[] {(byte) 0xFF, (byte) 0xFE}, utf16));
    assertEquals(List.of(), reasons(wide));
    assertEquals("Cooks \u00e0 la carte.", wide.accepted().get(0).description());
    assertTrue(wide.notes().contains("read as UTF-16LE"), wide.notes().toString());
    assertEquals(List.of("file | file is not UTF-8 text: 57 NUL bytes in its first 114 bytes (UTF-16 or binary?)"),
        reasons(parser.parse("w/p.csv", utf16)));
    // a spreadsheet export: "é", "è" and "–" as single Windows-1252 bytes, no UTF-8 sequence anywhere
    byte[] cp1252 = "Id;Job Title;Description\r\n1;Caf\u00e9 manager;Run the caf\u00e9 \u2013 and the cr\u00e8che.\r\n"
        .getBytes(java.nio.charset.Charset.forName("windows-1252"));
    IngestResult spreadsheet = parser.parse("w/export.csv", cp1252);
    assertEquals(List.of(), reasons(spreadsheet));
    assertEquals("Caf\u00e9 manager", spreadsheet.accepted().get(0).title());
    assertEquals("Run the caf\u00e9 \u2013 and the cr\u00e8che.", spreadsheet.accepted().get(0).description());
    assertEquals(List.of("read as Windows-1252", "delimiter ';'"), spreadsheet.notes().subList(0, 2));
  }

  @Test
  void aUtf8ByteOrderMarkIsDropped() {
    byte[] csv = bytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
        "posting_id,title,date_posted,description\nR1,Cook,2026-11-02,Cooks.\n");
    IngestResult r = parser.parse("w/p.csv", csv);
    assertEquals(List.of(), reasons(r));
    assertEquals("R1", r.accepted().get(0).postingId());
  }

  @Test
  void unknownExtensionsAreRejectedAsAFileAndNullsAreErrors() {
    assertEquals(List.of("file | unsupported file type '.xml': expected .csv, .tsv, .jsonl, .ndjson, .json, .jsonld,"
        + " .parquet (or any of them .gz)"), reasons(parser.parse("s3a://bucket/w/feed.xml", new byte[] {1})));
    assertEquals(List.of("file | named .gz but not gzip data"), reasons(parser.parse("w/feed.jsonl.gz", new byte[] {1})));
    assertEquals(0, parser.parse("hdfs:///w/feed.NDJSON", new byte[0]).read());
    assertThrows(NullPointerException.class, () -> parser.parse(null, new byte[0]));
    assertThrows(NullPointerException.class, () -> parser.parse("a.csv", null));
  }
}
