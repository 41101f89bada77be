package dev.skillgap.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StripedLruCacheTest {

  @Test
  void keysOfOneStripeStillSpreadOverTheMapsBuckets() {
    int stripes = 64;
    int keys = 200_000;
    java.util.List<java.util.List<Integer>> hashes = new java.util.ArrayList<>();
    for (int s = 0; s < stripes; s++) {
      hashes.add(new java.util.ArrayList<>());
    }
    for (int i = 0; i < keys; i++) {
      int h = ("you will build data pipelines in spark " + i).hashCode();
      hashes.get(StripedLruCache.stripeIndex(h, stripes)).add(h);
    }
    for (java.util.List<Integer> stripe : hashes) {
      assertTrue(stripe.size() > keys / stripes / 2 && stripe.size() < keys / stripes * 2, "uneven: " + stripe.size());
      // the longest bucket chain of a HashMap holding this stripe's keys (table as HashMap sizes it)
      int table = Integer.highestOneBit(stripe.size() * 4 / 3) * 2;
      java.util.Map<Integer, Integer> chains = new java.util.HashMap<>();
      for (int h : stripe) {
        chains.merge((h ^ (h >>> 16)) & (table - 1), 1, Integer::sum);
      }
      // short, as in one map of all the keys (5 here, 8 at worst over the stripes); with the stripe
      // taken from the hash's low bits, as before, it was 72
      assertTrue(java.util.Collections.max(chains.values()) <= 12, "chain " + java.util.Collections.max(chains.values()));
    }
    assertEquals(0, StripedLruCache.stripeIndex(-1, 1));
    assertEquals(0, StripedLruCache.stripeIndex(Integer.MIN_VALUE, 1));
  }

  @Test
  void keepsAtMostItsBoundAndDropsTheLeastRecentlyUsed() {
    StripedLruCache<String> cache = new StripedLruCache<>(2, 1);
    assertEquals("a", cache.putIfAbsent("1", "a"));
    assertEquals("a", cache.putIfAbsent("1", "other"));
    cache.putIfAbsent("2", "b");
    assertSame("a", cache.get("1")); // 1 is now the most recently used
    cache.putIfAbsent("3", "c");
    assertNull(cache.get("2"));
    assertEquals("a", cache.get("1"));
    assertEquals("c", cache.get("3"));
    assertEquals(2, cache.size());
  }
}
