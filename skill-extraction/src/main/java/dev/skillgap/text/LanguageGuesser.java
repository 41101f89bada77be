package dev.skillgap.text;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells English text from text in other common European languages by their function words. A
 * text too short to tell (under {@link #MIN_WORDS} words) is taken as English, since a keyword list
 * such as "SQL, Python, Tableau" has no function words at all. Stateless and thread-safe.
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

  /** Returns an ISO 639-1 code: {@code en}, or the language whose function words clearly dominate. */
  public String guess(String text) {
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
}
