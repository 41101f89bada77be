package dev.skillgap.catalog.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class IsoDurationTest {

  static Double hours(String s) {
    return IsoDuration.parse(s).hours();
  }

  @Test
  void hoursMinutesAndSecondsAreExact() {
    assertEquals(20.0, hours("PT20H"));
    assertEquals(1.5, hours("PT1H30M"));
    assertEquals(1.5, hours("PT90M"));
    assertEquals(0.5, hours("PT1800S"));
    assertEquals(2.0, hours("pt2h"));
    assertEquals(2.5, hours("PT2.5H"));
  }

  @Test
  void aDayIsEightHoursAndAWeekFiveDays() {
    assertEquals(16.0, hours("P2D"));
    assertEquals(10.0, hours("P1DT2H"));
    assertEquals(40.0, hours("P1W"));
    assertEquals(48.0, hours("P1W1D"));
  }

  @Test
  void monthsAndYearsAreCalendarSpans() {
    assertTrue(IsoDuration.parse("P3M").calendarSpan());
    assertNull(hours("P3M"));
    assertTrue(IsoDuration.parse("P1Y").calendarSpan());
    assertEquals(3.0, hours("PT3M") * 60, 1e-9);
  }

  @Test
  void otherTextIsNotADuration() {
    assertNull(IsoDuration.parse("P"));
    assertNull(IsoDuration.parse("PT"));
    assertNull(IsoDuration.parse("20 hours"));
    assertNull(IsoDuration.parse("20"));
    assertTrue(IsoDuration.parse("-PT5H").negative());
  }
}
