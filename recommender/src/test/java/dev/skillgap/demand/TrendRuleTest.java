package dev.skillgap.demand;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The trend of a skill's share against the earlier weeks, without Spark. */
class TrendRuleTest {

  @Test
  void thePreviousShareIsTheMeanOverTheWeeksComparedWithAbsentWeeksAsZero() {
    assertEquals(0.25, TrendRule.previousShare(List.of(0.5, 0.25, 0.25), 4), 1e-15);
    assertEquals(0.125, TrendRule.previousShare(List.of(0.5), 4), 1e-15);
    assertEquals(0, TrendRule.previousShare(List.of(), 4));
    assertEquals(0, TrendRule.previousShare(null, 4));
    assertEquals(0, TrendRule.previousShare(List.of(0.5), 0));
  }

  @Test
  void thePreviousShareHasTheSameBitsInWhateverOrderTheWeeksArrive() {
    // three weeks' shares whose sum in arrival order takes more than one value
    List<Double> shares = new ArrayList<>(List.of(0.1, 0.2, 0.3));
    assertEquals(false, (0.1 + 0.2) + 0.3 == (0.3 + 0.2) + 0.1, "these shares do not add up alike in every order");
    Set<Double> seen = new HashSet<>();
    Random r = new Random(9);
    for (int i = 0; i < 20; i++) {
      Collections.shuffle(shares, r);
      seen.add(TrendRule.previousShare(shares, 4));
    }
    assertEquals(1, seen.size(), seen.toString());
    assertEquals(0.15, seen.iterator().next(), 1e-15);
  }

  @Test
  void statusNeedsFivePointsAndTwentyPercent() {
    assertEquals(Trend.NEW, TrendRule.status(0.3, 0, false, 2));
    assertEquals(Trend.NEW, TrendRule.status(0.3, 0.3, true, 0));
    assertEquals(Trend.GONE, TrendRule.status(0, 0.2, true, 2));
    assertEquals(Trend.RISING, TrendRule.status(0.3, 0.2, true, 2));
    assertEquals(Trend.FALLING, TrendRule.status(0.2, 0.3, true, 2));
    assertEquals(Trend.STEADY, TrendRule.status(0.33, 0.3, true, 2), "3 points");
    assertEquals(Trend.STEADY, TrendRule.status(0.9, 0.84, true, 2), "6 points but 7%");
  }
}
