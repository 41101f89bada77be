package dev.skillgap.io;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * Reads one input file into memory within {@link InputLimits}: gzip is recognised by its first two
 * bytes and gunzipped as it streams, reading stops once {@link InputLimits#maxFileBytes()} bytes have
 * come out (so a gzip bomb or an endless file costs no more than that), and, when asked, a line longer
 * than {@link InputLimits#maxRecordBytes()} is never held: it is cut out as it streams (its line end
 * kept, so later lines keep their numbers) and listed, for its reader to reject. Never throws for bad
 * content: a file that cannot be read whole says why in {@link Read#problem()}.
 */
public final class BoundedInput {

  /** Bytes of a cut line kept for the reject's excerpt. */
  static final int EXCERPT_BYTES = 200;

  private BoundedInput() {}

  /**
   * A line cut out because it was too long.
   *
   * @param line its 1-based number
   * @param bytes its length in bytes, line end aside (as far as it was read)
   * @param start its first bytes, decoded leniently, for the reject's excerpt
   */
  public record LongLine(long line, long bytes, String start) {}

  /**
   * A file as read.
   *
   * @param name the file's name, without {@code .gz} when it was gzip data (the extension inside picks the format)
   * @param bytes its content, unpacked, long lines cut out; empty when {@code problem} is set
   * @param storedBytes the bytes read from storage
   * @param sha256 the SHA-256 of the stored bytes, or null when reading stopped early
   * @param gzipped whether it was gzip data
   * @param longLines the lines cut out, in order
   * @param problem why the file cannot be read at all (too large, named .gz but not gzip, broken gzip), or null
   */
  public record Read(String name, byte[] bytes, long storedBytes, String sha256, boolean gzipped,
      List<LongLine> longLines, String problem) {
    public Read {
      longLines = List.copyOf(longLines);
    }

    /** {@code gzip, N bytes unpacked} for a gzipped file's notes, or null. */
    public String gzipNote() {
      return gzipped && problem == null ? "gzip, " + bytes.length + " bytes unpacked" : null;
    }

    /** Whether line {@code n} (1-based) was cut out. */
    public LongLine longLine(long n) {
      for (LongLine l : longLines) {
        if (l.line() == n) {
          return l;
        }
      }
      return null;
    }
  }

  /** {@code content}, the whole file {@code name}, read as {@link #read(String, InputStream, InputLimits, boolean)} does. */
  public static Read of(String name, byte[] content, InputLimits limits, boolean cutLongLines) {
    try {
      return read(name, new ByteArrayInputStream(content), limits, cutLongLines);
    } catch (IOException e) {
      throw new IllegalStateException("reading bytes in memory does not fail", e);
    }
  }

  /**
   * Reads {@code stored}, the file named {@code name}, and closes it.
   *
   * @param cutLongLines whether lines longer than the record limit are cut out (for formats read line by line)
   * @throws IOException only when storage fails (the file vanished, a disk error); bad content never throws
   */
  public static Read read(String name, InputStream stored, InputLimits limits, boolean cutLongLines)
      throws IOException {
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
    long[] storedCount = new long[1];
    InputStream counted = new java.io.FilterInputStream(stored) {
      @Override
      public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
          storedCount[0]++;
        }
        return b;
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
          storedCount[0] += n;
        }
        return n;
      }
    };
    try (BufferedInputStream raw = new BufferedInputStream(new DigestInputStream(counted, sha), 1 << 16)) {
      raw.mark(2);
      boolean gzip = raw.read() == 0x1f && raw.read() == 0x8b;
      raw.reset();
      if (!gzip && name.toLowerCase(Locale.ROOT).endsWith(".gz")) {
        return new Read(name, new byte[0], storedCount[0], null, false, List.of(), "named .gz but not gzip data");
      }
      String inner = gzip && name.toLowerCase(Locale.ROOT).endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
      Cutter out = new Cutter(limits, cutLongLines);
      boolean whole;
      try {
        InputStream in = gzip ? new GZIPInputStream(raw, 1 << 16) : raw;
        whole = out.copy(in);
      } catch (java.util.zip.ZipException | java.io.EOFException e) {
        if (!gzip) {
          throw e;
        }
        String why = e instanceof java.io.EOFException ? "the gzip data ends early (a truncated file?)" : e.getMessage();
        return new Read(name, new byte[0], storedCount[0], null, true, List.of(), "cannot gunzip: " + why);
      }
      if (!whole) {
        return new Read(name, new byte[0], storedCount[0], null, gzip, List.of(), limits.fileTooLarge(gzip));
      }
      // what follows the gzip member (a second member is read by GZIPInputStream itself) counts in the hash
      raw.transferTo(java.io.OutputStream.nullOutputStream());
      return new Read(inner, out.bytes(), storedCount[0], HexFormat.of().formatHex(sha.digest()), gzip, out.longLines,
          null);
    }
  }

  /** Copies bytes up to the file limit, cutting out long lines when asked. */
  private static final class Cutter {
    final InputLimits limits;
    final boolean cut;
    byte[] buf = new byte[1 << 16];
    int size;
    long total;
    long line = 1;
    int lineStart;
    long lineBytes;
    boolean skipping;
    long quotes;
    String skippedStart;
    final List<LongLine> longLines = new ArrayList<>();

    Cutter(InputLimits limits, boolean cut) {
      this.limits = limits;
      this.cut = cut;
    }

    /** Copies {@code in}; false when it holds more than the file limit. */
    boolean copy(InputStream in) throws IOException {
      byte[] chunk = new byte[1 << 16];
      for (int n = in.read(chunk); n >= 0; n = in.read(chunk)) {
        total += n;
        if (total > limits.maxFileBytes()) {
          return false;
        }
        if (!cut) {
          append(chunk, 0, n);
          continue;
        }
        int from = 0;
        for (int i = 0; i < n; i++) {
          byte b = chunk[i];
          if (b == '\n') {
            if (!skipping) {
              append(chunk, from, i + 1 - from);
            } else {
              endLongLine();
              append(chunk, i, 1);
            }
            from = i + 1;
            line++;
            lineStart = size;
            lineBytes = 0;
            quotes = 0;
            continue;
          }
          if (b == '"') {
            quotes++;
          }
          if (!skipping && ++lineBytes > limits.maxRecordBytes()) {
            append(chunk, from, i - from);
            startLongLine();
            from = i + 1;
          } else if (skipping) {
            lineBytes++;
            from = i + 1;
          }
        }
        if (!skipping && from < n) {
          append(chunk, from, n - from);
        }
      }
      if (skipping) {
        endLongLine();
      }
      return true;
    }

    private void startLongLine() {
      int keep = Math.min(EXCERPT_BYTES, size - lineStart);
      skippedStart = new String(buf, lineStart, keep, StandardCharsets.UTF_8);
      size = lineStart; // drop what was kept of the line
      skipping = true;
    }

    /**
     * Ends a line cut out. When it held an odd number of quotes, one quote stands in for it, so
     * that a CSV field quoted across lines still closes where it did and the rows after it stay rows.
     */
    private void endLongLine() {
      longLines.add(new LongLine(line, lineBytes, skippedStart));
      if (quotes % 2 == 1) {
        append(new byte[] {'"'}, 0, 1);
      }
      skipping = false;
    }

    private void append(byte[] b, int off, int len) {
      if (len <= 0) {
        return;
      }
      if (size + len > buf.length) {
        buf = Arrays.copyOf(buf, (int) Math.min(Integer.MAX_VALUE - 16, Math.max((long) buf.length * 2, size + len)));
      }
      System.arraycopy(b, off, buf, size, len);
      size += len;
    }

    byte[] bytes() {
      return Arrays.copyOf(buf, size);
    }
  }
}
