package dev.skillgap.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The logistic fit on data whose maximum-likelihood answer is known in closed form. */
class LogisticFitTest {

  @Test
  void aBinaryFeatureGetsTheLogOddsOfEachGroup() {
    // x = 0: 1 positive in 4 (log odds -ln 3); x = 1: 3 in 4 (+ln 3); so w0 = -ln 3, w1 = 2 ln 3.
    List<LogisticFit.Row> rows = new ArrayList<>();
    for (boolean y : new boolean[] {true, false, false, false}) {
      rows.add(new LogisticFit.Row(new double[] {0}, y));
    }
    for (boolean y : new boolean[] {true, true, true, false}) {
      rows.add(new LogisticFit.Row(new double[] {1}, y));
    }
    assertArrayEquals(new double[] {-Math.log(3), 2 * Math.log(3)}, LogisticFit.fit(rows, 0), 1e-9);
  }

  @Test
  void aRidgeKeepsSeparableDataFinite() {
    List<LogisticFit.Row> rows = List.of(new LogisticFit.Row(new double[] {0}, false),
        new LogisticFit.Row(new double[] {1}, true));
    double[] w = LogisticFit.fit(rows, 1.0);
    assertEquals(true, Double.isFinite(w[1]) && w[1] > 0 && w[1] < 10, java.util.Arrays.toString(w));
  }
}
