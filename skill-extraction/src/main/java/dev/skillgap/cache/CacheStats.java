package dev.skillgap.cache;

/**
 * One cache's counters.
 *
 * @param name what the cache holds
 * @param hits lookups answered from the cache
 * @param misses lookups that had to compute
 */
public record CacheStats(String name, long hits, long misses) {

  /** Hits over all lookups, 0 before the first. */
  public double hitRate() {
    long all = hits + misses;
    return all == 0 ? 0 : (double) hits / all;
  }

  /** The lookups since {@code before}, a snapshot of the same cache. */
  public CacheStats since(CacheStats before) {
    return new CacheStats(name, hits - before.hits, misses - before.misses);
  }
}
