package dev.skillgap.link;

import dev.skillgap.cache.CacheStats;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A vector space in which texts and taxonomy labels are compared: an encoder for texts plus the
 * labels encoded by the same encoder ({@link LabelIndex}). Vectors of one space mean nothing in
 * another. Thread-safe when its encoder and index are.
 */
public final class LabelSpace {

  private final String name;
  private final Function<String, float[]> encoder;
  private final LabelIndex index;
  private final Supplier<CacheStats> stats;

  private LabelSpace(String name, Function<String, float[]> encoder, LabelIndex index, Supplier<CacheStats> stats) {
    this.name = name;
    this.encoder = encoder;
    this.index = index;
    this.stats = stats;
  }

  /**
   * MiniLM's space: texts through the transformer, cached; labels in the HNSW index. The words
   * around a word change its vector, so "works well with others" is about teamwork; each new text
   * costs a transformer call.
   */
  public static LabelSpace contextual(EmbeddingCache cache, LabelVectorIndex index) {
    return new LabelSpace("minilm", cache::get, index, () -> {
      EmbeddingCache.Stats s = cache.stats();
      return new CacheStats("embeddings", s.hits(), s.misses());
    });
  }

  /**
   * A static table's space: a text is the weighted mean of its word pieces' rows, a lookup per
   * piece and no transformer call, so nothing is cached. Word order and context are lost.
   */
  public static LabelSpace fixed(StaticEncoder encoder, StaticLabelIndex index) {
    return new LabelSpace("static", encoder::encode, index, () -> null);
  }

  /** A short name for logs and benchmarks ("minilm", "static"). */
  public String name() {
    return name;
  }

  /** The unit vector of {@code text} (the caller may modify it). */
  public float[] embed(String text) {
    return encoder.apply(text);
  }

  /** The {@code k} concepts nearest to the unit vector {@code query}, best first. */
  public List<LabelVectorIndex.Hit> nearest(float[] query, int k) {
    return index.nearest(query, k);
  }

  /** The cosine of {@code query} to concept {@code concept}'s nearest label, NaN when it has none. */
  public double similarity(int concept, float[] query) {
    return index.similarity(concept, query);
  }

  /** The cosine of {@code query} to label {@code entry} (an entry of a hit from {@link #nearest}). */
  public double labelSimilarity(int entry, float[] query) {
    return index.labelSimilarity(entry, query);
  }

  /** Number of labels indexed. */
  public int labels() {
    return index.size();
  }

  /** Counters of the space's text-to-vector cache, or null when it keeps none. */
  public CacheStats embeddingStats() {
    return stats.get();
  }
}
