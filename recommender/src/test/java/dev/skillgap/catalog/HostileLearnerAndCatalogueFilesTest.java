package dev.skillgap.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skillgap.gap.LearnerReader;
import dev.skillgap.taxonomy.TaxonomyFixture;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile learner and catalogue files (a gzip bomb, a line longer than a record, JSON nested
 * 100,000 deep, a CSV of a million columns, CV files that climb out of the folder or never end),
 * each rejected or warned with its reason within the input limits, never read whole.
 */
class HostileLearnerAndCatalogueFilesTest {

  /** 128 MiB of zeros gzipped (about 130 KB), twice the file limit. */
  static byte[] gzipBomb() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] zeros = new byte[1 << 20];
    try (GZIPOutputStream gz = new GZIPOutputStream(out, 1 << 16)) {
      for (int i = 0; i < 128; i++) {
        gz.write(zeros);
      }
    }
    return out.toByteArray();
  }

  static final String BOMB_REASON = "more than 64 MiB (67,108,864 bytes) once gunzipped, the most one input file may"
      + " hold (a gzip bomb?); split it into smaller files";
  static final String DEEP = "[".repeat(100_000) + "]".repeat(100_000);
  static final String WIDE = ",".repeat(999_999); // a million empty fields in a 1 MB line

  static List<String> rejects(LearnerReader.Result r) {
    return r.rejects().stream().map(x -> x.entry() + " | " + x.reason()).toList();
  }

  @Test
  void hostileLearnerFilesAreRejectedWholeOrEntryByEntry(@TempDir Path dir) throws IOException {
    LearnerReader reader = new LearnerReader();
    Path bomb = Files.write(dir.resolve("learners.jsonl.gz"), gzipBomb());
    IOException e = assertThrows(IOException.class, () -> reader.read(bomb));
    assertEquals(bomb + ": " + BOMB_REASON, e.getMessage());

    String good = "{\"learnerId\":\"L1\",\"targetRole\":\"data analyst\",\"declaredSkills\":[\"SQL\"]}";
    Path lines = dir.resolve("learners.jsonl");
    try (OutputStream out = Files.newOutputStream(lines)) {
      out.write((good + "\n{\"learnerId\":\"L2\",\"declaredSkills\":[\"").getBytes(StandardCharsets.UTF_8));
      byte[] xs = "x".repeat(1 << 16).getBytes(StandardCharsets.UTF_8);
      for (int i = 0; i < 48; i++) { // a 3 MB line
        out.write(xs);
      }
      out.write(("\"]}\n{\"learnerId\":\"L3\",\"x\":" + DEEP + "}\n" + good.replace("L1", "L4") + "\n")
          .getBytes(StandardCharsets.UTF_8));
    }
    LearnerReader.Result r = reader.read(lines);
    assertEquals(List.of("line 2 | line of 3,145,768 bytes, more than the 1 MiB (1,048,576 bytes) one record may have",
        "line 3 | JSON nested more than 64 levels deep, the most a record may nest"), rejects(r));
    assertEquals(List.of("L1", "L4"), r.learners().stream().map(dev.skillgap.gap.LearnerProfile::learnerId).toList());
    assertEquals(4, r.read());

    Path wideHeader = Files.writeString(dir.resolve("wide.csv"), WIDE + "\n");
    e = assertThrows(IOException.class, () -> reader.read(wideHeader));
    assertEquals(wideHeader + ": the header row (line 1): 1,000,000 fields, more than the 1,024 a CSV row may have",
        e.getMessage());
    Path wideRow = Files.writeString(dir.resolve("learners.csv"), "id,target,skills\nL1,analyst,SQL\n" + WIDE + "\n");
    r = reader.read(wideRow);
    assertEquals(List.of("row 3 | 1,000,000 fields, more than the 1,024 a CSV row may have"), rejects(r));
    assertEquals(1, r.learners().size());
  }

  @Test
  void cvFilesOutsideTheFolderOrThatAreNotRegularFilesAreNotRead(@TempDir Path dir) throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(dir.resolve("secret.txt"), "Java and SQL developer");
    Process mkfifo = new ProcessBuilder("mkfifo", in.resolve("pipe.txt").toString()).start();
    assertEquals(0, mkfifo.waitFor(), "mkfifo");
    Files.write(in.resolve("big.txt"), new byte[(1 << 20) + 1]);
    Path learners = Files.writeString(in.resolve("learners.jsonl"), String.join("\n",
        "{\"learnerId\":\"L1\",\"cvFile\":\"../secret.txt\",\"declaredSkills\":[\"SQL\"]}",
        "{\"learnerId\":\"L2\",\"cvFile\":\"pipe.txt\",\"declaredSkills\":[\"SQL\"]}",
        "{\"learnerId\":\"L3\",\"cvFile\":\"big.txt\",\"declaredSkills\":[\"SQL\"]}") + "\n");
    LearnerReader.Result r = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(20),
        () -> new LearnerReader().read(learners));
    assertEquals(List.of(
        "L1 CV file not read: it is outside the learners file's folder; skills come from declared skills and badges only",
        "L2 CV file not read: not a regular file; skills come from declared skills and badges only",
        "L3 CV file not read: more than 1 MiB (1,048,576 bytes), the most a CV may hold; skills come from declared"
            + " skills and badges only"),
        r.warnings(LearnerReader.Warning.CV_FILE_MISSING).stream().map(w -> w.learnerId() + " " + w.message()).toList());
    assertTrue(r.learners().stream().allMatch(l -> l.cvText() == null), "no CV read");
  }

  @Test
  void hostileCatalogueFilesAreRejectedWithTheirReason(@TempDir Path dir) throws IOException {
    Files.write(dir.resolve("bomb.json.gz"), gzipBomb());
    Files.write(dir.resolve("bomb.csv.gz"), gzipBomb());
    Files.writeString(dir.resolve("deep.json"), "{\"@context\":\"x\",\"a\":" + DEEP + "}");
    Files.writeString(dir.resolve("wide.csv"), WIDE + "\n");
    Files.writeString(dir.resolve("rows.csv"), "title,description\nSQL basics,Learn SQL\n" + WIDE + "\n");
    Catalog c = CatalogReader.dryRun(TaxonomyFixture.taxonomy()).read(List.of(dir));
    assertEquals(List.of(
        "bomb.csv.gz file beyond a size limit: " + BOMB_REASON,
        "bomb.json.gz bomb.json.gz beyond a size limit: bomb.json.gz: " + BOMB_REASON,
        "deep.json deep.json beyond a size limit: deep.json: JSON nested more than 64 levels deep, the most a record may"
            + " nest",
        "rows.csv row 2 beyond a size limit: line 3: 1,000,000 fields, more than the 1,024 a CSV row may have",
        "wide.csv header beyond a size limit: header row: 1,000,000 fields, more than the 1,024 a CSV row may have"),
        c.rejects().stream().map(x -> Path.of(x.file()).getFileName() + " " + x.entry() + " " + x.reason()).toList());
    assertEquals(1, c.credentials().size());
    assertTrue(c.reconciles());
  }
}
