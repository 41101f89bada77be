package dev.skillgap.ingest;

import dev.skillgap.text.TextCleaner;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Field normalisation and the date check, shared by every format. */
final class Normalize {

  private static final TextCleaner CLEANER = new TextCleaner();
  private static final Pattern WS = Pattern.compile("[\\s\\u00a0\\u2007\\u202f]+");
  private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(T.*)?");
  private static final Pattern SLASH_DATE = Pattern.compile("(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4})");
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

  /** The first O*NET-SOC code ({@code 15-1252.00}) in {@code s}, or empty. */
  static String onetCode(String s) {
    if (s == null) {
      return "";
    }
    Matcher m = ONET.matcher(s);
    return m.find() ? m.group() : "";
  }

  /**
   * The ISO date in {@code raw}, a {@code yyyy-MM-dd} date or ISO date-time; otherwise the reason,
   * saying whether the value is not ISO or names a day that does not exist.
   */
  static String isoDate(String raw, String field) throws RecordRejected {
    if (raw == null) {
      throw new RecordRejected("missing " + field);
    }
    String s = raw.strip();
    if (s.isEmpty()) {
      throw new RecordRejected(field + " is blank");
    }
    Matcher m = ISO_DATE.matcher(s);
    if (m.matches()) {
      int y = Integer.parseInt(m.group(1));
      int mo = Integer.parseInt(m.group(2));
      int d = Integer.parseInt(m.group(3));
      String impossible = impossible(y, mo, d);
      if (impossible != null) {
        throw new RecordRejected(field + " " + s + " does not exist (" + impossible + ")");
      }
      if (m.group(4) != null && !isDateTime(s)) {
        throw new RecordRejected(field + " \"" + s + "\" is not an ISO date (yyyy-MM-dd) or date-time");
      }
      return LocalDate.of(y, mo, d).toString();
    }
    Matcher sl = SLASH_DATE.matcher(s);
    if (sl.matches()) {
      int a = Integer.parseInt(sl.group(1));
      int b = Integer.parseInt(sl.group(2));
      int y = Integer.parseInt(sl.group(3));
      String asDayMonth = impossible(y, b, a);
      String asMonthDay = impossible(y, a, b);
      String why;
      if (asDayMonth != null && asMonthDay != null) {
        why = "and " + (a > 12 ? asDayMonth : asMonthDay);
      } else if (asMonthDay != null) {
        why = "it looks like day/month/year (" + LocalDate.of(y, b, a) + ")";
      } else if (asDayMonth != null) {
        why = "it looks like month/day/year (" + LocalDate.of(y, a, b) + ")";
      } else {
        why = "and day/month order is ambiguous";
      }
      throw new RecordRejected(field + " \"" + s + "\" is not an ISO date (yyyy-MM-dd), " + why);
    }
    throw new RecordRejected(field + " \"" + shorten(s) + "\" is not an ISO date (yyyy-MM-dd)");
  }

  private static boolean isDateTime(String s) {
    try {
      OffsetDateTime.parse(s);
      return true;
    } catch (DateTimeParseException e) {
      try {
        LocalDateTime.parse(s);
        return true;
      } catch (DateTimeParseException e2) {
        return false;
      }
    }
  }

  /** Why year-month-day is not a real day, or null when it is. */
  private static String impossible(int y, int m, int d) {
    if (m < 1 || m > 12) {
      return "month " + m + " does not exist";
    }
    YearMonth ym = YearMonth.of(y, m);
    if (d < 1 || d > ym.lengthOfMonth()) {
      return ym.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + y + " has " + ym.lengthOfMonth()
          + " days";
    }
    return null;
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
