package dev.skillgap.report;

import dev.skillgap.io.Sha256;
import java.util.Locale;
import java.util.Set;

/** File names made from ids that came from input files. */
public final class FileNames {

  /** Longest stem {@link #safe} returns before its hash suffix. */
  static final int MAX_STEM = 80;

  private static final Set<String> RESERVED = Set.of("con", "prn", "aux", "nul", "com1", "com2", "com3", "com4",
      "com5", "com6", "com7", "com8", "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9");

  private FileNames() {}

  /**
   * A file-name stem for {@code id} that is safe on every file system, in a shell and in a URL: the
   * id itself when it is 1 to 80 ASCII letters, digits, {@code .}, {@code _} and {@code -}, starting
   * with a letter, digit or {@code _}, without {@code ..} and not a reserved device name; otherwise
   * the id with every other character (dots too) replaced by {@code _}, cut to 80 characters,
   * prefixed with {@code _} when empty or starting with {@code -}, plus {@code -} and the first 10
   * hex digits of the id's SHA-256, so that two different ids never share a stem in practice.
   */
  public static String safe(String id) {
    String s = id == null ? "" : id;
    if (s.length() <= MAX_STEM && s.matches("[A-Za-z0-9_][A-Za-z0-9._-]*") && !s.contains("..")
        && !RESERVED.contains(s.toLowerCase(Locale.ROOT).split("\\.", 2)[0])) {
      return s;
    }
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length() && b.length() < MAX_STEM; i++) {
      char c = s.charAt(i);
      b.append(c < 128 && (Character.isLetterOrDigit(c) || c == '_' || c == '-') ? c : '_');
    }
    if (b.isEmpty() || b.charAt(0) == '-') {
      b.insert(0, '_');
    }
    return b + "-" + Sha256.hex(s).substring(0, 10);
  }
}
