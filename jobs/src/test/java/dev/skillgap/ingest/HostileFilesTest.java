package dev.skillgap.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skillgap.io.BoundedInput;
import dev.skillgap.io.InputLimits;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.MessageTypeParser;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile posting and role files, each rejected (or passed over) with its reason by the readers a
 * run uses, within bounded memory and time: a gzip bomb, a 200 MB line, JSON nested 100,000 deep, a
 * CSV of a million columns, a Parquet file of the wrong schema, an unreadable file, symbolic link
 * loops and upload names with line breaks or {@code ../}. Learners and catalogues are in {@code
 * HostileLearnerAndCatalogueFilesTest}.
 */
class HostileFilesTest {

  static final LocalDate DAY = LocalDate.of(2026, 11, 29);
  static final String GOOD = "{\"id\":\"P1\",\"title\":\"Data Analyst\",\"datePosted\":\"2026-11-24\","
      + "\"description\":\"SQL and Excel reporting.\"}";
  static final String GOOD2 = GOOD.replace("P1", "P2").replace("Excel", "Power BI");

  final PostingParser parser = new PostingParser(IngestOptions.of(DAY));

  private static byte[] bomb;

  /** 1 GB of zeros, gzipped as it is made (about 1 MB; nothing stored on disk), made once (4 s). */
  static synchronized byte[] gzipBomb() throws IOException {
    if (bomb == null) {
      bomb = makeGzipBomb();
    }
    return bomb;
  }

