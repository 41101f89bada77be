package dev.skillgap.demand;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An ISO-8601 week, written {@code 2026-W48}: Monday to Sunday, week 1 holding the year's first
 * Thursday.
 */
public record WeekId(int year, int week) implements Comparable<WeekId> {

  private static final Pattern FORMAT = Pattern.compile("(\\d{4})-W(\\d{2})");

  public WeekId {
    if (week < 1 || week > weeksIn(year)) {
      throw new IllegalArgumentException(String.format("%d has no ISO week %d", year, week));
    }
  }

  /** Parses {@code YYYY-Www}; anything else is an error naming the expected form. */
  public static WeekId parse(String s) {
    Matcher m = FORMAT.matcher(s == null ? "" : s.trim());
    if (!m.matches()) {
      throw new IllegalArgumentException("'" + s + "' is not an ISO week like 2026-W48");
    }
    return new WeekId(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
  }

  /** The week that holds {@code date}. */
  public static WeekId of(LocalDate date) {
    return new WeekId(date.get(IsoFields.WEEK_BASED_YEAR), date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  static int weeksIn(int year) {
    return (int) LocalDate.of(year, 6, 1).range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum();
  }

  /** Monday of this week. */
  public LocalDate monday() {
    return LocalDate.of(year, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }

  /** Sunday of this week. */
  public LocalDate sunday() {
    return monday().plusDays(6);
  }

  public boolean contains(LocalDate d) {
    return !d.isBefore(monday()) && !d.isAfter(sunday());
  }

  /**
   * The {@code n} latest of {@code weeks} that come before {@code week}, oldest first, each once:
   * the earlier weeks a rule over the last few weeks reads.
   */
  public static java.util.List<WeekId> latestBefore(java.util.Collection<WeekId> weeks, WeekId week, int n) {
    if (n < 0) {
      throw new IllegalArgumentException("a negative number of weeks: " + n);
    }
    java.util.List<WeekId> before = weeks.stream().filter(w -> w.compareTo(week) < 0).distinct().sorted().toList();
    return before.subList(Math.max(0, before.size() - n), before.size());
  }

  /** The week before this one. */
  public WeekId previous() {
    return of(monday().minusDays(7));
  }

  @Override
  public int compareTo(WeekId o) {
    return year != o.year ? Integer.compare(year, o.year) : Integer.compare(week, o.week);
  }

  @Override
  public String toString() {
    return String.format("%04d-W%02d", year, week);
  }
}
