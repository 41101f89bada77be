package dev.skillgap.catalog.quantity;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Learning hours from an ISO-8601 duration. Hours, minutes and seconds are exact ({@code PT1H30M}
 * is 1.5 h). A day of a course is a full learning day of {@link #HOURS_PER_DAY} hours and a week
 * is {@link #DAYS_PER_WEEK} such days, so {@code P2D} is 16 h and {@code P1W} 40 h. Years and
 * months are calendar spans that say nothing about effort: they give no hours, only a length in
 * weeks that an effort per week can turn into hours ({@link StudyHours}). Stateless.
 */
public final class IsoDuration {

  /** Learning hours in one day of a course: a full working day. */
  public static final double HOURS_PER_DAY = 8.0;
  /** Learning days in one week of a course: a working week. */
  public static final double DAYS_PER_WEEK = 5.0;

  private static final String NUM = "(\\d+(?:[.,]\\d+)?)";
  private static final Pattern ISO = Pattern.compile("(-)?P(?:" + NUM + "Y)?(?:" + NUM + "M)?(?:" + NUM + "W)?(?:" + NUM
      + "D)?(?:T(?:" + NUM + "H)?(?:" + NUM + "M)?(?:" + NUM + "S)?)?");

  /**
   * The result: hours, or null with {@code calendarSpan} when the duration is in years or months.
   *
   * @param hours learning hours (negative when the duration is), or null for a calendar span
   * @param calendarSpan whether the duration has years or months
   * @param negative whether the duration is negative
   * @param weeks for a calendar span, its length in weeks (a year is {@link StudyHours#WEEKS_PER_YEAR}
   *     weeks, a month a twelfth of that; its weeks and days count as calendar time too); else null
   */
  public record Hours(Double hours, boolean calendarSpan, boolean negative, Double weeks) {}

  private IsoDuration() {}

  /** Parses {@code s}; returns null when it is not an ISO-8601 duration. */
  public static Hours parse(String s) {
    String v = s.trim().toUpperCase(java.util.Locale.ROOT);
    Matcher m = ISO.matcher(v);
    if (!m.matches() || v.endsWith("P") || v.endsWith("T")) {
      return null;
    }
    boolean negative = m.group(1) != null;
    if (m.group(2) != null || m.group(3) != null) {
      double weeks = num(m.group(2)) * StudyHours.WEEKS_PER_YEAR + num(m.group(3)) * StudyHours.WEEKS_PER_MONTH
          + num(m.group(4)) + num(m.group(5)) / 7.0;
      return new Hours(null, true, negative, negative ? -weeks : weeks);
    }
    double h = num(m.group(4)) * DAYS_PER_WEEK * HOURS_PER_DAY + num(m.group(5)) * HOURS_PER_DAY + num(m.group(6))
        + num(m.group(7)) / 60.0 + num(m.group(8)) / 3600.0;
    return new Hours(negative ? -h : h, false, negative, null);
  }

  private static double num(String g) {
    return g == null ? 0 : Double.parseDouble(g.replace(',', '.'));
  }
}
