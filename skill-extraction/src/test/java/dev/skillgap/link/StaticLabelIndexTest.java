package dev.skillgap.link;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skillgap.link.LabelVectorIndex.Hit;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class StaticLabelIndexTest {

  static float[] unit(float... v) {
    double n = 0;
    for (float x : v) {
      n += x * x;
    }
    float[] out = v.clone();
    for (int i = 0; i < out.length; i++) {
      out[i] /= (float) Math.sqrt(n);
    }
    return out;
  }

  /** Concept 3 has two labels, 5 and 8 one each; 2-dimensional for exact answers. */
  static StaticLabelIndex small(int prefixDims, int candidates) {
    return StaticLabelIndex.of(new int[] {3, 3, 5, 8}, new String[] {"a", "a2", "b", "c"},
        new float[][] {unit(1, 0), unit(0, 1), unit(1, 1), unit(-1, 0)}, prefixDims, candidates);
  }

  @Test
  void aConceptScoresAsItsBestLabel() {
    StaticLabelIndex idx = small(2, 256);
    List<Hit> hits = idx.nearest(unit(0.2f, 1), 3);
    assertEquals(List.of(3, 5, 8), hits.stream().map(Hit::concept).toList());
    assertEquals("a2", hits.get(0).label());
    assertEquals(1, hits.get(0).entry());
    assertEquals(unit(0.2f, 1)[1], hits.get(0).score(), 1e-6f);
    assertEquals(hits, idx.exactNearest(unit(0.2f, 1), 3));
    assertEquals(List.of(8), idx.nearest(unit(-1, -0.1f), 1).stream().map(Hit::concept).toList());
    assertEquals(4, idx.size());
    assertEquals(3, idx.conceptCount());
    assertEquals(Math.sqrt(0.5) * unit(0.2f, 1)[0] + Math.sqrt(0.5) * unit(0.2f, 1)[1],
        idx.similarity(5, unit(0.2f, 1)), 1e-6);
    assertEquals(Double.NaN, idx.similarity(4, unit(1, 0)));
  }

  @Test
  void equalScoresGoToTheLowerConcept() {
    StaticLabelIndex idx = StaticLabelIndex.of(new int[] {1, 2, 7}, new String[] {"x", "y", "z"},
        new float[][] {unit(1, 0), unit(1, 0), unit(0, 1)}, 1, 2);
    assertEquals(List.of(1, 2), idx.nearest(unit(1, 0), 2).stream().map(Hit::concept).toList());
    assertEquals(List.of(1, 2, 7), idx.exactNearest(unit(1, 0), 5).stream().map(Hit::concept).toList());
  }

  /**
   * The prefix pass reads the dimensions of largest variance, wherever they are: labels on a circle
   * in dimensions 0 and 2 with a little noise in 1, so a prefix of two and a few candidates find
   * the exact answer, and a prefix of the noisy dimension alone does not.
   */
  @Test
  void twoPassesFindTheExactTopWhenThePrefixCarriesTheSignal() {
    Random r = new Random(3);
    int n = 500;
    float[][] v = new float[n][];
    int[] concepts = new int[n];
    String[] labels = new String[n];
    for (int e = 0; e < n; e++) {
      double angle = r.nextDouble() * 2 * Math.PI;
      v[e] = unit((float) Math.cos(angle), (float) r.nextGaussian() * 0.01f, (float) Math.sin(angle));
      concepts[e] = e;
      labels[e] = "l" + e;
    }
    StaticLabelIndex idx = StaticLabelIndex.of(concepts, labels, v, 2, 20);
    for (int q = 0; q < 50; q++) {
      float[] query = unit((float) r.nextGaussian(), (float) r.nextGaussian() * 0.01f, (float) r.nextGaussian());
      assertEquals(idx.exactNearest(query, 5), idx.nearest(query, 5));
    }
    // one prefix dimension sees only the cosine, so labels at the mirrored angle crowd the candidates
    StaticLabelIndex narrow = StaticLabelIndex.of(concepts, labels, v, 1, 5);
    int differ = 0;
    for (int q = 0; q < 50; q++) {
      float[] query = unit((float) r.nextGaussian(), 0, (float) r.nextGaussian());
      differ += narrow.exactNearest(query, 5).equals(narrow.nearest(query, 5)) ? 0 : 1;
    }
    assertTrue(differ > 10, differ + " of 50 differ");
  }

  @Test
  void topEntriesKeepsTheHighestScores() {
    float[] s = {0.1f, 0.9f, 0.5f, 0.9f, -1f, 0.7f};
    int[] top = StaticLabelIndex.topEntries(s, 3);
    Arrays.sort(top);
    assertArrayEquals(new int[] {1, 3, 5}, top);
    int[] two = StaticLabelIndex.topEntries(s, 1);
    assertArrayEquals(new int[] {1}, two); // tie between 1 and 3: the lower entry stays
  }

  @Test
  void topEntriesAgreesWithSortingEverything() {
    long seed = System.nanoTime();
    System.out.println("topEntriesAgreesWithSortingEverything seed " + seed);
    java.util.Random r = new java.util.Random(seed);
    for (int round = 0; round < 200; round++) {
      int n = 1 + r.nextInt(3000);
      float[] s = new float[n];
      for (int e = 0; e < n; e++) {
        // few distinct values, so that ties are common
        s[e] = round % 2 == 0 ? (float) r.nextGaussian() : r.nextInt(20) / 4f;
      }
      int c = 1 + r.nextInt(300);
      Integer[] order = new Integer[n];
      for (int e = 0; e < n; e++) {
        order[e] = e;
      }
      Arrays.sort(order, (a, b) -> s[a] != s[b] ? Float.compare(s[b], s[a]) : Integer.compare(a, b));
      int[] expected = new int[Math.min(c, n)];
      for (int i = 0; i < expected.length; i++) {
        expected[i] = order[i];
      }
      Arrays.sort(expected);
      int[] top = StaticLabelIndex.topEntries(s, c);
      Arrays.sort(top);
      assertArrayEquals(expected, top, "seed " + seed + ", round " + round + ", n " + n + ", c " + c);
    }
  }

  @Test
  void rejectsBadQueriesAndShapes() {
    StaticLabelIndex idx = small(1, 2);
    assertThrows(IllegalArgumentException.class, () -> idx.nearest(new float[3], 1));
    assertThrows(IllegalArgumentException.class, () -> idx.nearest(unit(1, 0), 0));
    assertThrows(IllegalArgumentException.class, () -> StaticLabelIndex.of(new int[] {2, 1}, new String[] {"a", "b"},
        new float[][] {unit(1, 0), unit(0, 1)}, 1, 2));
    assertThrows(IllegalArgumentException.class, () -> small(3, 2));
  }
}
