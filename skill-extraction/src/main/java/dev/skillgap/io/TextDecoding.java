package dev.skillgap.io;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Decodes uploaded text files whose encoding nobody declared: a byte-order mark decides (UTF-8,
 * UTF-16LE, UTF-16BE); otherwise UTF-8, where every byte that is not part of a valid UTF-8
 * sequence is read as Windows-1252 (what such bytes almost always are in CVs written on Windows).
 */
public final class TextDecoding {

  private static final Charset CP1252 = Charset.forName("windows-1252");

  /**
   * A decoded text and how it was read.
   *
   * @param text the text
   * @param encoding {@code UTF-8}, {@code UTF-8 (BOM)}, {@code UTF-16LE}, {@code UTF-16BE}, {@code Windows-1252} or
   *     {@code UTF-8 with N Windows-1252 bytes}
   */
  public record Decoded(String text, String encoding) {
    /** True when the text was not plain UTF-8 (worth telling the user). */
    public boolean unusual() {
      return !encoding.equals("UTF-8") && !encoding.equals("UTF-8 (BOM)");
    }
  }

  private TextDecoding() {}

  public static Decoded decode(byte[] b) {
    if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
      return new Decoded(new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE), "UTF-16LE");
    }
    if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
      return new Decoded(new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE), "UTF-16BE");
    }
    int start = 0;
    boolean bom = false;
    if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
      start = 3;
      bom = true;
    }
    StringBuilder out = new StringBuilder(b.length);
    int foreign = 0;
    int utf8Multi = 0;
    int i = start;
    while (i < b.length) {
      int c = b[i] & 0xff;
      int len = c < 0x80 ? 1 : c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
      if (len > 1 && validContinuation(b, i, len)) {
        out.append(new String(b, i, len, StandardCharsets.UTF_8));
        utf8Multi++;
        i += len;
      } else if (len == 1) {
        out.append((char) c);
        i++;
      } else {
        out.append(new String(b, i, 1, CP1252));
        foreign++;
        i++;
      }
    }
    String enc = foreign == 0 ? (bom ? "UTF-8 (BOM)" : "UTF-8")
        : utf8Multi == 0 ? "Windows-1252" : "UTF-8 with " + foreign + " Windows-1252 byte" + (foreign == 1 ? "" : "s");
    return new Decoded(out.toString(), enc);
  }

  private static boolean validContinuation(byte[] b, int i, int len) {
    if (i + len > b.length) {
      return false;
    }
    for (int k = 1; k < len; k++) {
      if ((b[i + k] & 0xC0) != 0x80) {
        return false;
      }
    }
    int c1 = b[i + 1] & 0xff;
    int c0 = b[i] & 0xff;
    if (c0 == 0xE0 && c1 < 0xA0 || c0 == 0xED && c1 > 0x9F || c0 == 0xF0 && c1 < 0x90 || c0 == 0xF4 && c1 > 0x8F) {
      return false; // overlong, surrogate or out-of-range forms
    }
    return true;
  }
}
