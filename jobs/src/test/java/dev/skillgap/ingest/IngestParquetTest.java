package dev.skillgap.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.MessageTypeParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Parquet posting files written here with parquet-hadoop's ExampleParquetWriter and read from bytes. */
class IngestParquetTest {

  static final MessageType FLAT = MessageTypeParser.parseMessageType("message posting {"
      + " optional binary id (STRING); optional binary title (STRING); optional binary company (STRING);"
      + " optional binary city (STRING); optional binary region (STRING); optional binary country (STRING);"
      + " optional binary datePosted (STRING); optional binary employmentType (STRING);"
      + " optional binary salary (STRING); optional binary occupationCode (STRING);"
      + " optional binary description (STRING); }");

  @TempDir
  Path tmp;

  final PostingParser parser = new PostingParser(dev.skillgap.ingest.IngestOptions.of(java.time.LocalDate.of(2026, 11, 29)));

  byte[] write(String name, MessageType schema, CompressionCodecName codec, List<Group> rows) throws IOException {
    Path file = tmp.resolve(name);
    try (ParquetWriter<Group> w = ExampleParquetWriter.builder(new LocalOutputFile(file)).withType(schema)
        .withConf(new PlainParquetConfiguration()).withCompressionCodec(codec).build()) {
      for (Group g : rows) {
        w.write(g);
      }
    }
    return Files.readAllBytes(file);
  }

  static Group row(SimpleGroupFactory f, String id, String title, String date, String description) {
    Group g = f.newGroup();
    if (id != null) {
      g.add("id", id);
    }
    if (title != null) {
      g.add("title", title);
    }
    if (date != null) {
      g.add("datePosted", date);
    }
    if (description != null) {
      g.add("description", description);
    }
    return g;
  }

  @Test
  void flatPostingColumnsAreReadAndValidatedRowByRow() throws IOException {
    SimpleGroupFactory f = new SimpleGroupFactory(FLAT);
    Group full = row(f, "P-1", "Data Analyst", "2026-11-03", "<p>SQL &amp; Power BI</p>\n<ul><li>Excel</li></ul>")
        .append("company", "Polder Insights").append("city", "Utrecht").append("region", "Utrecht")
        .append("country", "nl").append("employmentType", "PART_TIME").append("salary", "€4.000 per maand")
        .append("occupationCode", "15-2051.01");
    Group badText = row(f, "P-4", null, "2026-11-03", "x");
    badText.add("title", Binary.fromConstantByteArray(new byte[] {'C', 'a', 'f', (byte) 0xE9}));
    byte[] bytes = write("week.parquet", FLAT, CompressionCodecName.SNAPPY, List.of(full,
        row(f, "P-2", "No Description", "2026-11-03", null),
        row(f, "P-3", "Bad Date", "2026-11-31", "x"),
        badText,
        row(f, "", "Blank Id", "2026-11-03", "x"),
        row(f, "P-6", "Markup", "2026-11-03", "<p></p>")));

    IngestResult r = parser.parse("s3a://drops/2026-W45/week.parquet", bytes);
    assertEquals(6, r.read());
    assertEquals(List.of("row 4 | invalid UTF-8 in column title (the value is not text)"),
        r.rejects().stream().map(j -> j.entry() + " | " + j.reason()).toList());
    assertTrue(r.rejects().get(0).excerpt().startsWith("id: P-4\n"), r.rejects().get(0).excerpt());
    assertEquals("parquet", r.rejects().get(0).format());
    // a null is an empty value: what is missing is flagged, as in every other format
    assertEquals(List.of("row 2 | text-missing", "row 3 | date-invalid", "row 5 | id-from-content",
        "row 6 | text-missing"), IngestRejectReasonsTest.warnings(r).stream()
        .map(w -> w.substring(0, w.indexOf(" | ", w.indexOf(" | ") + 3))).toList());

    Posting p = r.accepted().get(0);
    assertEquals(new Posting("P-1", "s3a://drops/2026-W45/week.parquet", "row 1", "parquet", "Data Analyst",
        "Polder Insights", "Utrecht", "Utrecht", "NL", "2026-11-03", "PART_TIME", "€4.000 per maand", "15-2051.01",
        "<p>SQL &amp; Power BI</p>\n<ul><li>Excel</li></ul>",
        ContentHash.of("Data Analyst", "<p>SQL &amp; Power BI</p>\n<ul><li>Excel</li></ul>")), p);

    // the same ad as a JSONL line hashes alike
    String line = "{\"id\":\"p-9\",\"title\":\"Data Analyst\",\"datePosted\":\"2026-11-04\",\"description\":"
        + "\"SQL & Power BI\\n- Excel\"}\n";
    Posting fromJsonl = parser.parse("w/p.jsonl", line.getBytes(StandardCharsets.UTF_8)).accepted().get(0);
    assertEquals(p.contentHash(), fromJsonl.contentHash());
  }

  @Test
  void dateColumnsAndMissingOptionalColumnsAreAccepted() throws IOException {
    MessageType typed = MessageTypeParser.parseMessageType("message posting { required binary id (STRING);"
        + " required binary title (STRING); required int32 datePosted (DATE); required binary description (STRING); }");
    SimpleGroupFactory f = new SimpleGroupFactory(typed);
    Group g = f.newGroup().append("id", "P-7").append("title", "Cook")
        .append("datePosted", (int) LocalDate.of(2026, 11, 5).toEpochDay()).append("description", "Cooks.");
    IngestResult r = parser.parse("w/typed.parquet", write("typed.parquet", typed, CompressionCodecName.UNCOMPRESSED,
        List.of(g)));
    assertEquals(List.of(), r.rejects());
    Posting p = r.accepted().get(0);
    assertEquals("2026-11-05", p.datePosted());
    assertEquals("", p.company());
    assertEquals("", p.occupationCode());
  }

  @Test
  void aFileWithNeitherTitleNorTextColumnsRejectsEachRow() throws IOException {
    MessageType thin = MessageTypeParser.parseMessageType("message posting { required binary id (STRING); }");
    SimpleGroupFactory f = new SimpleGroupFactory(thin);
    IngestResult r = parser.parse("w/thin.parquet", write("thin.parquet", thin, CompressionCodecName.UNCOMPRESSED,
        List.of(f.newGroup().append("id", "A"), f.newGroup().append("id", "B"))));
    assertEquals(2, r.read());
    assertEquals(List.of("row 1 | no title or description column (id)", "row 2 | no title or description column (id)"),
        r.rejects().stream().map(j -> j.entry() + " | " + j.reason()).toList());
  }

  @Test
  void bytesThatAreNotParquetAreRejectedAsAFile() {
    IngestResult r = parser.parse("w/fake.parquet", "id,title\n1,x\n".getBytes(StandardCharsets.UTF_8));
    assertEquals(1, r.read());
    IngestReject j = r.rejects().get(0);
    assertEquals("file", j.entry());
    assertTrue(j.reason().startsWith("not a readable Parquet file: w/fake.parquet is not a Parquet file"),
        j.reason());
  }
}
