package dev.skillgap.catalog;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Learning hours from an ISO-8601 duration. Hours, minutes and seconds are exact ({@code PT1H30M}
 * is 1.5 h). A day of a course is a full learning day of {@link #HOURS_PER_DAY} hours and a week
 * is {@link #DAYS_PER_WEEK} such days, so {@code P2D} is 16 h and {@code P1W} 40 h. Years and
 * months are calendar spans that say nothing about effort: they give no hours.
 */
final class IsoDuration {

  /** Learning hours in one day of a course. */
  static final double HOURS_PER_DAY = 8.0;
  /** Learning days in one week of a course. */
  static final double DAYS_PER_WEEK = 5.0;

  private static final String NUM = "(\\d+(?:[.,]\\d+)?)";
  private static final Pattern ISO = Pattern.compile("(-)?P(?:" + NUM + "Y)?(?:" + NUM + "M)?(?:" + NUM + "W)?(?:" + NUM
      + "D)?(?:T(?:" + NUM + "H)?(?:" + NUM + "M)?(?:" + NUM + "S)?)?");

  /** The result: hours, or null with {@code calendarSpan} when the duration is in years or months. */
  record Hours(Double hours, boolean calendarSpan, boolean negative) {}

  private IsoDuration() {}

  /** Parses {@code s}; returns null when it is not an ISO-8601 duration. */
  static Hours parse(String s) {
    String v = s.trim().toUpperCase(java.util.Locale.ROOT);
    Matcher m = ISO.matcher(v);
    if (!m.matches() || v.endsWith("P") || v.endsWith("T")) {
      return null;
    }
    boolean negative = m.group(1) != null;
    if (m.group(2) != null || m.group(3) != null) {
      return new Hours(null, true, negative);
    }
    double h = num(m.group(4)) * DAYS_PER_WEEK * HOURS_PER_DAY + num(m.group(5)) * HOURS_PER_DAY + num(m.group(6))
        + num(m.group(7)) / 60.0 + num(m.group(8)) / 3600.0;
    return new Hours(negative ? -h : h, false, negative);
  }

  private static double num(String g) {
    return g == null ? 0 : Double.parseDouble(g.replace(',', '.'));
  }
}