  private static byte[] makeGzipBomb() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 21);
    byte[] zeros = new byte[1 << 20];
    try (GZIPOutputStream gz = new GZIPOutputStream(out, 1 << 16)) {
      for (int i = 0; i < 1024; i++) {
        gz.write(zeros);
      }
    }
    return out.toByteArray();
  }

  /** Bytes allocated by this thread so far (HotSpot). */
  static long allocated() {
    return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean())
        .getThreadAllocatedBytes(Thread.currentThread().getId());
  }

  /** {@code n} bytes of {@code b}, made as they are read. */
  static InputStream repeated(byte b, long n) {
    return new InputStream() {
      long left = n;

      @Override
      public int read() {
        return left-- > 0 ? b : -1;
      }

      @Override
      public int read(byte[] buf, int off, int len) {
        if (left <= 0) {
          return -1;
        }
        int k = (int) Math.min(len, left);
        java.util.Arrays.fill(buf, off, off + k, b);
        left -= k;
        return k;
      }
    };
  }

  static InputStream text(String s) {
    return new java.io.ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }

  static List<String> reasons(IngestResult r) {
    return r.rejects().stream().map(x -> x.entry() + " | " + x.reason()).toList();
  }

  @Test
  void aGzipBombIsRejectedAfterTheFileLimitWhetherPostingRoleOrUpload() throws IOException {
    byte[] bomb = gzipBomb();
    assertTrue(bomb.length < 2 << 20, "1 GB of zeros gzips to about 1 MB: " + bomb.length);
    long before = allocated();
    IngestResult r = parser.parse("feed/postings.jsonl.gz", bomb);
    assertEquals(List.of("file | more than 64 MiB (67,108,864 bytes) once gunzipped, the most one input file may hold"
        + " (a gzip bomb?); split it into smaller files"), reasons(r));
    assertEquals(1, r.read());
    assertTrue(allocated() - before < 200L << 20, "reading stops at the limit: " + (allocated() - before));
    // named anything, gzip is known by its bytes
    assertEquals(reasons(r), reasons(parser.parse("feed/export.csv", bomb)));
    assertEquals(reasons(r), reasons(new RoleDescriptionParser(DAY).parse("roles/nurse.md.gz", bomb)));
  }

  @Test
  void aLineOf200MbAtTheDefaultLimitsIsNeverHeldInMemory() throws IOException {
    // a first line, 200 MB of one line made as it is read, a last line: nothing touches the disk
    InputStream in = new SequenceInputStream(java.util.Collections.enumeration(List.of(text(GOOD + "\n"),
        repeated((byte) 'x', 200L << 20), text("\n" + GOOD2 + "\n"))));
    long before = allocated();
    BoundedInput.Read read = BoundedInput.read("feed/big.jsonl", in, InputLimits.DEFAULTS, true);
    long used = allocated() - before;
    assertEquals("more than 64 MiB (67,108,864 bytes), the most one input file may hold; split it into smaller files",
        read.problem());
    assertNull(read.sha256(), "not read to the end, so not hashed");
    assertTrue(used < 16L << 20, "the 200 MB line was never held: " + used + " bytes allocated");
    assertEquals(List.of("file | " + read.problem()), reasons(parser.parseFile("feed/big.jsonl", read)));
  }

  @Test
  void aLineLongerThanARecordIsRejectedAloneAndTheRestIsRead() throws IOException {
    // 20 MB: under the file limit, so the line alone is rejected, and it is still never held
    InputStream in = new SequenceInputStream(java.util.Collections.enumeration(List.of(text(GOOD + "\n"),
        text("{\"id\":\"P3\",\"description\":\""), repeated((byte) 'x', 20L << 20), text("\"}\n" + GOOD2 + "\n"))));
    long before = allocated();
    BoundedInput.Read read = BoundedInput.read("feed/big.jsonl", in, InputLimits.DEFAULTS, true);
    assertTrue(allocated() - before < 16L << 20, "the 20 MB line was never held: " + (allocated() - before));
    IngestResult r = parser.parseFile("feed/big.jsonl", read);
    assertEquals(List.of("line 2 | line of 20,971,548 bytes, more than the 1 MiB (1,048,576 bytes) one record may have"),
        reasons(r));
    assertEquals("{\"id\":\"P3\",\"description\":\"" + "x".repeat(174), r.rejects().get(0).excerpt());
    assertEquals(List.of("P1", "P2"), r.accepted().stream().map(Posting::postingId).toList());
    assertEquals(3, r.read());
  }

  @Test
  void aLowerRecordLimitRejectsLongCsvRowsAndJsonItemsFromAFileOnDisk(@TempDir Path dir) throws IOException {
    InputLimits limits = new InputLimits(1 << 20, 1000, 64, 100);
    PostingParser small = new PostingParser(IngestOptions.of(DAY).withLimits(limits));
    Path csv = Files.writeString(dir.resolve("p.csv"), "id,title,description\n1,Cook,Kitchen hygiene\n"
        + "2,Chef,\"" + "menu ".repeat(300) + "\"\n3,\"Multi\nline\"," + "a".repeat(1200) + "\n4,Baker,Bread\n");
    String path = csv.toString();
    IngestResult r = small.parseFile(path, InputFiles.read(path, new Configuration(), limits, true));
    assertEquals(List.of("row 2 (line 3) | line of 1,509 bytes, more than the 1,000 bytes one record may have",
        "row 3 (line 4) | line of 1,206 bytes, more than the 1,000 bytes one record may have (line 5)"), reasons(r));
    assertEquals(List.of("1", "4"), r.accepted().stream().map(Posting::postingId).toList());
    String item = "{\"@type\":\"JobPosting\",\"title\":\"T\",\"description\":\"%s\",\"datePosted\":\"2026-11-24\"}";
    // a document on one line (read as a line holding a @graph) and pretty-printed: its items are its records
    for (String nl : List.of("", "\n")) {
      Path doc = Files.writeString(dir.resolve("board.jsonld"), "{\"@graph\":[" + nl + item.formatted("short")
          + "," + nl + item.formatted("long ".repeat(300)) + nl + "]}");
      r = small.parseFile(doc.toString(), InputFiles.read(doc.toString(), new Configuration(), limits, false));
      assertEquals(List.of(nl.isEmpty() ? "line 1 @graph[1] | item of 1,577 characters, more than the 1,000 bytes one"
          + " record may have" : "@graph[1] | item of 1,577 characters, more than the 1,000 bytes one record may have"),
          reasons(r));
      assertEquals(1, r.accepted().size());
    }
  }

  @Test
  void jsonNested100000DeepIsRejectedByItsNestingWithoutAStackOverflow() {
    String deep = "[".repeat(100_000) + "]".repeat(100_000);
    String deepObject = "{\"a\":".repeat(100_000) + "1" + "}".repeat(100_000);
    IngestResult lines = parser.parse("feed.jsonl", (GOOD + "\n{\"id\":\"P9\",\"x\":" + deep + "}\n" + deepObject + "\n")
        .getBytes(StandardCharsets.UTF_8));
    assertEquals(List.of("line 2 | JSON nested more than 64 levels deep, the most a record may nest",
        "line 3 | JSON nested more than 64 levels deep, the most a record may nest"), reasons(lines));
    assertEquals(1, lines.accepted().size());
    IngestResult doc = parser.parse("board.jsonld", ("{\"@graph\": " + deep + "}").getBytes(StandardCharsets.UTF_8));
    // a document on one line is a line of JSON beyond the limit
    assertEquals(List.of("line 1 | JSON nested more than 64 levels deep, the most a record may nest"), reasons(doc));
    IngestResult role = new RoleDescriptionParser(DAY).parse("nurse.jsonld", deep.getBytes(StandardCharsets.UTF_8));
    assertEquals(List.of("file | JSON nested more than 64 levels deep, the most a record may nest"), reasons(role));
  }

  @Test
  void aCsvOfAMillionColumnsIsRejectedByItsWidthAndOneOfLongNamesByItsLength() {
    String empty = ",".repeat(999_999); // a million empty fields: a 1 MB line, just under the record limit
    IngestResult header = parser.parse("wide.csv", (empty + "\n1,2\n").getBytes(StandardCharsets.UTF_8));
    assertEquals(List.of("file | header (line 1): 1,000,000 fields, more than the 1,024 a CSV row may have"),
        reasons(header));
    IngestResult row = parser.parse("wide.csv", ("id,title,description\n1,Cook,Hygiene\n" + empty + "\n")
        .getBytes(StandardCharsets.UTF_8));
    assertEquals(List.of("row 2 (line 3) | 1,000,000 fields, more than the 1,024 a CSV row may have"), reasons(row));
    assertEquals(1, row.accepted().size());
    StringBuilder named = new StringBuilder("id");
    for (int i = 1; i < 1_000_000; i++) {
      named.append(",c").append(i);
    }
    IngestResult longHeader = parser.parse("wide.csv", (named + "\n").getBytes(StandardCharsets.UTF_8));
    assertEquals(List.of("file | header (line 1): line of 7,888,889 bytes, more than the 1 MiB (1,048,576 bytes) one"
        + " record may have"), reasons(longHeader));
  }

  @Test
  void aParquetFileOfTheWrongSchemaRejectsEachRowNamingItsColumns(@TempDir Path dir) throws IOException {
    MessageType wrong = MessageTypeParser.parseMessageType("message x { required int32 title; optional group"
        + " description { optional binary text (STRING); } optional binary ref (STRING); }");
    Path file = dir.resolve("wrong.parquet");
    SimpleGroupFactory f = new SimpleGroupFactory(wrong);
    try (ParquetWriter<Group> w = ExampleParquetWriter.builder(new LocalOutputFile(file)).withType(wrong)
        .withConf(new PlainParquetConfiguration()).build()) {
      Group g = f.newGroup().append("title", 7).append("ref", "R1");
      g.addGroup("description").append("text", "SQL");
      w.write(g);
      w.write(f.newGroup().append("title", 8));
    }
    IngestResult r = parser.parse(file.toString(), Files.readAllBytes(file));
    String wrongSchema = "wrong schema: column title (the title) is INT32, not text; column description (the text) is a group"
        + " of columns, not text";
    assertEquals(List.of("row 1 | " + wrongSchema, "row 2 | " + wrongSchema), reasons(r));
    assertEquals(2, r.read());
  }

  @Test
  void anUnreadableFileIsPassedOverInAFolderAndRejectedWhenNamed(@TempDir Path dir) throws IOException {
    // a file that is gone by the time it is read gives the same whole-file reject as one without permission
    IOException gone = assertThrows(IOException.class, () -> InputFiles.read(dir.resolve("gone.jsonl").toString(),
        new Configuration(), InputLimits.DEFAULTS, true));
    assertEquals("cannot read the file: it is gone", InputFiles.unreadable(gone));
    assertTrue(InputFiles.lasting(gone), "a file that is gone is rejected");
    assertEquals(false, InputFiles.lasting(new IOException("Connection reset by peer")), "a lost connection is retried");
    Path in = Files.createDirectories(dir.resolve("drop"));
    Path secret = Files.writeString(in.resolve("secret.jsonl"), GOOD + "\n");
    Files.writeString(in.resolve("open.jsonl"), GOOD2 + "\n");
    Files.setPosixFilePermissions(secret, java.util.Set.of());
    // root reads a file whatever its permissions (unless run without CAP_DAC_OVERRIDE, as with
    // capsh --drop=cap_dac_override,cap_dac_read_search): then no unreadable file can be made
    Assumptions.assumeFalse(Files.isReadable(secret), "skipped: running as " + System.getProperty("user.name")
        + " with the power to read any file, so chmod 000 does not make one unreadable");
    InputFiles.Listing l = InputFiles.list(List.of(in.toString()), PostingParser::reads, "posting", new Configuration());
    assertEquals(List.of("open.jsonl"), l.files().stream().map(p -> Path.of(p).getFileName().toString()).toList());
    assertEquals(List.of("secret.jsonl: cannot be read: permission denied"),
        l.skipped().stream().map(s -> Path.of(s.path()).getFileName() + ": " + s.reason()).toList());
    IOException denied = assertThrows(IOException.class, () -> InputFiles.read(secret.toString(), new Configuration(),
        InputLimits.DEFAULTS, true));
    assertEquals("cannot read the file: permission denied", InputFiles.unreadable(denied));
  }

  @Test
  void symbolicLinkLoopsBrokenLinksAndPipesInAFolderArePassedOverWithTheirReason(@TempDir Path dir) throws Exception {
    Path in = Files.createDirectories(dir.resolve("drop"));
    Files.writeString(in.resolve("week.jsonl"), GOOD + "\n");
    Path sub = Files.createDirectories(in.resolve("sub"));
    Files.writeString(sub.resolve("more.jsonl"), GOOD2 + "\n");
    Files.createSymbolicLink(in.resolve("again"), in); // a folder linking to itself
    Files.createSymbolicLink(sub.resolve("up"), in); // and one linking to the folder above it
    Files.createSymbolicLink(in.resolve("a.jsonl"), in.resolve("b.jsonl")); // two links to each other
    Files.createSymbolicLink(in.resolve("b.jsonl"), in.resolve("a.jsonl"));
    Files.createSymbolicLink(in.resolve("gone.jsonl"), in.resolve("missing.jsonl"));
    Files.createSymbolicLink(in.resolve("linked.jsonl"), in.resolve("week.jsonl")); // a good link is read
    Process mkfifo = new ProcessBuilder("mkfifo", in.resolve("pipe.jsonl").toString()).start();
    assertEquals(0, mkfifo.waitFor(), "mkfifo");
    InputFiles.Listing l = assertTimeoutPreemptively(Duration.ofSeconds(20),
        () -> InputFiles.list(List.of(in.toString()), PostingParser::reads, "posting", new Configuration()));
    assertEquals(List.of("linked.jsonl", "sub/more.jsonl", "week.jsonl"),
        l.files().stream().map(p -> p.substring(p.indexOf("/drop/") + 6)).toList());
    assertEquals(List.of(
        "a.jsonl: symbolic link loop: Too many levels of symbolic links or unable to access attributes of symbolic link",
        "again: symbolic link loop: it leads back to a folder above it, whose files are listed once",
        "b.jsonl: symbolic link loop: Too many levels of symbolic links or unable to access attributes of symbolic link",
        "gone.jsonl: broken symbolic link: its target does not exist",
        "pipe.jsonl: not a regular file (a named pipe, socket or device)",
        "sub/up: symbolic link loop: it leads back to a folder above it, whose files are listed once"),
        l.skipped().stream().map(s -> s.path().substring(s.path().indexOf("/drop/") + 6) + ": " + s.reason()).toList());
  }

  @Test
  void uploadNamesWithLineBreaksOrThatClimbOutOfTheInboxAreRejected(@TempDir Path lake) throws IOException {
    RoleInbox inbox = new RoleInbox(lake);
    RoleUpload upload = new RoleUpload(inbox, DAY);
    byte[] role = "Title: Nurse\nOccupation: nurse\n\nCare for patients on a busy ward.\n".getBytes(StandardCharsets.UTF_8);
    RoleUpload.Verdict v = upload.check("hr/nurse\nTitle: forged.txt", role);
    assertEquals(List.of("file: file name 'nurse\\u000ATitle: forged.txt' holds a line break or other control character"
        + " (U+000A)"), v.problems());
    assertEquals(false, v.accepted());
    assertEquals(List.of("file: file name '..' names a folder, not a file"), upload.check("hr/..", role).problems());
    assertEquals(List.of("file: file name '..\\..\\nurse.txt' holds a backslash, a folder separator on Windows"),
        upload.check("..\\..\\nurse.txt", role).problems());
    assertEquals(List.of("file: file name '.nurse.txt' is hidden (starts with '.'): the weekly run would pass it over"),
        upload.check("hr/.nurse.txt", role).problems());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> inbox.place("a\r\nb.txt", role));
    assertEquals("file name 'a\\u000D\\u000Ab.txt' holds a line break or other control character (U+000D)", e.getMessage());
    // a path that climbs (../../) is named by its last segment only: the file lands inside the inbox
    RoleUpload.Verdict ok = upload.check("../../etc/nurse.txt", role);
    assertEquals(List.of(), ok.problems());
    Path placed = inbox.place("../../etc/nurse.txt", role);
    assertTrue(placed.normalize().startsWith(inbox.pending()), placed.toString());
    assertEquals("nurse.txt", placed.getFileName().toString());
    // an upload is held to the same limits as a run's files
    assertEquals(List.of("file: more than 64 MiB (67,108,864 bytes) once gunzipped, the most one input file may hold"
        + " (a gzip bomb?); split it into smaller files"), upload.check("hr/nurse.txt.gz", gzipBomb()).problems());
  }
}
