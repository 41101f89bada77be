package dev.skillgap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** extract's reader keeps one output record per input line, also for a line too long to hold. */
class TextRecordsTest {

  @Test
  void aLineBeyondARecordIsAnErrorRecordAndTheNextLineIsRead(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("in.jsonl");
    try (OutputStream out = Files.newOutputStream(f)) {
      out.write("{\"id\":1,\"text\":\"SQL\"}\n{\"id\":2,\"text\":\"".getBytes(StandardCharsets.UTF_8));
      byte[] xs = "x".repeat(1 << 16).getBytes(StandardCharsets.UTF_8);
      for (int i = 0; i < 32; i++) { // 2 MB
        out.write(xs);
      }
      out.write("\"}\n{\"id\":3,\"text\":\"Excel\"}\n".getBytes(StandardCharsets.UTF_8));
    }
    List<String> got = new ArrayList<>();
    TextRecords.readJsonLines(f, "id", "text", r -> got.add(r.line() + " " + r.id() + " " + r.text() + " " + r.error()));
    assertEquals(List.of("1 1 SQL null",
        "2 null null line 2: line of 2,097,170 bytes, more than the 1 MiB (1,048,576 bytes) one record may have",
        "3 3 Excel null"), got);
  }
}
