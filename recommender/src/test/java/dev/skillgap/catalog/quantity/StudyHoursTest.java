package dev.skillgap.catalog.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.skillgap.catalog.quantity.StudyHours.Estimate;
import dev.skillgap.catalog.quantity.StudyHours.Outcome;
import org.junit.jupiter.api.Test;

class StudyHoursTest {

  static Estimate hours(String h) {
    return StudyHours.estimate(h);
  }

  @Test
  void statedHoursAreKeptAsWritten() {
    assertEquals(new Estimate(1.5, Outcome.STATED, ""), hours("1.5"));
    assertEquals(new Estimate(0.5166666666666666, Outcome.STATED, ""), hours("0.5166666666666666"));
    assertEquals(new Estimate(12.0, Outcome.STATED, ""), hours("12h"));
    assertEquals(new Estimate(12.0, Outcome.STATED, ""), hours(" 12 Hours "));
    assertEquals(new Estimate(10.0, Outcome.STATED, ""), hours("10 hours on-demand video"));
    assertEquals(new Estimate(1.5, Outcome.STATED, ""), hours("1 hour 30 minutes"));
    assertEquals(new Estimate(1.5, Outcome.STATED, ""), hours("1h 30m"));
    assertEquals(new Estimate(0.75, Outcome.STATED, ""), hours("45 mins"));
    assertEquals(new Estimate(1.5, Outcome.STATED, ""), hours("1,5 hours"), "a decimal comma");
    assertEquals(new Estimate(1200.0, Outcome.STATED, ""), hours("1,200 hrs"), "a thousands comma");
    assertEquals(new Estimate(10.0, Outcome.STATED, ""), hours("Module 3: 10 hours"), "a stray number is no figure");
  }

  @Test
  void aRangeIsItsMidpoint() {
    assertEquals(new Estimate(2.5, Outcome.STATED, ""), hours("2–3 hours"));
    assertEquals(new Estimate(3.0, Outcome.STATED, ""), hours("2 to 4 hrs"));
    assertEquals(new Estimate(2.5, Outcome.STATED, ""), hours("2-3"));
  }

  @Test
  void isoDurationsFollowIsoDuration() {
    assertEquals(new Estimate(20.0, Outcome.STATED, ""), hours("PT20H"));
    assertEquals(new Estimate(16.0, Outcome.STATED, ""), hours("P2D"));
    assertEquals(Outcome.CALENDAR_ONLY, hours("P3M").outcome());
    assertEquals(new Estimate(32.5, Outcome.EFFORT_TIMES_LENGTH, "2.5 h a week for 13 weeks, from '2-3 hours per week' with"
        + " 'P3M'"), StudyHours.estimate("P3M", "2-3 hours per week", null), "3 months are 13 weeks");
    assertEquals(new Estimate(null, Outcome.NEGATIVE, "'-PT5H' is negative"), hours("-PT5H"));
  }

  @Test
  void aDayIsAFullLearningDay() {
    assertEquals(new Estimate(16.0, Outcome.STATED, ""), hours("2 days"));
    assertEquals(new Estimate(20.0, Outcome.STATED, ""), hours("2.5 days"));
  }

  @Test
  void effortTimesLengthGivesHours() {
    assertEquals(new Estimate(15.0, Outcome.EFFORT_TIMES_LENGTH, "2.5 h a week for 6 weeks, from '2–3 hours per week'"
        + " with '6 Weeks'"), StudyHours.estimate(null, "2–3 hours per week", "6 Weeks"));
    assertEquals(new Estimate(21.7, Outcome.EFFORT_TIMES_LENGTH, "2.5 h a week for 8.67 weeks, from '2-3 hrs/week'"
        + " with '1 - 3 Months'"), StudyHours.estimate(null, "2-3 hrs/week", "1 - 3 Months"),
        "2 months are 8.67 weeks; the product is rounded to a tenth");
    assertEquals(15.0, StudyHours.estimate("2-3 hours a week for 6 weeks").hours(), "both in one text");
    assertEquals(30.0, StudyHours.estimate(null, "3", "10").hours(), "bare numbers take their field's unit");
    assertEquals(20.0, StudyHours.estimate(null, "1 hour per day", "4 weeks").hours(), "a day a week is 5 learning days");
    assertEquals(52.0, StudyHours.estimate(null, "1 hour weekly", "1 year").hours());
  }

  @Test
  void statedHoursWinOverEffortAndLength() {
    assertEquals(new Estimate(40.0, Outcome.STATED, ""), StudyHours.estimate("40", "2–3 hours per week", "6 Weeks"));
    assertEquals(new Estimate(20.0, Outcome.STATED, ""), StudyHours.estimate(null, null, "20 hours"),
        "hours in a length field are hours");
  }

  @Test
  void halfAnEstimateGivesNoHoursAndSaysWhy() {
    assertEquals(new Estimate(null, Outcome.CALENDAR_ONLY, "'1 - 3 Months' is a calendar length, which gives no"
        + " learning hours without an effort per week"), hours("1 - 3 Months"));
    assertEquals(new Estimate(null, Outcome.CALENDAR_ONLY, "'6 Weeks' is a calendar length, which gives no learning hours"
        + " without an effort per week"), StudyHours.estimate(null, null, "6 Weeks"));
    assertEquals(new Estimate(null, Outcome.EFFORT_ONLY, "'2–3 hours per week' gives hours per week but no length to"
        + " multiply them by"), StudyHours.estimate(null, "2–3 hours per week", null));
    assertEquals(new Estimate(null, Outcome.CALENDAR_ONLY, "'1 - 3 Months' is a calendar length, which gives no learning"
        + " hours without an effort per week; 'about four hours a week' gives no figure this reader understands"),
        StudyHours.estimate(null, "about four hours a week", "1 - 3 Months"));
  }

  @Test
  void unreadableZeroNegativeAndAbsentTexts() {
    assertEquals(new Estimate(null, Outcome.UNREADABLE, "'twenty hours' holds no hours, effort or length this reader"
        + " understands"), hours("twenty hours"));
    assertEquals(Outcome.UNREADABLE, hours("Self-paced").outcome());
    assertEquals(Outcome.UNREADABLE, hours("5 modules").outcome(), "a number followed by a word is no time");
    assertEquals(Outcome.UNREADABLE, hours("HTML5").outcome());
    assertEquals(new Estimate(null, Outcome.ZERO, "'0.0' is no learning time; the hours are left unknown"), hours("0.0"));
    assertEquals(new Estimate(null, Outcome.NEGATIVE, "'-6' is negative"), hours("-6"));
    assertEquals(new Estimate(null, Outcome.NEGATIVE, "'−2 weeks' is negative"), StudyHours.estimate(null, "2 h/week",
        "−2 weeks"));
    assertEquals(new Estimate(null, Outcome.ABSENT, ""), StudyHours.estimate(null, " ", ""));
  }
}
