package dev.skillgap.text;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells English text from text in other languages: by its script when most of its letters are not
 * Latin (Chinese, Japanese, Korean, Cyrillic, Arabic, ...), which even a short title shows; else by
 * the function words of common European languages. A Latin-script text too short to tell (under
 * {@link #MIN_WORDS} words) is taken as English, since a keyword list such as "SQL, Python,
 * Tableau" has no function words at all. Stateless and thread-safe.
 */
public final class LanguageGuesser {

  static final int MIN_WORDS = 8;
  private static final Pattern WORD = Pattern.compile("\\p{L}+");
  private static final Map<String, Set<String>> FUNCTION_WORDS = Map.of(
      "en", Set.of("the", "and", "of", "to", "in", "a", "for", "with", "you", "we", "our", "is", "are", "will", "be", "on", "as", "your", "an", "or"),
      "de", Set.of("der", "die", "das", "und", "mit", "für", "wir", "sie", "ist", "sind", "ein", "eine", "von", "zu", "im", "auf", "den", "dem", "des", "oder", "ihre", "unser"),
      "nl", Set.of("de", "het", "een", "en", "van", "voor", "met", "wij", "jij", "je", "is", "zijn", "op", "te", "naar", "ons", "onze", "bij", "als", "ook"),
      "fr", Set.of("le", "la", "les", "et", "des", "du", "pour", "avec", "nous", "vous", "est", "sont", "un", "une", "dans", "sur", "au", "aux", "notre", "votre"),
      "es", Set.of("el", "la", "los", "las", "y", "de", "del", "para", "con", "nosotros", "es", "son", "un", "una", "en", "por", "al", "nuestro", "su", "que"),
      "it", Set.of("il", "lo", "la", "gli", "le", "e", "di", "per", "con", "noi", "è", "sono", "un", "una", "nel", "della", "dei", "che", "del", "nostro"),
      "pt", Set.of("o", "os", "as", "e", "do", "da", "dos", "das", "para", "com", "nós", "é", "são", "um", "uma", "em", "no", "na", "que", "nosso"),
      "sv", Set.of("och", "att", "det", "som", "en", "ett", "för", "med", "vi", "du", "är", "på", "av", "till", "den", "har", "vår", "eller"),
      "pl", Set.of("i", "w", "na", "z", "do", "jest", "się", "nie", "dla", "oraz", "że", "od", "po", "jako", "są", "nasz"));

  /**
   * Languages told by their script alone. Cyrillic is read as Russian and Arabic script as Arabic,
   * the most written language of each: what matters downstream is only that the text is not English.
   */
  private static final Map<Character.UnicodeScript, String> SCRIPTS = Map.ofEntries(
      Map.entry(Character.UnicodeScript.HAN, "zh"), Map.entry(Character.UnicodeScript.HIRAGANA, "ja"),
      Map.entry(Character.UnicodeScript.KATAKANA, "ja"), Map.entry(Character.UnicodeScript.HANGUL, "ko"),
      Map.entry(Character.UnicodeScript.CYRILLIC, "ru"), Map.entry(Character.UnicodeScript.ARABIC, "ar"),
      Map.entry(Character.UnicodeScript.HEBREW, "he"), Map.entry(Character.UnicodeScript.GREEK, "el"),
      Map.entry(Character.UnicodeScript.THAI, "th"), Map.entry(Character.UnicodeScript.DEVANAGARI, "hi"),
      Map.entry(Character.UnicodeScript.BENGALI, "bn"), Map.entry(Character.UnicodeScript.TAMIL, "ta"),
      Map.entry(Character.UnicodeScript.ARMENIAN, "hy"), Map.entry(Character.UnicodeScript.GEORGIAN, "ka"));

  /**
   * Returns an ISO 639-1 code: the language of the script most of the letters are written in when
   * that is not Latin ({@code ja} for Chinese characters among kana), else {@code en} or the
   * European language whose function words clearly dominate.
   */
  public String guess(String text) {
    String byScript = byScript(text);
    if (byScript != null) {
      return byScript;
    }
    Map<String, Integer> hits = new HashMap<>();
    Matcher m = WORD.matcher(text);
    int words = 0;
    while (m.find() && words < 600) {
      words++;
      String w = m.group().toLowerCase(Locale.ROOT);
      for (Map.Entry<String, Set<String>> e : FUNCTION_WORDS.entrySet()) {
        if (e.getValue().contains(w)) {
          hits.merge(e.getKey(), 1, Integer::sum);
        }
      }
    }
    if (words < MIN_WORDS) {
      return "en";
    }
    int en = hits.getOrDefault("en", 0);
    String best = "en";
    int bestCount = en;
    for (Map.Entry<String, Integer> e : hits.entrySet()) {
      if (!e.getKey().equals("en") && e.getValue() > bestCount) {
        best = e.getKey();
        bestCount = e.getValue();
      }
    }
    if (!best.equals("en") && bestCount >= 3 && bestCount > 1.5 * en) {
      return best;
    }
    return "en";
  }

  /** The language of the non-Latin script that more than half of the first letters are in, or null. */
  static String byScript(String text) {
    Map<Character.UnicodeScript, Integer> counts = new java.util.EnumMap<>(Character.UnicodeScript.class);
    int letters = 0;
    for (int i = 0; i < text.length() && letters < 2_000; ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetter(cp)) {
        letters++;
        counts.merge(Character.UnicodeScript.of(cp), 1, Integer::sum);
      }
    }
    int latin = counts.getOrDefault(Character.UnicodeScript.LATIN, 0);
    if (letters == 0 || latin * 2 >= letters) {
      return null;
    }
    if (counts.containsKey(Character.UnicodeScript.HIRAGANA) || counts.containsKey(Character.UnicodeScript.KATAKANA)) {
      return "ja"; // Japanese writes kanji (Han) among kana, so Han alone may outnumber them
    }
    Character.UnicodeScript top = null;
    for (Map.Entry<Character.UnicodeScript, Integer> e : counts.entrySet()) {
      if (e.getKey() != Character.UnicodeScript.LATIN && (top == null || e.getValue() > counts.get(top))) {
        top = e.getKey();
      }
    }
    return SCRIPTS.getOrDefault(top, "und");
  }
}
