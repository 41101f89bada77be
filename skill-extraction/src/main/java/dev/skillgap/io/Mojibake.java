package dev.skillgap.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Repairs text that was UTF-8, was decoded as Latin-1 or Windows-1252 and saved again ("NaÃ¯ve"
 * for "Naïve", "â€¢" for "•", "â€™" for "’"): each run of characters that maps back to the bytes
 * of one valid UTF-8 sequence is replaced by the character those bytes spell. Only sequences that
 * round-trip exactly are repaired, and a two-byte sequence only when it spells a character a text
 * plausibly holds, so legitimate accented text stays as it is; what still looks damaged but cannot
 * be restored (a byte lost on the way, "Ã " for "à") is counted, not guessed. Pure and stateless.
 */
public final class Mojibake {

  /**
   * A repaired text.
   *
   * @param text the text with every round-tripping sequence restored (the input itself when none)
   * @param repaired how many sequences were replaced by the character they spell
   * @param unrepaired how many places still look like mojibake but do not round-trip (a byte lost
   *     or replaced on the way), left as they are
   */
  public record Repair(String text, int repaired, int unrepaired) {
    /** Whether the text was changed. */
    public boolean changed() {
      return repaired > 0;
    }
  }

  /** Windows-1252's characters for bytes 0x80-0x9F; U+FFFF where the code page leaves the byte undefined. */
  private static final String CP1252_HIGH = "\u20AC\uFFFF\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160"
      + "\u2039\u0152\uFFFF\u017D\uFFFF\uFFFF\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A"
      + "\u0153\uFFFF\u017E\u0178";

  private Mojibake() {}

  /** Repairs {@code text}; see the class comment for what is and is not repaired. */
  public static Repair repair(String text) {
    if (text == null || text.isEmpty()) {
      return new Repair(text, 0, 0);
    }
    StringBuilder out = null;
    int repaired = 0;
    int unrepaired = 0;
    int copied = 0;
    int i = 0;
    while (i < text.length()) {
      int lead = byteOf(text.charAt(i));
      int len = lead >= 0xC2 && lead <= 0xDF ? 2 : lead >= 0xE0 && lead <= 0xEF ? 3 : lead >= 0xF0 && lead <= 0xF4 ? 4 : 0;
      if (len == 0) {
        i++;
        continue;
      }
      byte[] b = new byte[len];
      b[0] = (byte) lead;
      int k = 1;
      while (k < len && i + k < text.length() && isContinuation(byteOf(text.charAt(i + k)))) {
        b[k] = (byte) byteOf(text.charAt(i + k));
        k++;
      }
      String decoded = k == len ? decode(b) : null;
      if (decoded != null && plausible(decoded, len, i == 0 ? ' ' : text.charAt(i - 1))) {
        if (out == null) {
          out = new StringBuilder(text.length());
        }
        out.append(text, copied, i).append(decoded);
        repaired++;
        i += len;
        copied = i;
      } else {
        if (looksDamaged(text, i, k)) {
          unrepaired++;
        }
        i++;
      }
    }
    if (out == null) {
      return new Repair(text, 0, unrepaired);
    }
    out.append(text, copied, text.length());
    return new Repair(out.toString(), repaired, unrepaired);
  }

  /** The byte {@code c} was decoded from as Latin-1 or Windows-1252; -1 when it cannot be one. */
  static int byteOf(char c) {
    if (c <= 0xFF) {
      return c; // Latin-1, including the C1 controls that Latin-1 decoding leaves for 0x80-0x9F
    }
    int k = CP1252_HIGH.indexOf(c);
    return k < 0 ? -1 : 0x80 + k;
  }

  private static boolean isContinuation(int b) {
    return b >= 0x80 && b <= 0xBF;
  }

  /** The character(s) {@code bytes} spell as strict UTF-8, or null (overlong, surrogate, out of range). */
  private static String decode(byte[] bytes) {
    CharsetDecoder d = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      CharBuffer c = d.decode(ByteBuffer.wrap(bytes));
      return c.toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /**
   * Whether a decoded sequence is worth believing. Three- and four-byte sequences need a lower-case
   * letter followed by two symbols ("â€™"), which legitimate text does not write, so any assigned
   * character is accepted (private-use too: Word's Symbol-font bullets are U+F0B7). A two-byte
   * sequence is an upper-case Latin-1 letter followed by a symbol, which legitimate text can write
   * ("CAFÉ”"), so it must spell a Latin-1, Latin Extended, Greek or Cyrillic character, or a
   * combining accent after a letter; never a C1 control or an IPA letter ("É”" would be "ɔ").
   */
  private static boolean plausible(String decoded, int len, char before) {
    int cp = decoded.codePointAt(0);
    if (!Character.isDefined(cp) || Character.getType(cp) == Character.CONTROL) {
      return false;
    }
    if (len > 2) {
      return true;
    }
    if (cp >= 0x0300 && cp <= 0x036F) {
      return Character.isLetter(before);
    }
    return cp >= 0x00A0 && cp <= 0x024F || cp >= 0x0370 && cp <= 0x052F;
  }

  /**
   * Whether the unrepaired lead at {@code i}, followed by {@code continuations - 1} continuation
   * characters, still looks like damage: a lead followed by U+FFFD where a decoder dropped a byte,
   * "â€" whose third byte was lost, or "Ã"/"Â" after
   * something other than an upper-case letter (in Portuguese or Romanian capitals, "SÃO",
   * "ÎNVĂȚĂMÂNT", they are letters) followed by a symbol or a space that stood for a no-break space.
   */
  private static boolean looksDamaged(String text, int i, int continuations) {
    char c = text.charAt(i);
    if (i + continuations < text.length() && text.charAt(i + continuations) == '\uFFFD') {
      return true; // a strict decoder replaced the byte that would have completed the sequence
    }
    if (c == 'â' && continuations >= 2) {
      return true;
    }
    if (c != 'Ã' && c != 'Â') {
      return false;
    }
    boolean afterCapital = i > 0 && Character.isUpperCase(text.charAt(i - 1));
    if (afterCapital || i + 1 >= text.length()) {
      return false;
    }
    char next = text.charAt(i + 1);
    return continuations >= 2 || next == ' ' && (i + 2 >= text.length() || !Character.isUpperCase(text.charAt(i + 2)));
  }
}
