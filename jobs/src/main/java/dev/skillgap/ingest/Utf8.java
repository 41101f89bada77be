package dev.skillgap.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Strict UTF-8 decoding that does not stop at the first error: each malformed sequence becomes
 * U+FFFD in the text and is recorded with its byte offset, character offset and line, so that a
 * reader can reject just the records that hold one.
 */
final class Utf8 {

  private Utf8() {}

  /** One malformed sequence. */
  record Bad(long byteOffset, int charOffset, int line, int firstByte) {
    String where() {
      return String.format(Locale.ROOT, "byte 0x%02X at byte offset %d (line %d)", firstByte, byteOffset, line);
    }

    String describe() {
      return "invalid UTF-8: " + where();
    }
  }

  /**
   * The decoded text (a leading UTF-8 byte order mark dropped), its malformed sequences in order,
   * and the encoding it was read as: {@code UTF-8}, {@code UTF-8 (BOM)} or {@code Windows-1252}.
   */
  record Decoded(String text, List<Bad> bad, String encoding) {
    /** The first malformed sequence in the characters {@code [from, to)}, or null. */
    Bad firstIn(int from, int to) {
      for (Bad b : bad) {
        if (b.charOffset() >= from && b.charOffset() < to) {
          return b;
        }
      }
      return null;
    }

    /** The first malformed sequence on the lines {@code [fromLine, toLine]}, or null. */
    Bad firstOnLines(long fromLine, long toLine) {
      for (Bad b : bad) {
        if (b.line() >= fromLine && b.line() <= toLine) {
          return b;
        }
      }
      return null;
    }
  }

  /**
   * Decodes a text file whose encoding nobody declared: as {@link #decode} when it is UTF-8, with
   * its bad bytes kept for the records that hold them; but a file with bytes that are not UTF-8 and
   * not one valid multi-byte UTF-8 sequence is a single-byte file (a spreadsheet export in
   * Windows-1252), and is read as one, whole; a UTF-16 byte order mark is obeyed.
   */
  static Decoded decodeText(byte[] bytes) {
    if (bytes.length >= 2 && ((bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe
        || (bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff)) {
      dev.skillgap.io.TextDecoding.Decoded wide = dev.skillgap.io.TextDecoding.decode(bytes);
      return new Decoded(wide.text(), List.of(), wide.encoding());
    }
    Decoded d = decode(bytes);
    if (!d.bad().isEmpty()) {
      dev.skillgap.io.TextDecoding.Decoded single = dev.skillgap.io.TextDecoding.decode(bytes);
      if (single.encoding().equals("Windows-1252")) {
        return new Decoded(single.text(), List.of(), "Windows-1252");
      }
    }
    return d;
  }

  static Decoded decode(byte[] bytes) {
    int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb
        && (bytes[2] & 0xff) == 0xbf ? 3 : 0;
    CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    // UTF-8 never yields more chars than bytes, and each bad sequence yields one char
    CharBuffer out = CharBuffer.allocate(bytes.length - start + 1);
    List<long[]> raw = new ArrayList<>();
    while (true) {
      CoderResult r = dec.decode(in, out, true);
      if (r.isError()) {
        raw.add(new long[] {in.position(), out.position(), bytes[in.position()] & 0xff});
        out.put('\uFFFD');
        in.position(in.position() + r.length());
      } else {
        break;
      }
    }
    dec.flush(out);
    out.flip();
    String text = out.toString();
    List<Bad> bad = new ArrayList<>(raw.size());
    int line = 1;
    int pos = 0;
    for (long[] b : raw) {
      for (; pos < b[1]; pos++) {
        if (text.charAt(pos) == '\n') {
          line++;
        }
      }
      bad.add(new Bad(b[0], (int) b[1], line, (int) b[2]));
    }
    return new Decoded(text, List.copyOf(bad), start == 3 ? "UTF-8 (BOM)" : "UTF-8");
  }

  /**
   * Why the whole file cannot be read as UTF-8 (a UTF-16 or UTF-32 byte order mark, NUL bytes of
   * UTF-16 text, or, when {@code byLines}, bad bytes on more than half of its lines), or null when
   * it can be read record by record.
   */
  static String wholeFileProblem(byte[] bytes, Decoded d, boolean byLines) {
    if (bytes.length >= 2 && ((bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff
        || (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe)) {
      return "file is not UTF-8: it starts with a UTF-16/UTF-32 byte order mark";
    }
    int probe = Math.min(bytes.length, 4096);
    int nul = 0;
    for (int i = 0; i < probe; i++) {
      if (bytes[i] == 0) {
        nul++;
      }
    }
    if (probe > 0 && nul * 10 > probe) {
      return "file is not UTF-8 text: " + nul + " NUL bytes in its first " + probe + " bytes (UTF-16 or binary?)";
    }
    if (d.bad().isEmpty() || !byLines) {
      return null;
    }
    long badLines = d.bad().stream().mapToInt(Bad::line).distinct().count();
    long lines = d.text().lines().filter(l -> !l.isBlank()).count();
    if (badLines * 2 > Math.max(lines, 1)) {
      return "file is not UTF-8: " + badLines + " of " + lines + " lines hold invalid bytes; the first is "
          + d.bad().get(0).where();
    }
    return null;
  }
}
