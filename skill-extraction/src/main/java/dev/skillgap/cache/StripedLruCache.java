package dev.skillgap.cache;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A bounded, thread-safe map from string keys to values, shared by the extractor's caches: keys are
 * spread over lock stripes by hash, and each stripe is an access-ordered map that drops its least
 * recently used entry when it holds more than its share of the bound.
 *
 * @param <V> the cached values (handed out as stored, so callers must not modify them)
 */
public final class StripedLruCache<V> {

  private final Stripe<V>[] stripes;

  /**
   * @param maxEntries about how many entries are kept (the bound is kept per stripe, so the exact
   *     total may be lower)
   * @param stripes number of lock stripes, a power of two
   */
  @SuppressWarnings("unchecked")
  public StripedLruCache(int maxEntries, int stripes) {
    if (maxEntries < 1) {
      throw new IllegalArgumentException("maxEntries must be >= 1: " + maxEntries);
    }
    if (stripes < 1 || Integer.bitCount(stripes) != 1) {
      throw new IllegalArgumentException("stripes must be a power of two: " + stripes);
    }
    int perStripe = Math.max(1, maxEntries / stripes);
    this.stripes = new Stripe[stripes];
    for (int i = 0; i < stripes; i++) {
      this.stripes[i] = new Stripe<>(perStripe);
    }
  }

  /** The value held for {@code key}, or null; a hit makes the entry the most recently used. */
  public V get(String key) {
    return stripeOf(key).get(key);
  }

  /** Stores {@code value} unless {@code key} already has one; returns the value held afterwards. */
  public V putIfAbsent(String key, V value) {
    return stripeOf(key).putIfAbsent(key, value);
  }

  /** Entries held now. */
  public long size() {
    long size = 0;
    for (Stripe<V> s : stripes) {
      size += s.size();
    }
    return size;
  }

  /** Drops every entry. */
  public void clear() {
    for (Stripe<V> s : stripes) {
      s.clear();
    }
  }

  private Stripe<V> stripeOf(String key) {
    return stripes[stripeIndex(key.hashCode(), stripes.length)];
  }

  /**
   * The stripe of a key with hash {@code hash}: the top bits of the hash times the golden ratio.
   * Not the low bits, which each stripe's map uses for its buckets: keys that share a stripe would
   * then share their low bits and crowd a few of the buckets into long (tree) chains.
   */
  static int stripeIndex(int hash, int stripes) {
    return (int) (((hash * 0x9E3779B9) & 0xFFFFFFFFL) * stripes >>> 32);
  }

  /** One lock-guarded LRU map. */
  private static final class Stripe<V> {
    private final ReentrantLock lock = new ReentrantLock();
    private final LinkedHashMap<String, V> map;

    Stripe(int capacity) {
      this.map = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
          return size() > capacity;
        }
      };
    }

    V get(String key) {
      lock.lock();
      try {
        return map.get(key);
      } finally {
        lock.unlock();
      }
    }

    V putIfAbsent(String key, V value) {
      lock.lock();
      try {
        V old = map.putIfAbsent(key, value);
        return old == null ? value : old;
      } finally {
        lock.unlock();
      }
    }

    int size() {
      lock.lock();
      try {
        return map.size();
      } finally {
        lock.unlock();
      }
    }

    void clear() {
      lock.lock();
      try {
        map.clear();
      } finally {
        lock.unlock();
      }
    }
  }
}
