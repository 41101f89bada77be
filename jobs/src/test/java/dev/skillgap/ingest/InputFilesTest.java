package dev.skillgap.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.zip.GZIPOutputStream;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Listing the files under a run's input paths: each one is read or passed over with its reason. */
class InputFilesTest {

  static byte[] gzip(String text) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(b)) {
      gz.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return b.toByteArray();
  }

  @Test
  void everyFileUnderAFolderIsListedToReadOrPassedOverWithItsReason(@TempDir Path dir) throws IOException {
    Path in = Files.createDirectories(dir.resolve("drop"));
    Files.write(in.resolve("postings.jsonl.gz"), gzip("{\"id\": \"1\"}\n"));
    Files.write(Files.createDirectories(in.resolve("2026/11")).resolve("Board.JSONLD.GZ"), gzip("{}"));
    Files.writeString(in.resolve("postings.csv"), "id\n1\n");
    Files.writeString(in.resolve("notes.txt"), "not postings");
    Files.write(in.resolve("feed.gz"), gzip("{\"id\": \"2\"}\n"));
    Files.writeString(in.resolve(".postings.jsonl.swp"), "");
    Files.writeString(Files.createDirectories(in.resolve("_tmp")).resolve("part-0.jsonl"), "{}");

    InputFiles.Listing l = InputFiles.list(List.of(in.toString()), PostingParser::reads, "posting", new Configuration());

    assertEquals(List.of("2026/11/Board.JSONLD.GZ", "postings.csv", "postings.jsonl.gz"),
        l.files().stream().map(f -> relative(in, f)).toList());
    assertEquals(List.of(".postings.jsonl.swp (hidden)", "_tmp/part-0.jsonl (hidden)", "feed.gz (not a posting file (.gz))",
        "notes.txt (not a posting file (.txt))"),
        l.skipped().stream().map(s -> relative(in, s.path()) + " (" + s.reason() + ")").toList());
    TreeSet<String> all = new TreeSet<>();
    try (var walk = Files.walk(in)) {
      walk.filter(Files::isRegularFile).forEach(f -> all.add(in.relativize(f).toString()));
    }
    TreeSet<String> accounted = new TreeSet<>();
    l.files().forEach(f -> accounted.add(relative(in, f)));
    l.skipped().forEach(s -> accounted.add(relative(in, s.path())));
    assertEquals(all, accounted, "every file read or passed over");
    assertEquals(all.size(), l.files().size() + l.skipped().size(), "and none both");
  }

  @Test
  void gzippedRoleFilesAreRoleFiles(@TempDir Path dir) throws IOException {
    Files.write(dir.resolve("nurse.md.gz"), gzip("# Nurse\n"));
    Files.writeString(dir.resolve("nurse.pdf"), "%PDF");
    InputFiles.Listing l = InputFiles.list(List.of(dir.toString()), RoleDescriptionParser::reads, "role", new Configuration());
    assertEquals(List.of("nurse.md.gz"), l.files().stream().map(f -> relative(dir, f)).toList());
    assertEquals(List.of("nurse.pdf"), l.skipped().stream().map(s -> relative(dir, s.path())).toList());
  }

  @Test
  void aFileNamedDirectlyIsReadWhateverItsName(@TempDir Path dir) throws IOException {
    Path hidden = Files.writeString(dir.resolve("_drop.csv"), "id\n1\n");
    Path odd = Files.writeString(dir.resolve("export.dat"), "id\n1\n");
    InputFiles.Listing l = InputFiles.list(List.of(hidden.toString(), odd.toString()), PostingParser::reads, "posting",
        new Configuration());
    assertEquals(List.of("_drop.csv", "export.dat"), l.files().stream().map(f -> relative(dir, f)).toList());
    assertEquals(List.of(), l.skipped());
  }

  @Test
  void skippedFilesAreDescribedUpToALimit() {
    List<InputFiles.Skipped> s = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      s.add(new InputFiles.Skipped("in/f" + i + ".txt", "not a posting file (.txt)"));
    }
    assertEquals(List.of("  in/f0.txt (not a posting file (.txt))", "  in/f1.txt (not a posting file (.txt))",
        "  ... and 2 more"), InputFiles.describe(s, 2));
    assertEquals(4, InputFiles.describe(s, 4).size());
  }

  static String relative(Path dir, String file) {
    String prefix = dir.toUri().getPath();
    String path = new org.apache.hadoop.fs.Path(file).toUri().getPath();
    assertTrue(path.startsWith(prefix), path + " under " + prefix);
    return path.substring(prefix.length());
  }
}
