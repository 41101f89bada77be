package dev.skillgap.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextFilesTest {

  static final byte[] TEXT = "id,title\n1,Nurse\n".getBytes(StandardCharsets.UTF_8);

  static byte[] gzip(byte[] b) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(b);
    }
    return out.toByteArray();
  }

  static byte[] read(Path f) throws IOException {
    try (InputStream in = TextFiles.open(f)) {
      return in.readAllBytes();
    }
  }

  @Test
  void gzipIsRecognisedByItsBytesWhateverTheName(@TempDir Path dir) throws IOException {
    assertArrayEquals(TEXT, read(Files.write(dir.resolve("courses.csv.gz"), gzip(TEXT))));
    assertArrayEquals(TEXT, read(Files.write(dir.resolve("COURSES.CSV.GZ"), gzip(TEXT))));
    assertArrayEquals(TEXT, read(Files.write(dir.resolve("courses.csv"), gzip(TEXT))));
    assertArrayEquals(TEXT, read(Files.write(dir.resolve("plain.csv"), TEXT)));
    assertArrayEquals(new byte[] {0x1f}, read(Files.write(dir.resolve("one-byte.csv"), new byte[] {0x1f})));
  }

  @Test
  void aFileNamedGzThatIsNotGzipIsAnError(@TempDir Path dir) throws IOException {
    Path f = Files.write(dir.resolve("courses.csv.GZ"), TEXT);
    IOException e = assertThrows(IOException.class, () -> read(f));
    assertTrue(e.getMessage().endsWith("courses.csv.GZ: named .gz but not gzip data"), e.getMessage());
  }
}
