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

/** Every reject reason, on small hand-written fixtures (ingest-fixtures/) and byte arrays. */
class IngestRejectReasonsTest {

  static final Path FIXTURES = Path.of("src", "test", "resources", "ingest-fixtures");

  final PostingParser parser = new PostingParser();

  IngestResult parse(String fixture) throws IOException {
    Path p = FIXTURES.resolve(fixture);
    return parser.parse(p.toString(), Files.readAllBytes(p));
  }

  static List<String> reasons(IngestResult r) {
    return r.rejects().stream().map(j -> j.entry() + " | " + j.reason()).toList();
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
        "row 3 (line 6) | posting_id is blank",
        "row 4 (line 7) | title is blank",
        "row 5 (line 8) | date_posted 2026-02-29 does not exist (February 2026 has 28 days)",
        "row 6 (line 9) | date_posted \"03/11/2026\" is not an ISO date (yyyy-MM-dd), and day/month order is ambiguous",
        "row 7 (line 10) | description is blank",
        "row 8 (line 11) | description has no text (markup only)",
        "row 9 (line 12) | date_posted is blank",
        "row 10 (line 13) | unterminated quoted field: a quote opened in this row never closes, so the row runs to"
            + " the end of the file (line 14)"), reasons(r));
    Posting ok = r.accepted().get(0);
    assertEquals("row 1 (line 2)", ok.entry());
    assertEquals("GB", ok.country()); // "gb"
    assertEquals("FULL_TIME", ok.employmentType());
    assertEquals("£24,000 per annum", ok.salary());
    assertEquals("Pick and pack orders.\n- Drive a forklift\n- Keep the aisles clear", ok.description());
    assertEquals("REQ-2,Missing Salary Column,Acme Logistics,Leeds,West Yorkshire,GB,2026-11-03,Full-time,53-7062.00,"
        + "\"Ten fields only.\"", r.rejects().get(0).excerpt());
    assertEquals("REQ-10,Never Closed,Acme Logistics,Leeds,West Yorkshire,GB,2026-11-03,Per diem,,,\"This quote never"
        + "\ncloses", r.rejects().get(8).excerpt());
  }

  @Test
  void csvHeaderWithoutRequiredColumnsRejectsEveryRow() throws IOException {
    IngestResult r = parse("no-description-column.csv");
    assertEquals(2, r.read());
    assertEquals(List.of("row 1 (line 2) | header has no date_posted, description column",
        "row 2 (line 3) | header has no date_posted, description column"), reasons(r));
  }

  @Test
  void jsonLinesReasons() throws IOException {
    IngestResult r = parse("rejects.jsonl");
    assertEquals(10, r.read()); // 11 lines, one blank
    assertEquals(List.of(
        "line 2 | invalid JSON: Unexpected end-of-input: was expecting closing quote for a string value (column 69)",
        "line 4 | not a JSON object but a JSON array",
        "line 5 | missing id",
        "line 6 | title is null",
        "line 7 | datePosted 2026-13-01 does not exist (month 13 does not exist)",
        "line 8 | datePosted \"next Tuesday\" is not an ISO date (yyyy-MM-dd)",
        "line 9 | description is not text but a JSON object",
        "line 10 | missing datePosted",
        "line 11 | invalid JSON: Duplicate field 'title' (column 41)"), reasons(r));
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
        "@graph[3] | missing identifier (no identifier.value, @id or url)",
        "@graph[5] | description has no text (markup only)",
        "@graph[6] | datePosted 2026-04-31 does not exist (April 2026 has 30 days)",
        "@graph[7] | not a JobPosting: a JSON string, not an object"), reasons(r));
    Posting first = r.accepted().get(0);
    assertEquals("JP-1", first.postingId());
    assertEquals("Chef de Partie & Sous Chef", first.title()); // entity decoded in a one-line field
    assertEquals("2026-11-05", first.datePosted()); // from an ISO date-time
    assertEquals("PART_TIME", first.employmentType()); // the first of an array
    assertEquals("IE", first.country()); // a Country object
    assertEquals("EUR 15.20 per HOUR", first.salary()); // minValue == maxValue
    assertEquals("35-2014.00", first.occupationCode()); // a CategoryCode object
    Posting byUrl = r.accepted().get(1);
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
  void invalidUtf8RejectsOnlyTheRecordHoldingIt() {
    byte[] jsonl = bytes("{\"id\":\"a\",\"title\":\"A\",\"datePosted\":\"2026-11-02\",\"description\":\"ok\"}\n",
        "{\"id\":\"b\",\"title\":\"Caf", new byte[] {(byte) 0xE9},
        "\",\"datePosted\":\"2026-11-02\",\"description\":\"x\"}\n",
        "{\"id\":\"c\",\"title\":\"C\",\"datePosted\":\"2026-11-02\",\"description\":\"ok\"}\n");
    IngestResult r = parser.parse("week/p.jsonl", jsonl);
    assertEquals(List.of("line 2 | invalid UTF-8: byte 0xE9 at byte offset 90 (line 2)"), reasons(r));
    assertEquals(2, r.accepted().size());

    // the bad byte sits on the second physical line of a quoted, multi-line CSV field
    byte[] csv = bytes("posting_id,title,date_posted,description\r\n",
        "R1,Cook,2026-11-02,\"line one\nline two ", new byte[] {(byte) 0xFF}, "\"\r\n",
        "R2,Chef,2026-11-02,fine\r\n", "R3,Porter,2026-11-02,fine\r\n", "R4,Waiter,2026-11-02,fine\r\n");
    IngestResult c = parser.parse("week/p.csv", csv);
    assertEquals(List.of("row 1 (line 2) | invalid UTF-8: byte 0xFF at byte offset 80 (line 3)"), reasons(c));
    assertEquals(List.of("R2", "R3", "R4"), c.accepted().stream().map(Posting::postingId).toList());

    byte[] jsonLd = bytes("{\"@graph\":[\n",
        "{\"@type\":\"JobPosting\",\"@id\":\"a\",\"title\":\"A\",\"datePosted\":\"2026-11-02\","
            + "\"description\":\"ok\"},\n",
        "{\"@type\":\"JobPosting\",\"@id\":\"b\",\"title\":\"B", new byte[] {(byte) 0xC3, (byte) 0x28},
        "\",\"datePosted\":\"2026-11-02\",\"description\":\"ok\"}\n]}");
    IngestResult j = parser.parse("week/p.jsonld", jsonLd);
    assertEquals(List.of("@graph[1] | invalid UTF-8: byte 0xC3 at byte offset 145 (line 3)"), reasons(j));
    assertEquals(List.of("a"), j.accepted().stream().map(Posting::postingId).toList());
  }

  @Test
  void aFileThatIsNotUtf8AtAllIsRejectedWhole() {
    byte[] utf16 = "posting_id,title\r\nR1,Cook\r\n".getBytes(StandardCharsets.UTF_16LE);
    byte[] withBom = bytes(new byte[] {(byte) 0xFF, (byte) 0xFE}, utf16);
    assertEquals(List.of("file | file is not UTF-8: it starts with a UTF-16/UTF-32 byte order mark"),
        reasons(parser.parse("w/p.csv", withBom)));
    assertEquals(List.of("file | file is not UTF-8 text: 27 NUL bytes in its first 54 bytes (UTF-16 or binary?)"),
        reasons(parser.parse("w/p.csv", utf16)));
    byte[] latin1 = "{\"id\":\"1\",\"title\":\"Caf\u00e9\"}\n{\"id\":\"2\",\"title\":\"Cr\u00e8che\"}\n"
        .getBytes(StandardCharsets.ISO_8859_1);
    assertEquals(List.of("file | file is not UTF-8: 2 of 2 lines hold invalid bytes; the first is byte 0xE9 at byte"
        + " offset 22 (line 1)"), reasons(parser.parse("w/p.jsonl", latin1)));
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
    assertEquals(List.of("file | unsupported file type '.xml': expected .csv, .jsonl, .ndjson, .json, .jsonld or"
        + " .parquet"), reasons(parser.parse("s3a://bucket/w/feed.xml", new byte[] {1})));
    assertEquals(0, parser.parse("hdfs:///w/feed.NDJSON", new byte[0]).read());
    assertThrows(NullPointerException.class, () -> parser.parse(null, new byte[0]));
    assertThrows(NullPointerException.class, () -> parser.parse("a.csv", null));
  }
}
