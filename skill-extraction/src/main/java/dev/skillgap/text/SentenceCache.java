package dev.skillgap.text;

import dev.skillgap.cache.StripedLruCache;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;

/**
 * A bounded, thread-safe cache of sentence analyses (tokens, tags, terms, stop flags) keyed by
 * the sentence's text, which {@link TextAnalyzer}s of several threads share. Tokenising and
 * tagging a sentence depend on its text alone, so a hit gives exactly what analysing would;
 * postings repeat their boilerplate and their employers' paragraphs, so hits are common. Analyses
 * are held with offsets relative to the sentence, and the least recently used go when it is full.
 */
public final class SentenceCache {

  /** Default bound on the sentences kept (an analysed sentence takes about 2 KB). */
  public static final int DEFAULT_MAX_ENTRIES = 50_000;
  /** Longer sentences are analysed but not kept: they seldom recur, and this bounds the cache at about 150 MB. */
  static final int MAX_CHARS = 400;

  private static final int STRIPES = 32;

  private final StripedLruCache<List<Sentence>> cache;
  private final LongAdder hits = new LongAdder();
  private final LongAdder misses = new LongAdder();

  /** A cache of at most about {@code maxEntries} sentences. */
  public SentenceCache(int maxEntries) {
    this.cache = new StripedLruCache<>(maxEntries, STRIPES);
  }

  /** The analysis held for {@code sentence} (offsets from its start), or null; long sentences are never held. */
  List<Sentence> get(String sentence) {
    List<Sentence> pieces = sentence.length() > MAX_CHARS ? null : cache.get(sentence);
    (pieces == null ? misses : hits).increment();
    return pieces;
  }

  /** Keeps {@code pieces} for {@code sentence} unless it is too long or already held; returns the analysis held. */
  List<Sentence> put(String sentence, List<Sentence> pieces) {
    return sentence.length() > MAX_CHARS ? pieces : cache.putIfAbsent(sentence, List.copyOf(pieces));
  }

  /** Lookups answered from the cache so far. */
  public long hits() {
    return hits.sum();
  }

  /** Lookups that had to analyse so far. */
  public long misses() {
    return misses.sum();
  }
}
