package dev.skillgap.io;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes the contact details people put in CVs (e-mail addresses, phone numbers, web links) from
 * a text before it is kept anywhere, each replaced by {@link #MARK}, and the words of a person's
 * own name where the name is known ({@link #redactName}). A defence in depth only: names in general
 * cannot be told from other words, so what keeps personal data out of reports is that no report
 * ever shows CV text. Pure and stateless.
 */
public final class PersonalData {

  /** What a removed detail is replaced by: no word in it that skill extraction could take for a skill. */
  public static final String MARK = "[redacted]";

  /**
   * A text with contact details removed.
   *
   * @param text the text, {@link #MARK} where each detail was
   * @param emails e-mail addresses removed
   * @param phones phone numbers removed
   * @param links web addresses removed
   */
  public record Redacted(String text, int emails, int phones, int links) {
    /** How many details were removed. */
    public int total() {
      return emails + phones + links;
    }
  }

  private static final Pattern EMAIL = Pattern.compile(
      "[\\p{L}\\p{N}._%+'-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*\\.\\p{L}{2,}");
  /** A scheme or {@code www.}, or a profile site's host followed by a path ({@code linkedin.com/in/...}). */
  private static final Pattern LINK = Pattern.compile("(?i)(?:\\b(?:https?://|www\\.)|\\b(?:[a-z0-9-]+\\.)*"
      + "(?:linkedin|github|gitlab|bitbucket|facebook|twitter|x|instagram|medium|behance|dribbble|stackoverflow)"
      + "\\.(?:com|in|org|io|net)/)[^\\s<>\"]*");
  /**
   * A run of digits, spaces, dots, hyphens and brackets, with an optional {@code +}, that starts and
   * ends with a digit and is not part of a word; a phone number when it has {@link #MIN_PHONE_DIGITS}
   * to {@link #MAX_PHONE_DIGITS} digits and is not a row of years.
   */
  private static final Pattern PHONE = Pattern.compile(
      "(?<![\\p{L}\\p{N}+])\\+?\\(?\\d[\\d ().-]{7,24}\\d(?![\\p{L}\\p{N}])");
  /** Fewer digits would take dates and ranges such as 2015-2019 or 01.06.2019. */
  static final int MIN_PHONE_DIGITS = 9;
  /** The most E.164 allows. */
  static final int MAX_PHONE_DIGITS = 15;
  /** A space-separated group of a run of digits. */
  private static final Pattern GROUP = Pattern.compile("[^ ]+");
  /** Years written in a row ("2008 2012 2016", "2010 - 2012 - 2014"), which are no phone number. */
  private static final Pattern YEARS = Pattern.compile("(?:(?:19|20)\\d\\d[ ().-]*)+");

  private PersonalData() {}

  /** {@code text} without e-mail addresses, phone numbers and web links; null stays null. */
  public static Redacted redact(String text) {
    return redact(text, true);
  }

  /**
   * {@code text} without e-mail addresses and phone numbers, its web links kept (for badge ids,
   * which are links more often than not); null stays null.
   */
  public static Redacted redactContacts(String text) {
    return redact(text, false);
  }

  private static Redacted redact(String text, boolean links) {
    if (text == null || text.isEmpty()) {
      return new Redacted(text, 0, 0, 0);
    }
    int[] n = new int[3];
    String s = replace(EMAIL, text, n, 0);
    s = links ? replace(LINK, s, n, 2) : s;
    s = replace(PHONE, s, n, 1);
    return new Redacted(s, n[0], n[1], n[2]);
  }

  /**
   * Particles and titles that are part of many names but also plain words or tokens elsewhere
   * ("de", "van", "Dr"): never redacted on their own.
   */
  private static final java.util.Set<String> NAME_PARTICLES = java.util.Set.of("de", "da", "di", "du", "la", "le",
      "van", "von", "der", "den", "del", "dos", "das", "bin", "al", "el", "mr", "mrs", "ms", "dr", "jr", "sr");

  /**
   * The words of {@code name} worth finding in other text: each blank- or comma-separated part, and
   * each piece of a hyphenated part, with two letters or more and not a particle such as "van",
   * longest first.
   */
  static List<String> nameWords(String name) {
    List<String> out = new ArrayList<>();
    if (name == null) {
      return out;
    }
    for (String part : name.strip().split("[\\s,;/]+")) {
      String p = part.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
      List<String> pieces = new ArrayList<>(List.of(p));
      if (p.contains("-")) {
        pieces.addAll(List.of(p.split("-")));
      }
      for (String w : pieces) {
        long letters = w.codePoints().filter(Character::isLetter).count();
        if (letters >= 2 && !NAME_PARTICLES.contains(w.toLowerCase(java.util.Locale.ROOT)) && !out.contains(w)) {
          out.add(w);
        }
      }
    }
    out.sort(java.util.Comparator.comparingInt(String::length).reversed());
    return out;
  }

  private static Pattern namePattern(String name) {
    List<String> words = nameWords(name);
    if (words.isEmpty()) {
      return null;
    }
    StringBuilder p = new StringBuilder("(?iu)(?<![\\p{L}\\p{N}])(?:");
    for (int i = 0; i < words.size(); i++) {
      p.append(i == 0 ? "" : "|").append(Pattern.quote(words.get(i)));
    }
    return Pattern.compile(p.append(")(?![\\p{L}\\p{N}])").toString());
  }

  /**
   * {@code text} with every word of the person's own {@code name} ({@link #nameWords}), in any
   * case, replaced by {@link #MARK}: a learner's name in their target role, skills or CV. Null
   * stays null; a blank name changes nothing.
   */
  public static String redactName(String text, String name) {
    Pattern p = text == null || text.isEmpty() ? null : namePattern(name);
    return p == null ? text : p.matcher(text).replaceAll(Matcher.quoteReplacement(MARK));
  }

  /** Whether {@code text} holds a word of the person's own {@code name} ({@link #nameWords}), in any case. */
  public static boolean containsName(String text, String name) {
    Pattern p = text == null || text.isEmpty() ? null : namePattern(name);
    return p != null && p.matcher(text).find();
  }

  /**
   * Whether {@code value} holds an e-mail address or a phone number (an id a user made of one, a
   * posting's contact line). Text without an "@" and with fewer than {@link #MIN_PHONE_DIGITS}
   * digits holds neither, and is answered without the patterns: extraction asks this of every
   * sentence of a posting.
   */
  public static boolean contains(String value) {
    if (value == null || value.indexOf('@') < 0 && value.chars().filter(Character::isDigit).count() < MIN_PHONE_DIGITS) {
      return false;
    }
    Redacted r = redact(value);
    return r.emails() + r.phones() > 0;
  }

  private static boolean isPhone(String run) {
    if (run.contains(". ")) {
      return false; // a sentence ends there: "2015 - 2019. 2 years"
    }
    long digits = run.chars().filter(Character::isDigit).count();
    return digits >= MIN_PHONE_DIGITS && digits <= MAX_PHONE_DIGITS && !YEARS.matcher(run).matches();
  }

  /**
   * The phone numbers in a run of digits and separators: the whole run when it is one, else the
   * longest stretches of its space-separated groups that are ({@code 98765 43210 2015-2019} holds
   * one number and a range).
   */
  private static List<int[]> phones(String run) {
    if (isPhone(run)) {
      return List.of(new int[] {0, run.length()});
    }
    List<int[]> groups = new ArrayList<>();
    Matcher g = GROUP.matcher(run);
    while (g.find()) {
      groups.add(new int[] {g.start(), g.end()});
    }
    List<int[]> out = new ArrayList<>();
    int i = 0;
    while (i < groups.size()) {
      int best = -1;
      char first = run.charAt(groups.get(i)[0]);
      if (!Character.isDigit(first) && first != '+' && first != '(') {
        i++; // a number starts with a digit, + or a bracket, not with a separator
        continue;
      }
      for (int j = i; j < groups.size(); j++) {
        String part = run.substring(groups.get(i)[0], groups.get(j)[1]);
        if (part.chars().filter(Character::isDigit).count() > MAX_PHONE_DIGITS) {
          break;
        }
        char last = part.charAt(part.length() - 1);
        if ((Character.isDigit(last) || last == ')') && isPhone(part)) {
          best = j;
        }
      }
      if (best >= 0) {
        out.add(new int[] {groups.get(i)[0], groups.get(best)[1]});
        i = best + 1;
      } else {
        i++;
      }
    }
    return out;
  }

  private static String replace(Pattern p, String text, int[] counts, int kind) {
    Matcher m = p.matcher(text);
    StringBuilder out = new StringBuilder(text.length());
    int last = 0;
    while (m.find()) {
      List<int[]> spans = kind == 1 ? phones(m.group()) : List.of(new int[] {0, m.group().length()});
      for (int[] sp : spans) {
        out.append(text, last, m.start() + sp[0]).append(MARK);
        last = m.start() + sp[1];
        counts[kind]++;
      }
    }
    return last == 0 ? text : out.append(text, last, text.length()).toString();
  }
}
