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

  /**
   * Each cache's lookups between two snapshots of the same caches, as "name 42% of 1,234" joined by
   * commas: what a throughput figure is printed beside.
   */
  public static String describeSince(java.util.List<CacheStats> before, java.util.List<CacheStats> after) {
    java.util.List<String> out = new java.util.ArrayList<>(after.size());
    for (int i = 0; i < after.size(); i++) {
      CacheStats c = after.get(i).since(before.get(i));
      out.add(String.format(java.util.Locale.ROOT, "%s %.0f%% of %,d", c.name(), 100 * c.hitRate(), c.hits() + c.misses()));
    }
    return String.join(", ", out);
  }

  /** The lookups since {@code before}, a snapshot of the same cache. */
  public CacheStats since(CacheStats before) {
    return new CacheStats(name, hits - before.hits, misses - before.misses);
  }
}
