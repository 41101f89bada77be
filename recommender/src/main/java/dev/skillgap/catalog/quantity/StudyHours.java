package dev.skillgap.catalog.quantity;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Learning hours from the text catalogues write: a number of hours ({@code "1.5"}, {@code "12h"},
 * {@code "1 hour 30 minutes"}), an ISO-8601 duration ({@code PT20H}, read by {@link IsoDuration}),
 * or an effort per week times a length ({@code "2–3 hours per week"} with {@code "6 Weeks"}). Pure
 * functions, stateless.
 *
 * <p><b>Conventions.</b>
 *
 * <ul>
 *   <li>A range ({@code "2–3"}, {@code "1 - 3 Months"}, {@code "2 to 4"}) is its midpoint: the
 *       catalogue's own middle estimate, neither promising the least nor the most.
 *   <li>Hours, minutes and seconds are exact and add up ({@code "1h 30m"} is 1.5 h).
 *   <li>A day is a full learning day of {@link IsoDuration#HOURS_PER_DAY} hours, as in ISO durations,
 *       so a "2 day" course is 16 h; an effort "per day" is {@link IsoDuration#DAYS_PER_WEEK} days a
 *       week.
 *   <li>Weeks, months and years are calendar lengths: they say how long a course runs, not how much
 *       work it is, so they give hours only times an effort per week. A month is {@link
 *       #WEEKS_PER_MONTH} weeks (a twelfth of {@link #WEEKS_PER_YEAR}).
 *   <li>A bare number takes the unit of its field: hours in an hours field, hours per week in an
 *       effort field, weeks in a length field.
 *   <li>Hours worked out as effort times length are rounded to a tenth of an hour (months make
 *       repeating decimals); stated hours are kept as written.
 *   <li>Zero hours is no learning time at all, so it counts as unknown ({@link Outcome#ZERO}); a
 *       negative figure is impossible ({@link Outcome#NEGATIVE}).
 * </ul>
 */
public final class StudyHours {

  /** Weeks in a year of a course's calendar: 52, ignoring the odd day. */
  public static final double WEEKS_PER_YEAR = 52.0;
  /** Weeks in a month: a twelfth of {@link #WEEKS_PER_YEAR}, about 4.33. */
  public static final double WEEKS_PER_MONTH = WEEKS_PER_YEAR / 12.0;

  private static final String NUM = "\\d+(?:\\.\\d+)?";
  /** A number or range, a unit, and an optional "per week" / "per day". */
  private static final Pattern QUANTITY = Pattern.compile("(?<a>" + NUM + ")(?:\\s*-\\s*(?<b>" + NUM + "))?\\+?\\s*"
      + "(?:(?<unit>hours?|hrs?|h|minutes?|mins?|m|seconds?|secs?|s|days?|d|weeks?|wks?|w|months?|mos?|years?|yrs?|y)"
      + "(?![a-z])(?<rate>\\s*(?:per|a|/|each|every)\\s*(?<per>week|wk|w|day|d)(?![a-z])|\\s*(?<ly>weekly|daily)(?![a-z]))?"
      // a number without a unit must not be followed by a word: "5 modules" is no figure of time
      + "|(?!\\s*[a-z]))");

  private StudyHours() {}

  /** What one text says, each part null when it does not say it. */
  record Reading(Double hours, Double perWeek, Double weeks, Double bare, boolean negative, boolean readable) {
    static final Reading BLANK = new Reading(null, null, null, null, false, true);
    static final Reading UNREADABLE = new Reading(null, null, null, null, false, false);

    boolean blank() {
      return readable && !negative && hours == null && perWeek == null && weeks == null && bare == null;
    }
  }

  /** How {@link #estimate} arrived at its hours, or why it has none. */
  public enum Outcome {
    /** Hours as the catalogue states them. */
    STATED(true),
    /** An effort per week times a length in weeks. */
    EFFORT_TIMES_LENGTH(true),
    /** No text at all. */
    ABSENT(false),
    /** Only an effort per week, with no length to multiply it by. */
    EFFORT_ONLY(false),
    /** Only a calendar length, with no effort per week to multiply it by. */
    CALENDAR_ONLY(false),
    /** Zero hours, which is no learning time. */
    ZERO(false),
    /** Text that holds no figure this class reads. */
    UNREADABLE(false),
    /** A negative figure: impossible. */
    NEGATIVE(false);

    private final boolean hasHours;

    Outcome(boolean hasHours) {
      this.hasHours = hasHours;
    }

    /** Whether an estimate with this outcome has hours. */
    public boolean hasHours() {
      return hasHours;
    }
  }

  /**
   * The hours of a course, or why there are none.
   *
   * @param hours learning hours, null unless {@link Outcome#hasHours()}
   * @param outcome how they were found, or why not
   * @param detail for every outcome but {@link Outcome#STATED} and {@link Outcome#ABSENT}, what was
   *     read, quoting the text, in words for a warning; else empty
   */
  public record Estimate(Double hours, Outcome outcome, String detail) {}

  /** The hours of a single text in an hours field; see {@link #estimate(String, String, String)}. */
  public static Estimate estimate(String hours) {
    return estimate(hours, null, null);
  }

  /**
   * The hours of a course from up to three texts, each null or blank when absent: {@code hours}
   * (total hours, or anything below), {@code effort} (hours per week) and {@code length} (how long
   * it runs). Hours stated anywhere win; otherwise an effort per week found in any of them times a
   * calendar length found in any of them.
   */
  public static Estimate estimate(String hours, String effort, String length) {
    Reading h = read(hours);
    Reading e = read(effort);
    Reading l = read(length);
    String negative = h.negative() ? hours : e.negative() ? effort : l.negative() ? length : null;
    if (negative != null) {
      return new Estimate(null, Outcome.NEGATIVE, quote(negative) + " is negative");
    }
    // Each figure with the text it came from, in order of preference.
    Figure stated = Figure.first(new Figure(h.hours(), hours), new Figure(h.bare(), hours), new Figure(l.hours(), length));
    Figure perWeek = Figure.first(new Figure(e.perWeek(), effort), new Figure(e.hours(), effort),
        new Figure(e.bare(), effort), new Figure(h.perWeek(), hours), new Figure(l.perWeek(), length));
    Figure weeks = Figure.first(new Figure(l.weeks(), length), new Figure(l.bare(), length), new Figure(h.weeks(), hours),
        new Figure(e.weeks(), effort));
    String unread = join(h.readable() ? null : hours, e.readable() ? null : effort, l.readable() ? null : length);
    String alsoUnread = unread.isEmpty() ? "" : "; " + unread + " gives no figure this reader understands";
    if (stated != null) {
      return stated.value() == 0 ? new Estimate(null, Outcome.ZERO, quote(stated.text())
          + " is no learning time; the hours are left unknown") : new Estimate(stated.value(), Outcome.STATED, "");
    }
    if (perWeek != null && weeks != null) {
      double total = Math.round(perWeek.value() * weeks.value() * 10) / 10.0;
      String from = join(perWeek.text(), weeks.text().equals(perWeek.text()) ? null : weeks.text());
      return total == 0 ? new Estimate(null, Outcome.ZERO, from + " is no learning time; the hours are left unknown")
          : new Estimate(total, Outcome.EFFORT_TIMES_LENGTH, number(perWeek.value()) + " h a week for "
          + number(weeks.value()) + " weeks, from " + from);
    }
    if (perWeek != null) {
      return new Estimate(null, Outcome.EFFORT_ONLY, quote(perWeek.text()) + " gives hours per week but no length to"
          + " multiply them by" + alsoUnread);
    }
    if (weeks != null) {
      return new Estimate(null, Outcome.CALENDAR_ONLY, quote(weeks.text()) + " is a calendar length, which gives no"
          + " learning hours without an effort per week" + alsoUnread);
    }
    if (!unread.isEmpty()) {
      return new Estimate(null, Outcome.UNREADABLE, unread + " holds no hours, effort or length this reader understands");
    }
    return new Estimate(null, Outcome.ABSENT, "");
  }

  /** A figure and the text it was read from. */
  private record Figure(Double value, String text) {
    static Figure first(Figure... figures) {
      for (Figure f : figures) {
        if (f.value() != null) {
          return f;
        }
      }
      return null;
    }
  }

  private static String quote(String text) {
    return "'" + text.strip() + "'";
  }

  /** The non-blank texts, quoted, joined by "with". */
  private static String join(String... texts) {
    StringBuilder b = new StringBuilder();
    for (String t : texts) {
      if (t != null && !t.isBlank()) {
        b.append(b.length() == 0 ? "" : " with ").append('\'').append(t.strip()).append('\'');
      }
    }
    return b.toString();
  }

  private static String number(double d) {
    return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(Math.round(d * 100) / 100.0);
  }

  /** Reads one text: its hours, hours per week, weeks and bare number, each null when absent. */
  static Reading read(String text) {
    if (text == null || text.isBlank()) {
      return Reading.BLANK;
    }
    String raw = text.strip();
    IsoDuration.Hours iso = raw.length() > 1 && (raw.charAt(0) == 'P' || raw.charAt(0) == 'p' || raw.startsWith("-P"))
        ? IsoDuration.parse(raw) : null;
    if (iso != null) {
      if (iso.negative()) {
        return new Reading(null, null, null, null, true, true);
      }
      return iso.calendarSpan() ? new Reading(null, null, iso.weeks(), null, false, true)
          : new Reading(iso.hours(), null, null, null, false, true);
    }
    String s = normalise(raw);
    if (s.matches("-\\s*\\d.*")) {
      return new Reading(null, null, null, null, true, true);
    }
    Matcher m = QUANTITY.matcher(s);
    Double hours = null;
    Double perWeek = null;
    Double weeks = null;
    Double bare = null;
    boolean any = false;
    while (m.find()) {
      if (m.start() > 0 && Character.isLetterOrDigit(s.charAt(m.start() - 1))) {
        continue; // a digit inside a word or code ("html5", "level3")
      }
      double v = m.group("b") == null ? Double.parseDouble(m.group("a"))
          : (Double.parseDouble(m.group("a")) + Double.parseDouble(m.group("b"))) / 2;
      String unit = m.group("unit");
      boolean rate = m.group("rate") != null;
      double perDayFactor = rate && isDay(m.group("per"), m.group("ly")) ? IsoDuration.DAYS_PER_WEEK : 1;
      any = true;
      if (unit == null) {
        bare = bare == null ? v : bare;
        continue;
      }
      double h = inHours(unit, v);
      if (!Double.isNaN(h)) {
        if (rate) {
          perWeek = add(perWeek, h * perDayFactor);
        } else {
          hours = add(hours, h);
        }
      } else {
        weeks = add(weeks, inWeeks(unit, v));
      }
    }
    if (!any) {
      return Reading.UNREADABLE;
    }
    if (hours != null || perWeek != null || weeks != null) {
      bare = null; // a stray number beside a figure with a unit ("Module 3: 10 hours") is not a figure
    }
    return new Reading(hours, perWeek, weeks, bare, false, true);
  }

  private static boolean isDay(String per, String ly) {
    return (per != null && per.startsWith("d")) || "daily".equals(ly);
  }

  private static Double add(Double a, double b) {
    return a == null ? b : a + b;
  }

  /** Hours in {@code v} of {@code unit}, or NaN for calendar units (weeks, months, years). */
  private static double inHours(String unit, double v) {
    return switch (unit.charAt(0)) {
      case 'h' -> v;
      case 'm' -> unit.startsWith("mo") ? Double.NaN : v / 60.0;
      case 's' -> v / 3600.0;
      case 'd' -> v * IsoDuration.HOURS_PER_DAY;
      default -> Double.NaN;
    };
  }

  private static double inWeeks(String unit, double v) {
    return switch (unit.charAt(0)) {
      case 'w' -> v;
      case 'm' -> v * WEEKS_PER_MONTH;
      default -> v * WEEKS_PER_YEAR;
    };
  }

  /** Lower case, dashes as hyphens, "to" between numbers as a range, decimal commas as points, thousands commas gone. */
  private static String normalise(String s) {
    String v = s.toLowerCase(Locale.ROOT).replace('\u2013', '-').replace('\u2014', '-').replace('\u2212', '-')
        .replace('\u00a0', ' ');
    v = v.replaceAll("(\\d)\\s*to\\s*(\\d)", "$1-$2");
    v = v.replaceAll("(\\d),(\\d{3})(?!\\d)", "$1$2");
    v = v.replaceAll("(\\d),(\\d{1,2})(?!\\d)", "$1.$2");
    return v.replaceAll("\\s+", " ");
  }
}
