package dev.skillgap.spans;

import dev.skillgap.cache.StripedLruCache;
import dev.skillgap.text.Sentence;
import dev.skillgap.text.Token;
import java.util.concurrent.atomic.LongAdder;

/**
 * A bounded, thread-safe cache of {@link SpanDetector#decode} results keyed by everything the
 * detector's features read from a sentence (each token's text, term, part of speech and stop-word
 * flag), so a sentence met again (postings repeat their boilerplate and their employers'
 * paragraphs) is not decoded again. A decoding is a pure function of that key, so hits return
 * exactly what decoding would. When full, the least recently used sentences go ({@link StripedLruCache}).
 */
public final class DecodingCache {

  /** Default bound on the number of sentences kept (a decoded sentence takes about 2 KB). */
  public static final int DEFAULT_MAX_ENTRIES = 50_000;
  /**
   * Longer sentences are decoded but not kept: they seldom recur, and a decoding grows with its
   * length, so this bounds the cache at about 150 MB.
   */
  static final int MAX_TOKENS = 64;

  private static final int STRIPES = 32;

  private final SpanDetector detector;
  private final StripedLruCache<SpanDetector.Decoding> cache;
  private final LongAdder hits = new LongAdder();
  private final LongAdder misses = new LongAdder();

  /** A cache of at most {@code maxEntries} sentences' decodings by {@code detector}. */
  public DecodingCache(SpanDetector detector, int maxEntries) {
    this.detector = detector;
    this.cache = new StripedLruCache<>(maxEntries, STRIPES);
  }

  /** The decoding of {@code sentence}, from the cache when an equal sentence was decoded before. */
  public SpanDetector.Decoding decode(Sentence sentence) {
    if (sentence.tokens().size() > MAX_TOKENS) {
      misses.increment();
      return detector.decode(sentence);
    }
    String key = key(sentence);
    SpanDetector.Decoding d = cache.get(key);
    if (d != null) {
      hits.increment();
      return d;
    }
    misses.increment();
    return cache.putIfAbsent(key, detector.decode(sentence));
  }

  /** Everything of {@code sentence} that the span features read. */
  static String key(Sentence sentence) {
    StringBuilder b = new StringBuilder(sentence.tokens().size() * 16);
    for (Token t : sentence.tokens()) {
      b.append(t.text()).append('\u0001').append(t.term()).append('\u0001').append(t.pos())
          .append(t.stop() ? '\u0003' : '\u0002');
    }
    return b.toString();
  }

  /** Decodings answered from the cache. */
  public long hits() {
    return hits.sum();
  }

  /** Decodings computed (not cached, or too long to keep). */
  public long misses() {
    return misses.sum();
  }
}
