package dev.skillgap.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * Gzipped input files, for every parser of a run's files: gzip is recognised by its first two bytes
 * (a file need not be named {@code .gz}), unpacked up to {@link #MAX_UNPACKED_BYTES}, and the file
 * is then named without {@code .gz} so that the extension inside picks the format.
 */
final class Gzip {

  /** Largest file read after gunzipping: an input file beyond this is a mistake, not a week of data. */
  static final long MAX_UNPACKED_BYTES = 1L << 31;

  private Gzip() {}

  /**
   * A file as its parser reads it.
   *
   * @param name the file's name without {@code .gz} when it was gzipped, else as given
   * @param bytes its content, unpacked
   * @param note {@code gzip, N bytes unpacked} for the file's notes, or null when it was not gzipped
   * @param problem why the file cannot be read at all (named {@code .gz} but not gzip, or broken), or null
   */
  record Unpacked(String name, byte[] bytes, String note, String problem) {}

  /** {@code content} of the file {@code path}, unpacked when it is gzip data. */
  static Unpacked unpack(String path, byte[] content) {
    boolean gzipped = content.length >= 2 && (content[0] & 0xff) == 0x1f && (content[1] & 0xff) == 0x8b;
    if (!gzipped) {
      return PostingParser.extension(path).equals("gz")
          ? new Unpacked(path, content, null, "named .gz but not gzip data")
          : new Unpacked(path, content, null, null);
    }
    try {
      byte[] bytes = gunzip(content);
      return new Unpacked(strip(path), bytes, "gzip, " + bytes.length + " bytes unpacked", null);
    } catch (IOException e) {
      return new Unpacked(path, content, null, "cannot gunzip: " + e.getMessage());
    }
  }

  /** {@code path} without a final {@code .gz} (in any case). */
  static String strip(String path) {
    return path.toLowerCase(Locale.ROOT).endsWith(".gz") ? path.substring(0, path.length() - 3) : path;
  }

  private static byte[] gunzip(byte[] content) throws IOException {
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(content), 1 << 16)) {
      byte[] out = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, MAX_UNPACKED_BYTES));
      if (in.read() >= 0) {
        throw new IOException("more than " + MAX_UNPACKED_BYTES + " bytes unpacked");
      }
      return out;
    }
  }
}
