package dev.skillgap.ingest;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.time.temporal.IsoFields;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the day a posting was published from its date field. Every ISO 8601 calendar, week and
 * ordinal date is read, alone or with a time in the extended or basic format, with or without
 * fractional seconds and a {@code Z}, {@code +01:00}, {@code +0100} or {@code +01} offset; the day
 * is the one written (the poster's own), not converted to UTC. Slash dates whose day and month
 * order is clear, epoch seconds or milliseconds and RFC 1123 dates are read too but flagged, as is
 * a year-month. Pure functions.
 */
final class PostingDates {

  /** What a date field gave. */
  sealed interface Reading permits Day, Unreadable {}

  /**
   * A day; {@code flag} is null for an ISO 8601 date and otherwise says how it was read, {@code how}
   * in words.
   */
  record Day(LocalDate date, IngestFlag flag, String how) implements Reading {}

  /** No day: why, in words naming the field and the value. */
  record Unreadable(String why) implements Reading {}

  private static final String TIME = "(?:[T ](\\d{2})(?::?(\\d{2})(?::?(\\d{2})(?:[.,]\\d+)?)?)?)?"
      + "(Z|z|[+-]\\d{2}(?::?\\d{2})?)?";
  private static final Pattern CALENDAR = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})" + TIME);
  private static final Pattern CALENDAR_BASIC = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})" + TIME);
  private static final Pattern WEEK = Pattern.compile("(\\d{4})-?W(\\d{2})(?:-?([1-7]))?" + TIME);
  private static final Pattern ORDINAL = Pattern.compile("(\\d{4})-(\\d{3})" + TIME);
  private static final Pattern YEAR_MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern SLASH = Pattern.compile("(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4})(?:[ T,].*)?");
  private static final Pattern EPOCH = Pattern.compile("\\d{9,10}|\\d{12,13}");

  private PostingDates() {}

  /** Reads {@code raw}, the value of {@code field}; null when the record has no such value. */
  static Reading read(String raw, String field) {
    if (raw == null || raw.isBlank()) {
      return new Unreadable(raw == null ? "no " + field : field + " is blank");
    }
    String s = raw.strip();
    for (Pattern p : new Pattern[] {CALENDAR, CALENDAR_BASIC}) {
      Matcher m = p.matcher(s);
      if (m.matches()) {
        String bad = badTime(m, 4);
        int y = Integer.parseInt(m.group(1));
        int mo = Integer.parseInt(m.group(2));
        int d = Integer.parseInt(m.group(3));
        String impossible = impossible(y, mo, d);
        if (impossible != null) {
          return new Unreadable(field + " " + s + " does not exist (" + impossible + ")");
        }
        if (bad != null) {
          return new Unreadable(field + " \"" + s + "\" has an impossible time (" + bad + ")");
        }
        return new Day(LocalDate.of(y, mo, d), null, "");
      }
    }
    Matcher w = WEEK.matcher(s);
    if (w.matches() && badTime(w, 4) == null) {
      int y = Integer.parseInt(w.group(1));
      int week = Integer.parseInt(w.group(2));
      LocalDate monday = LocalDate.of(y, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, 1).with(DayOfWeek.MONDAY);
      long weeks = monday.plusWeeks(52).get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) == 53 ? 53 : 52;
      if (week < 1 || week > weeks) {
        return new Unreadable(field + " " + s + " does not exist (" + y + " has " + weeks + " ISO weeks)");
      }
      int day = w.group(3) == null ? 1 : Integer.parseInt(w.group(3));
      return new Day(monday.plusWeeks(week - 1L).plusDays(day - 1L), null, "");
    }
    Matcher o = ORDINAL.matcher(s);
    if (o.matches() && badTime(o, 3) == null) {
      int y = Integer.parseInt(o.group(1));
      int day = Integer.parseInt(o.group(2));
      int len = java.time.Year.isLeap(y) ? 366 : 365;
      if (day < 1 || day > len) {
        return new Unreadable(field + " " + s + " does not exist (" + y + " has " + len + " days)");
      }
      return new Day(LocalDate.ofYearDay(y, day), null, "");
    }
    Matcher ym = YEAR_MONTH.matcher(s);
    if (ym.matches()) {
      int mo = Integer.parseInt(ym.group(2));
      if (mo < 1 || mo > 12) {
        return new Unreadable(field + " " + s + " does not exist (month " + mo + " does not exist)");
      }
      LocalDate first = LocalDate.of(Integer.parseInt(ym.group(1)), mo, 1);
      return new Day(first, IngestFlag.DATE_IMPRECISE, field + " " + s + " names a month: read as its first day, " + first);
    }
    Matcher sl = SLASH.matcher(s);
    if (sl.matches()) {
      return slash(s, field, Integer.parseInt(sl.group(1)), Integer.parseInt(sl.group(2)),
          Integer.parseInt(sl.group(3)));
    }
    if (EPOCH.matcher(s).matches()) {
      long v = Long.parseLong(s);
      boolean millis = s.length() > 11;
      LocalDate day = Instant.ofEpochMilli(millis ? v : v * 1000).atOffset(ZoneOffset.UTC).toLocalDate();
      return new Day(day, IngestFlag.DATE_NOT_ISO, field + " " + s + " is not ISO 8601: read as epoch "
          + (millis ? "milliseconds" : "seconds") + ", " + day + " (UTC)");
    }
    try {
      LocalDate day = ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate();
      return new Day(day, IngestFlag.DATE_NOT_ISO, field + " \"" + Normalize.shorten(s) + "\" is not ISO 8601: read as "
          + day + " (RFC 1123)");
    } catch (DateTimeParseException e) {
      // not an e-mail or HTTP date either
    }
    return new Unreadable(field + " \"" + Normalize.shorten(s) + "\" is not an ISO 8601 date");
  }

  /** A slash or dot date: read when only one of day/month/year and month/day/year is a real day. */
  private static Reading slash(String s, String field, int a, int b, int y) {
    String asDayMonth = impossible(y, b, a);
    String asMonthDay = impossible(y, a, b);
    if (asDayMonth != null && asMonthDay != null) {
      return new Unreadable(field + " \"" + s + "\" is not a date (" + (a > 12 ? asDayMonth : asMonthDay) + ")");
    }
    if (asDayMonth == null && asMonthDay == null && a != b) {
      return new Unreadable(field + " \"" + s + "\" is not an ISO 8601 date, and its day/month order is ambiguous");
    }
    LocalDate day = asDayMonth == null ? LocalDate.of(y, b, a) : LocalDate.of(y, a, b);
    return new Day(day, IngestFlag.DATE_NOT_ISO, field + " \"" + s + "\" is not ISO 8601: read as " + day + " ("
        + (asDayMonth == null ? "day/month/year" : "month/day/year") + ")");
  }

  /** Why the time or offset in groups from {@code first} is impossible, or null. */
  private static String badTime(Matcher m, int first) {
    int[] max = {24, 59, 60};
    String[] what = {"hour", "minute", "second"};
    for (int i = 0; i < 3; i++) {
      String g = m.group(first + i);
      if (g != null && Integer.parseInt(g) > max[i]) {
        return what[i] + " " + g;
      }
    }
    String off = m.group(first + 3);
    if (off != null && off.length() >= 3 && Integer.parseInt(off.substring(1, 3)) > 18) {
      return "offset " + off;
    }
    return null;
  }

  /** Why year-month-day is not a real day, or null when it is. */
  static String impossible(int y, int m, int d) {
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
}
