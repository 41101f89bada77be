package dev.skillgap.text;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads a language as catalogues and profiles declare it ("English", "en-US", "Español", "zh-Hans",
 * "Chinese (Simplified)", "English, French") into an ISO 639-1 code. Stateless and thread-safe.
 */
public final class LanguageCodes {

  /** A declared list names several: the first is the language of instruction. */
  private static final Pattern LIST = Pattern.compile("[,;/|]");
  private static final Pattern QUALIFIER = Pattern.compile("\\(.*?\\)|\\[.*?]");
  private static final Map<String, String> NAMES = names();

  private LanguageCodes() {}

  private static Map<String, String> names() {
    Map<String, String> m = new HashMap<>();
    for (String code : Locale.getISOLanguages()) {
      Locale l = Locale.forLanguageTag(code);
      if (code.length() != 2) {
        continue;
      }
      m.put(code, code);
      m.putIfAbsent(fold(l.getDisplayLanguage(Locale.ENGLISH)), code);
      m.putIfAbsent(fold(l.getDisplayLanguage(l)), code); // its own name: "español", "deutsch", "中文"
      m.putIfAbsent(fold(l.getISO3Language()), code);
    }
    m.put("mandarin", "zh");
    m.put("cantonese", "zh");
    m.put("farsi", "fa");
    m.put("brazilian portuguese", "pt");
    return Map.copyOf(m);
  }

  private static String fold(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).strip();
  }

  /**
   * The ISO 639-1 code of the first language {@code declared} names, or the empty string when it
   * names none this reader knows (blank, "Multiple", a typo): an unknown language, never a guess.
   */
  public static String of(String declared) {
    if (declared == null) {
      return "";
    }
    String first = LIST.split(QUALIFIER.matcher(declared).replaceAll(" "), 2)[0];
    String s = fold(first).replace('_', '-');
    if (s.isEmpty()) {
      return "";
    }
    String exact = NAMES.get(s);
    if (exact != null) {
      return exact;
    }
    // A tag with a region or script ("en-US", "zh-Hans"), or a name with one ("English US", "Simplified Chinese").
    String[] parts = s.split("[\\s-]+");
    String code = NAMES.get(parts[0]);
    if (code == null && parts.length > 1) {
      code = NAMES.get(parts[parts.length - 1]);
    }
    return code == null ? "" : code;
  }
}
