package dev.skillgap.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/** Files written whole or not at all: to a temporary file beside the target, then moved over it atomically. */
public final class AtomicFiles {

  private AtomicFiles() {}

  /**
   * Writes {@code lines}, each ended by a line feed, as UTF-8 to {@code file}; a failure leaves no
   * temporary file and {@code file} as it was.
   */
  public static void writeLines(Path file, List<String> lines) throws IOException {
    Path abs = file.toAbsolutePath();
    Files.createDirectories(abs.getParent());
    Path tmp = Files.createTempFile(abs.getParent(), abs.getFileName().toString(), ".tmp");
    try {
      try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
        for (String l : lines) {
          w.write(l);
          w.write('\n');
        }
      }
      Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(tmp);
      throw e;
    }
  }
}
