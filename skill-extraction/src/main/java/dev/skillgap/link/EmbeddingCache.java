package dev.skillgap.link;

import dev.skillgap.cache.StripedLruCache;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * A bounded, thread-safe phrase-to-vector cache in front of a {@link SentenceEncoder}: phrases are
 * keyed by their {@link #key normalised form} (lower case, whitespace collapsed, trimmed, which the
 * model cannot tell apart anyway), and when full each of its lock stripes drops its least recently
 * used entry. Vectors handed out are copies, so callers may modify them.
 *
 * <p>On a miss the phrase is encoded outside any lock, so two threads may encode the same phrase at
 * once; the first vector stored wins and both get it.
 * With {@code batchMisses} false (the default) every miss is encoded on its own, so a phrase always
 * gets the same vector whatever else is looked up with it, at some cost in throughput; with it
 * true, {@link #getAll} sends its misses to {@link SentenceEncoder#encodeBatch} together, faster,
 * but the int8 model's vectors then depend slightly (cosine about 0.99) on the batch mates.
 */
public final class EmbeddingCache {

  /** Default bound on the number of phrases kept. */
  public static final int DEFAULT_MAX_ENTRIES = 200_000;

  private static final int STRIPES = 64;

  private final SentenceEncoder encoder;
  private final int maxEntries;
  private final boolean batchMisses;
  private final StripedLruCache<float[]> cache;
  private final LongAdder hits = new LongAdder();
  private final LongAdder misses = new LongAdder();

  /** A cache of at most {@value #DEFAULT_MAX_ENTRIES} phrases that encodes each miss on its own. */
  public EmbeddingCache(SentenceEncoder encoder) {
    this(encoder, DEFAULT_MAX_ENTRIES, false);
  }

  /**
   * A cache of at most about {@code maxEntries} phrases (the bound is kept per stripe, so the exact
   * total may be lower).
   *
   * @param batchMisses whether {@link #getAll} encodes its misses as one batch (faster, but not
   *     independent of the batch mates)
   */
  public EmbeddingCache(SentenceEncoder encoder, int maxEntries, boolean batchMisses) {
    if (maxEntries < 1) {
      throw new IllegalArgumentException("maxEntries must be >= 1: " + maxEntries);
    }
    this.encoder = encoder;
    this.maxEntries = maxEntries;
    this.batchMisses = batchMisses;
    this.cache = new StripedLruCache<>(maxEntries, STRIPES);
  }

  /** The cache key of {@code phrase}: lower case (root locale), runs of whitespace as one space, trimmed. */
  public static String key(String phrase) {
    String lower = phrase.toLowerCase(Locale.ROOT);
    int n = lower.length();
    boolean collapse = false;
    for (int i = 0; i < n && !collapse; i++) {
      char c = lower.charAt(i);
      collapse = isSpace(c) && (c != ' ' || (i + 1 < n && isSpace(lower.charAt(i + 1))));
    }
    if (!collapse) {
      return lower.trim();
    }
    StringBuilder b = new StringBuilder(n);
    boolean inRun = false;
    for (int i = 0; i < n; i++) {
      char c = lower.charAt(i);
      if (!isSpace(c)) {
        b.append(c);
        inRun = false;
      } else if (!inRun) {
        b.append(' ');
        inRun = true;
      }
    }
    return b.toString().trim();
  }

  /** The characters of the regular expression class {@code \\s}. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /** The encoder behind the cache. */
  public SentenceEncoder encoder() {
    return encoder;
  }

  /** Returns the vector of {@code phrase}, from the cache or freshly encoded (and then cached). */
  public float[] get(String phrase) {
    String k = key(phrase);
    float[] v = cache.get(k);
    if (v != null) {
      hits.increment();
      return v.clone();
    }
    misses.increment();
    v = encoder.encode(k);
    return cache.putIfAbsent(k, v).clone();
  }

  /** Returns the vectors of {@code phrases}, in order; misses are encoded (see the class comment) and cached. */
  public float[][] getAll(List<String> phrases) {
    int n = phrases.size();
    float[][] out = new float[n][];
    Map<String, List<Integer>> missing = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      String k = key(phrases.get(i));
      float[] v = cache.get(k);
      if (v != null) {
        hits.increment();
        out[i] = v.clone();
      } else {
        List<Integer> slots = missing.computeIfAbsent(k, x -> new ArrayList<>(1));
        if (slots.isEmpty()) {
          misses.increment();
        } else {
          hits.increment();
        }
        slots.add(i);
      }
    }
    if (missing.isEmpty()) {
      return out;
    }
    List<String> keys = new ArrayList<>(missing.keySet());
    float[][] fresh;
    if (batchMisses) {
      fresh = encoder.encodeBatch(keys);
    } else {
      fresh = new float[keys.size()][];
      for (int j = 0; j < keys.size(); j++) {
        fresh[j] = encoder.encode(keys.get(j));
      }
    }
    for (int j = 0; j < keys.size(); j++) {
      String k = keys.get(j);
      float[] stored = cache.putIfAbsent(k, fresh[j]);
      for (int slot : missing.get(k)) {
        out[slot] = stored.clone();
      }
    }
    return out;
  }

  /** Counts so far: lookups answered from the cache, lookups that had to encode, and phrases held now. */
  public Stats stats() {
    return new Stats(hits.sum(), misses.sum(), cache.size(), maxEntries);
  }

  /** Drops every cached vector (the counters are kept). */
  public void clear() {
    cache.clear();
  }

  /**
   * Cache counters.
   *
   * @param hits lookups answered without encoding (including repeats within one {@link #getAll})
   * @param misses lookups that encoded their phrase
   * @param size phrases held now
   * @param maxEntries the configured bound
   */
  public record Stats(long hits, long misses, long size, int maxEntries) {
    /** Hits over all lookups, 0 before the first. */
    public double hitRate() {
      long all = hits + misses;
      return all == 0 ? 0 : (double) hits / all;
    }
  }
}
