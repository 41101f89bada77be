package dev.skillgap.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** Reading a file within the limits: what is kept, what is cut out, and when a file is refused whole. */
class BoundedInputTest {

  static final InputLimits SMALL = new InputLimits(100, 10, 64, 100);

  static BoundedInput.Read read(String name, String text, boolean cut) {
    return BoundedInput.of(name, text.getBytes(StandardCharsets.UTF_8), SMALL, cut);
  }

  static String text(BoundedInput.Read r) {
    return new String(r.bytes(), StandardCharsets.UTF_8);
  }

  @Test
  void longLinesAreCutOutKeepingTheirLineEndAndTheQuoteParityOfACsvField() {
    String csv = "id,t\n1,\"0123456789abc\n2,ok\n3,\"tail\nthe end of it\"";
    BoundedInput.Read r = read("a.csv", csv, true);
    assertEquals(List.of(new BoundedInput.LongLine(2, 16, "1,\"0123456"), new BoundedInput.LongLine(5, 14,
        "the end of")), r.longLines());
    // line 2 opened a quote, so a quote stands in for it; line 5 closed one, and it ends the file
    assertEquals("id,t\n\"\n2,ok\n3,\"tail\n\"", text(r));
    assertNull(r.problem());
    assertEquals(Sha256.hex(csv), r.sha256(), "the hash is of the file as stored");
  }

  @Test
  void withoutCuttingLongLinesStayAndOnlyTheFileLimitCounts() {
    assertEquals("0123456789abcdef\n", text(read("a.json", "0123456789abcdef\n", false)));
    BoundedInput.Read big = read("a.json", "x".repeat(101), false);
    assertEquals("more than 100 bytes, the most one input file may hold; split it into smaller files", big.problem());
    assertEquals(0, big.bytes().length);
    assertNull(big.sha256());
  }

  @Test
  void gzipIsKnownByItsBytesAndBoundedAfterUnpacking() throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(b)) {
      gz.write("a\nb\n".getBytes(StandardCharsets.UTF_8));
    }
    BoundedInput.Read r = BoundedInput.of("x.JSONL.GZ", b.toByteArray(), SMALL, true);
    assertEquals("x.JSONL", r.name());
    assertEquals("a\nb\n", text(r));
    assertEquals("gzip, 4 bytes unpacked", r.gzipNote());
    assertEquals(b.size(), r.storedBytes());
    assertEquals(Sha256.hex(b.toByteArray()), r.sha256());
    ByteArrayOutputStream bomb = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(bomb)) {
      gz.write(new byte[1000]);
    }
    assertEquals("more than 100 bytes once gunzipped, the most one input file may hold (a gzip bomb?); split it into"
        + " smaller files", BoundedInput.of("x.csv", bomb.toByteArray(), SMALL, true).problem());
    byte[] cut = java.util.Arrays.copyOf(b.toByteArray(), b.size() - 9);
    assertEquals("cannot gunzip: the gzip data ends early (a truncated file?)",
        BoundedInput.of("x.csv.gz", cut, SMALL, true).problem());
    assertEquals("named .gz but not gzip data", read("x.csv.gz", "id\n", true).problem());
  }
}
