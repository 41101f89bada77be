package dev.skillgap.catalog;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The topics a course title names, each a short phrase to link as a skill tag is: "Introduction to
 * Cybersecurity" names cybersecurity, "Machine Learning with Python: A Practical Introduction"
 * machine learning and Python, "Nutrition and Health: Micronutrients" nutrition, health and
 * micronutrients. A title says what a course teaches in the few words a tag uses, where the
 * description says it in sentences about the course; catalogues without descriptions (most
 * Udemy exports) have nothing else. Pure functions.
 */
final class CourseTitles {

  /** The most words a topic has: longer pieces are sentences ("Learn how to invest for huge profits"), not topics. */
  static final int MAX_WORDS = 4;

  /** How a title introduces its topic ("Introduction to", "The Complete Guide to", "Learn"): dropped from the front. */
  private static final Pattern LEAD = Pattern.compile("(?i)^(?:(?:an?|the)\\s+)?(?:(?:complete|ultimate|practical|"
      + "comprehensive|essential|absolute)\\s+)*(?:introduction|intro\\.?|introductory\\s+course|overview|fundamentals|"
      + "basics|essentials|principles|foundations|beginner'?s?\\s+guide|guide|crash\\s+course|masterclass|"
      + "learn(?:ing)?|master(?:ing)?|understanding|getting\\s+started|get\\s+started|how\\s+to)\\b(?:\\s+(?:to|of|in|with|"
      + "on|for)\\b)?\\s*");
  /** Words that say how a course is packaged, not what it teaches: dropped anywhere. */
  private static final Pattern PACKAGING = Pattern.compile("(?i)\\b(?:part\\s+[ivx0-9]+|level\\s+[ivx0-9]+|"
      + "(?:for|from)\\s+(?:absolute\\s+)?(?:beginners?|dummies|everyone|professionals|kids)|101|\\d{4}|"
      + "courses?|masterclass|bootcamp|tutorials?|lessons?|training|made\\s+(?:easy|simple)|step\\s+by\\s+step|"
      + "the\\s+complete|complete|ultimate|a\\s+practical\\s+introduction|an?\\s+introduction|introduction|"
      + "beginners?|advanced|intermediate|basics|essentials|fundamentals|foundations|hands[-\\s]on|"
      + "\\d+\\s+(?:easy\\s+|simple\\s+)?(?:steps|days|hours|minutes|weeks))\\b");
  /** Where a title's topics meet: colons, bars, commas, brackets, dashes, "and", "&", "with", "using", "for", "in". */
  private static final Pattern JOINS = Pattern.compile("(?i)\\s*(?:[:|,;()\\[\\]!?]|\\s[-\u2013\u2014]+\\s|&|\\+|"
      + "\\band\\b|\\bwith\\b|\\busing\\b|\\bfor\\b|\\bin\\b|\\bvia\\b|\\bthrough\\b)\\s*");
  /** Pieces that are no topic on their own ("Java, Angular 2, Spring and More"). */
  private static final Set<String> EMPTY = Set.of("a", "an", "the", "how", "to", "your", "you", "my", "of", "on", "it",
      "new", "free", "pro", "one", "two", "three", "more", "much more", "beyond", "everything", "all", "others",
      "the past", "the future", "today", "now");

  private CourseTitles() {}

  /** The topics of {@code title}, in title order, without repeats (compared in lower case); empty for a blank title. */
  static List<String> topics(String title) {
    if (title == null || title.isBlank()) {
      return List.of();
    }
    Set<String> seen = new LinkedHashSet<>();
    List<String> out = new ArrayList<>();
    for (String piece : JOINS.split(title.strip())) {
      String p = piece.strip();
      for (String before = ""; !before.equals(p); ) {
        before = p;
        p = LEAD.matcher(p).replaceFirst("").strip();
      }
      p = PACKAGING.matcher(p).replaceAll(" ").replaceAll("[^\\p{L}\\p{N}#+.'\\s-]", " ").replaceAll("\\s+", " ")
          .replaceAll("^[-.'\\s]+|[-.'\\s]+$", "");
      String[] words = p.isEmpty() ? new String[0] : p.split(" ");
      if (words.length == 0 || words.length > MAX_WORDS || EMPTY.contains(p.toLowerCase(Locale.ROOT))) {
        continue;
      }
      if (seen.add(p.toLowerCase(Locale.ROOT))) {
        out.add(p);
      }
    }
    return out;
  }
}
