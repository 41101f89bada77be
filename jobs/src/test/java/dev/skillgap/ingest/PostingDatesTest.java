package dev.skillgap.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Every ISO 8601 date form a feed uses, the other forms read with a flag, and what is no date. */
class PostingDatesTest {

  static String read(String raw) {
    PostingDates.Reading r = PostingDates.read(raw, "datePosted");
    if (r instanceof PostingDates.Day d) {
      return d.date() + (d.flag() == null ? "" : " " + d.flag().wireName() + " | " + d.how());
    }
    return "unreadable | " + ((PostingDates.Unreadable) r).why();
  }

  @Test
  void everyIso8601CalendarDateAndDateTimeIsTheDayWritten() {
    for (String s : new String[] {"2020-10-14", "2020-10-14T10:15:22Z", "2020-10-14T10:15:22+01:00",
        "2020-10-14T10:15:22+0100", "2020-10-14T10:15:22+01", "2020-10-14T10:15:22.123456Z", "2020-10-14T10:15:22,5-05:00",
        "2020-10-14T10:15", "2020-10-14T10", "2020-10-14 10:15:22", "20201014", "20201014T101522Z", "20201014T1015+0100",
        " 2020-10-14T23:59:59-12:00 ", "2020-10-14T24:00:00Z"}) {
      assertEquals("2020-10-14", read(s), s);
    }
  }

  @Test
  void weekAndOrdinalDates() {
    assertEquals("2020-10-12", read("2020-W42"));
    assertEquals("2020-10-14", read("2020-W42-3"));
    assertEquals("2020-10-14", read("2020W423"));
    assertEquals("2020-12-31", read("2020-W53-4"), "2020 has 53 ISO weeks");
    assertEquals("unreadable | datePosted 2021-W53 does not exist (2021 has 52 ISO weeks)", read("2021-W53"));
    assertEquals("2020-10-14", read("2020-288"));
    assertEquals("2020-12-31", read("2020-366"));
    assertEquals("unreadable | datePosted 2021-366 does not exist (2021 has 365 days)", read("2021-366"));
  }

  @Test
  void otherFormsAreReadButFlagged() {
    assertEquals("2020-10-01 date-imprecise | datePosted 2020-10 names a month: read as its first day, 2020-10-01",
        read("2020-10"));
    assertEquals("2026-11-25 date-not-iso | datePosted \"25/11/2026\" is not ISO 8601: read as 2026-11-25"
        + " (day/month/year)", read("25/11/2026"));
    assertEquals("2026-11-25 date-not-iso | datePosted \"11/25/2026\" is not ISO 8601: read as 2026-11-25"
        + " (month/day/year)", read("11/25/2026"));
    assertEquals("2026-11-11 date-not-iso | datePosted \"11.11.2026\" is not ISO 8601: read as 2026-11-11"
        + " (day/month/year)", read("11.11.2026"));
    assertEquals("2020-10-14 date-not-iso | datePosted 1602670522 is not ISO 8601: read as epoch seconds, 2020-10-14"
        + " (UTC)", read("1602670522"));
    assertEquals("2020-10-14 date-not-iso | datePosted 1602670522000 is not ISO 8601: read as epoch milliseconds,"
        + " 2020-10-14 (UTC)", read("1602670522000"));
    assertEquals("2020-10-14 date-not-iso | datePosted \"Wed, 14 Oct 2020 10:15:22 +0100\" is not ISO 8601: read as"
        + " 2020-10-14 (RFC 1123)", read("Wed, 14 Oct 2020 10:15:22 +0100"));
  }

  @Test
  void whatIsNoDateSaysWhy() {
    assertEquals("unreadable | no datePosted", read(null));
    assertEquals("unreadable | datePosted is blank", read("  "));
    assertEquals("unreadable | datePosted \"not-a-date\" is not an ISO 8601 date", read("not-a-date"));
    assertEquals("unreadable | datePosted 2026-02-29 does not exist (February 2026 has 28 days)", read("2026-02-29"));
    assertEquals("unreadable | datePosted 2026-13-01 does not exist (month 13 does not exist)", read("2026-13-01"));
    assertEquals("unreadable | datePosted \"2026-11-02T25:00\" has an impossible time (hour 25)", read("2026-11-02T25:00"));
    assertEquals("unreadable | datePosted \"2026-11-02T10:00+19:00\" has an impossible time (offset +19:00)",
        read("2026-11-02T10:00+19:00"));
    assertEquals("unreadable | datePosted \"03/11/2026\" is not an ISO 8601 date, and its day/month order is ambiguous",
        read("03/11/2026"));
    assertEquals("unreadable | datePosted \"31/13/2026\" is not a date (month 13 does not exist)", read("31/13/2026"));
    assertEquals("2024-02-29", read("2024-02-29"), "a leap day exists in a leap year");
  }
}
