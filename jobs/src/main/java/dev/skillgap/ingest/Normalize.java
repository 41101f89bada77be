package dev.skillgap.ingest;

import dev.skillgap.text.TextCleaner;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Field normalisation shared by every format. */
final class Normalize {

  private static final TextCleaner CLEANER = new TextCleaner();
  private static final Pattern WS = Pattern.compile("[\\s\\u00a0\\u2007\\u202f]+");
  private static final Pattern ONET = Pattern.compile("\\b\\d{2}-\\d{4}\\.\\d{2}\\b");
  private static final Map<String, String> EMPLOYMENT = Map.ofEntries(
      Map.entry("fulltime", "FULL_TIME"), Map.entry("permanentfulltime", "FULL_TIME"),
      Map.entry("vollzeit", "FULL_TIME"), Map.entry("voltijd", "FULL_TIME"),
      Map.entry("parttime", "PART_TIME"), Map.entry("teilzeit", "PART_TIME"), Map.entry("deeltijd", "PART_TIME"),
      Map.entry("contract", "CONTRACTOR"), Map.entry("contractor", "CONTRACTOR"), Map.entry("freelance", "CONTRACTOR"),
      Map.entry("temporary", "TEMPORARY"), Map.entry("temp", "TEMPORARY"), Map.entry("seasonal", "TEMPORARY"),
      Map.entry("perdiem", "PER_DIEM"));
  private static final Map<String, String> COUNTRIES = countries();

  private Normalize() {}

  /** NFC and trimmed; null stays null. */
  static String text(String s) {
    return s == null ? null : Normalizer.normalize(s, Normalizer.Form.NFC).strip();
  }

  /**
   * A one-line field: NFC, whitespace runs collapsed, trimmed; with {@code html}, tags and entities
   * are removed first (titles and names in HTML-bearing formats). Null stays null.
   */
  static String field(String s, boolean html) {
    if (s == null) {
      return null;
    }
    String t = html && (s.indexOf('<') >= 0 || s.indexOf('&') >= 0) ? CLEANER.clean(s).text() : s;
    return WS.matcher(Normalizer.normalize(t, Normalizer.Form.NFC)).replaceAll(" ").strip();
  }

  /** The schema.org employment type for a label such as {@code Full-time} or {@code CONTRACTOR}, or empty. */
  static String employmentType(String s) {
    if (s == null) {
      return "";
    }
    for (String part : s.split("[,;|/]")) {
      String key = part.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", "");
      String v = EMPLOYMENT.get(key);
      if (v != null) {
        return v;
      }
    }
    return "";
  }

  /** The ISO 3166-1 alpha-2 code for a code ({@code gb}, {@code GBR}, {@code UK}) or English name, or empty. */
  static String country(String s) {
    if (s == null || s.isBlank()) {
      return "";
    }
    return COUNTRIES.getOrDefault(countryKey(s), "");
  }

  private static String countryKey(String s) {
    String k = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
        .replace(".", "").replaceAll("[^a-z]+", " ").strip();
    return k.startsWith("the ") ? k.substring(4) : k;
  }

  private static Map<String, String> countries() {
    Map<String, String> m = new HashMap<>();
    for (String cc : Locale.getISOCountries()) {
      Locale l = new Locale("", cc);
      m.put(countryKey(cc), cc);
      m.put(countryKey(l.getDisplayCountry(Locale.ENGLISH)), cc);
      try {
        m.put(countryKey(l.getISO3Country()), cc);
      } catch (java.util.MissingResourceException e) {
        // no alpha-3 code for this one
      }
    }
    String[][] aliases = {{"uk", "GB"}, {"great britain", "GB"}, {"england", "GB"}, {"scotland", "GB"},
        {"wales", "GB"}, {"northern ireland", "GB"}, {"usa", "US"}, {"united states of america", "US"},
        {"america", "US"}, {"deutschland", "DE"}, {"nederland", "NL"}, {"holland", "NL"}, {"eire", "IE"},
        {"republic of ireland", "IE"}, {"osterreich", "AT"}, {"schweiz", "CH"}, {"belgie", "BE"},
        {"belgique", "BE"}, {"espana", "ES"}, {"france", "FR"}, {"italia", "IT"}};
    for (String[] a : aliases) {
      m.put(a[0], a[1]);
    }
    return Map.copyOf(m);
  }

  /**
   * An occupation as a record gives it: the first O*NET-SOC code in it when it holds one
   * ({@code "15-1252.00 Software Developers"}), else the value as written (an ESCO occupation URI, an
   * occupational category), whitespace collapsed; null stays null.
   */
  static String occupation(String s) {
    if (s == null) {
      return null;
    }
    String code = onetCode(s);
    return code.isEmpty() ? field(s, false) : code;
  }

  /** The first O*NET-SOC code ({@code 15-1252.00}) in {@code s}, or empty. */
  static String onetCode(String s) {
    if (s == null) {
      return "";
    }
    Matcher m = ONET.matcher(s);
    return m.find() ? m.group() : "";
  }

  /** A decimal as people write amounts: {@code 32,000} or {@code 15.20}. */
  static String amount(BigDecimal v) {
    BigDecimal s = v.stripTrailingZeros();
    if (s.scale() <= 0) {
      return String.format(Locale.ROOT, "%,d", s.toBigInteger());
    }
    return String.format(Locale.ROOT, "%,.2f", v);
  }

  static String shorten(String s) {
    return s.length() <= 40 ? s : s.substring(0, 40) + "…";
  }
}
