package dev.skillgap.link;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EmbeddingCacheTest {

  static SentenceEncoder encoder;

  @BeforeAll
  static void load() throws Exception {
    encoder = new SentenceEncoder();
  }

  @AfterAll
  static void close() {
    encoder.close();
  }

  @Test
  void keysIgnoreCaseAndSpacing() {
    assertEquals("work in teams", EmbeddingCache.key("  Work\tin   TEAMS \n"));
    assertEquals("work in teams", EmbeddingCache.key("work in teams"));
    assertEquals("a b", EmbeddingCache.key("A\u000B\f\rB\u0001"));
  }

  @Test
  void keysAreWhatTheRegularExpressionGave() {
    long seed = System.nanoTime();
    java.util.Random r = new java.util.Random(seed);
    String alphabet = "aBc \t\n\u000B\f\r\u0001\u00a0\u2003İ.";
    for (int i = 0; i < 20_000; i++) {
      StringBuilder b = new StringBuilder();
      for (int k = r.nextInt(12); k > 0; k--) {
        b.append(alphabet.charAt(r.nextInt(alphabet.length())));
      }
      String s = b.toString();
      String expected = s.toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ").trim();
      assertEquals(expected, EmbeddingCache.key(s), () -> "seed " + seed + ", text '" + s + "'");
    }
  }

  @Test
  void countsHitsAndMissesAndReturnsCopies() {
    EmbeddingCache cache = new EmbeddingCache(encoder);
    float[] a = cache.get("Work in teams");
    float[] b = cache.get("work  in teams");
    assertArrayEquals(a, b);
    assertNotSame(a, b);
    assertArrayEquals(encoder.encode("work in teams"), a);
    a[0] = 42;
    assertTrue(cache.get("work in teams")[0] != 42);
    EmbeddingCache.Stats s = cache.stats();
    assertEquals(2, s.hits());
    assertEquals(1, s.misses());
    assertEquals(1, s.size());
    assertEquals(2 / 3.0, s.hitRate(), 1e-9);
  }

  @Test
  void getAllEncodesEachDistinctMissOnceAndMatchesGet() {
    EmbeddingCache cache = new EmbeddingCache(encoder);
    cache.get("SQL");
    float[][] v = cache.getAll(List.of("manage budgets", "sql", "Manage Budgets", "lead others"));
    EmbeddingCache.Stats s = cache.stats();
    assertEquals(3, s.misses(), "SQL, manage budgets, lead others");
    assertEquals(2, s.hits(), "sql from the cache, the second manage budgets from the first");
    assertArrayEquals(v[0], v[2]);
    assertArrayEquals(encoder.encode("lead others"), v[3], "misses are encoded on their own by default");
    assertArrayEquals(encoder.encode("sql"), v[1]);
  }

  @Test
  void batchedMissesAreCloseToSingleOnes() {
    EmbeddingCache cache = new EmbeddingCache(encoder, 1000, true);
    List<String> phrases = List.of("manage budgets", "lead others", "customer service", "Python");
    float[][] v = cache.getAll(phrases);
    for (int i = 0; i < phrases.size(); i++) {
      float[] single = encoder.encode(phrases.get(i));
      float cos = 0;
      for (int d = 0; d < single.length; d++) {
        cos += single[d] * v[i][d];
      }
      assertTrue(cos > 0.97f, phrases.get(i) + " " + cos);
    }
  }

  @Test
  void staysWithinItsBound() {
    EmbeddingCache cache = new EmbeddingCache(encoder, 64, false);
    for (int i = 0; i < 300; i++) {
      cache.get("skill number " + i);
    }
    assertTrue(cache.stats().size() <= 64, cache.stats().toString());
    assertEquals(300, cache.stats().misses());
    cache.clear();
    assertEquals(0, cache.stats().size());
  }

  @Test
  void concurrentLookupsAgree() throws Exception {
    EmbeddingCache cache = new EmbeddingCache(encoder);
    List<String> phrases = List.of("teamwork", "sql", "budgeting", "customer care", "python", "java");
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<float[]>> fs = new ArrayList<>();
      for (int r = 0; r < 20; r++) {
        for (String p : phrases) {
          fs.add(pool.submit(() -> cache.get(p)));
        }
      }
      for (int i = 0; i < fs.size(); i++) {
        assertArrayEquals(encoder.encode(phrases.get(i % phrases.size())), fs.get(i).get());
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(120, cache.stats().hits() + cache.stats().misses());
    assertEquals(phrases.size(), cache.stats().size());
  }
}
