package dev.skillgap.occupation.eval;

import dev.skillgap.io.Sha256;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The key a judged title is stored under: the first 16 hex digits of the SHA-256 of its
 * normalised text, so judgements can be committed without the licensed titles. Pure functions.
 */
public final class TitleKey {

  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  private TitleKey() {}

  /**
   * The normalised text of {@code title}: NFKC, lower case, every run of characters other than
   * letters and digits one space, trimmed. "Staff Nurse (Band 5)" and "staff nurse - band 5" agree.
   */
  public static String normalise(String title) {
    String t = Normalizer.normalize(title, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    return NOT_WORD.matcher(t).replaceAll(" ").trim();
  }

  /** The first 16 hex digits (64 bits) of the SHA-256 of {@link #normalise(String) normalise(title)}. */
  public static String hash(String title) {
    return sha256(normalise(title)).substring(0, 16);
  }

  static String sha256(String text) {
    return Sha256.hex(text);
  }
}
