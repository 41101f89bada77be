package dev.skillgap.extract;

import dev.skillgap.text.Sentence;
import dev.skillgap.text.Token;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * A bounded, thread-safe cache of {@link SpanDetector#decode} results keyed by everything the
 * detector's features read from a sentence (each token's text, term, part of speech and stop-word
 * flag), so a sentence met again (postings repeat their boilerplate and their employers'
 * paragraphs) is not decoded again. A decoding is a pure function of that key, so hits return
 * exactly what decoding would. When full, each lock stripe drops its least recently used entry.
 */
final class DecodingCache {

  /** Default bound on the number of sentences kept (a decoded sentence takes about 2 KB). */
  static final int DEFAULT_MAX_ENTRIES = 50_000;
  /**
   * Longer sentences are decoded but not kept: they seldom recur, and a decoding grows with its
   * length, so this bounds the cache at about 150 MB.
   */
  static final int MAX_TOKENS = 64;

  private static final int STRIPES = 32;

  private final SpanDetector detector;
  private final Stripe[] stripes = new Stripe[STRIPES];
  private final LongAdder hits = new LongAdder();
  private final LongAdder misses = new LongAdder();

  private static final class Stripe extends LinkedHashMap<String, SpanDetector.Decoding> {
    private final int max;

    Stripe(int max) {
      super(16, 0.75f, true);
      this.max = max;
    }

    @Override
    protected boolean removeEldestEntry(Map.Entry<String, SpanDetector.Decoding> eldest) {
      return size() > max;
    }
  }

  DecodingCache(SpanDetector detector, int maxEntries) {
    if (maxEntries < 1) {
      throw new IllegalArgumentException("maxEntries must be >= 1: " + maxEntries);
    }
    this.detector = detector;
    int perStripe = Math.max(1, maxEntries / STRIPES);
    for (int i = 0; i < STRIPES; i++) {
      stripes[i] = new Stripe(perStripe);
    }
  }

  /** The decoding of {@code sentence}, from the cache when an equal sentence was decoded before. */
  SpanDetector.Decoding decode(Sentence sentence) {
    if (sentence.tokens().size() > MAX_TOKENS) {
      misses.increment();
      return detector.decode(sentence);
    }
    String key = key(sentence);
    Stripe s = stripes[Math.floorMod(key.hashCode(), STRIPES)];
    synchronized (s) {
      SpanDetector.Decoding d = s.get(key);
      if (d != null) {
        hits.increment();
        return d;
      }
    }
    misses.increment();
    SpanDetector.Decoding d = detector.decode(sentence);
    synchronized (s) {
      s.putIfAbsent(key, d);
    }
    return d;
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

  long hits() {
    return hits.sum();
  }

  long misses() {
    return misses.sum();
  }
}
