package dev.skillgap.pipeline.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ProportionTest {

  static final double EPS = 1e-12;

  @Test
  void wilsonIntervalsAsPublishedAndAsPythonComputesThem() {
    Proportion p = new Proportion(8, 10);
    assertEquals(0.8, p.value(), EPS);
    assertEquals(0.4901624715366418, p.lower(), EPS);
    assertEquals(0.9433178485456248, p.upper(), EPS);
    assertEquals("0.800 [0.490, 0.943] (8/10)", p.toString());

    Proportion q = new Proportion(161, 198);
    assertEquals(0.753066193356417, q.lower(), EPS);
    assertEquals(0.8612773648228539, q.upper(), EPS);
  }

  @Test
  void theIntervalStaysInsideZeroAndOneAtTheEnds() {
    assertEquals(0.0, new Proportion(0, 5).lower(), EPS);
    assertEquals(0.43448246478317476, new Proportion(0, 5).upper(), EPS);
    assertEquals(0.5655175352168251, new Proportion(5, 5).lower(), EPS);
    assertEquals(1.0, new Proportion(5, 5).upper(), EPS);
  }

  @Test
  void nothingJudgedIsSaidSoAndSamplesAdd() {
    Proportion none = new Proportion(0, 0);
    assertEquals(0, none.value());
    assertEquals(0, none.lower());
    assertEquals(1, none.upper());
    assertEquals("- (0 judged)", none.toString());
    assertEquals(new Proportion(9, 13), new Proportion(8, 10).plus(new Proportion(1, 3)));
    assertThrows(IllegalArgumentException.class, () -> new Proportion(4, 3));
  }
}
