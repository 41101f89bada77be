package dev.skillgap.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the small hand-curated tab-separated tables shipped on the classpath (lexicon,
 * implications), or the same format from a file: {@code #} comment lines and blank lines are
 * skipped, every other line must have at least {@code minColumns} non-blank columns, else the error
 * names the resource (or file) and line.
 */
public final class CuratedTable {

  /** One data line: its 1-based line number and its trimmed columns. */
  public record Line(int number, String[] columns) {}

  private CuratedTable() {}

  public static List<Line> read(Class<?> owner, String resource, int minColumns, String expected) throws IOException {
    try (InputStream in = owner.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException(resource + " is missing from the classpath");
      }
      return read(resource, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), minColumns, expected);
    }
  }

  /** As {@link #read(Class, String, int, String)}, from a UTF-8 file; errors name the file. */
  public static List<Line> read(Path file, int minColumns, String expected) throws IOException {
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(file.toString(), r, minColumns, expected);
    }
  }

  private static List<Line> read(String name, BufferedReader r, int minColumns, String expected) throws IOException {
    List<Line> out = new ArrayList<>();
    String line;
    int n = 0;
    while ((line = r.readLine()) != null) {
      n++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      for (int i = 0; i < f.length; i++) {
        f[i] = f[i].trim();
      }
      boolean ok = f.length >= minColumns;
      for (int i = 0; ok && i < minColumns; i++) {
        ok = !f[i].isEmpty();
      }
      if (!ok) {
        throw new IOException(name + ": line " + n + ": expected '" + expected + "'");
      }
      out.add(new Line(n, f));
    }
    return out;
  }
}
