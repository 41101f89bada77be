package dev.skillgap.link;

import dev.skillgap.cache.StripedLruCache;
import java.util.ArrayList;
import java.util.List;

/**
 * Links a phrase to the taxonomy concepts nearest in meaning: the phrase is embedded (cached, since
 * postings repeat their phrases), its nearest ESCO labels are found in the HNSW index, and each
 * is also scored against the whole sentence, which disambiguates short phrases ("Java" in a coffee
 * shop). Thread-safe.
 */
public final class SemanticLinker {

  /**
   * One concept near a phrase.
   *
   * @param concept taxonomy index
   * @param label the label that matched
   * @param phraseSimilarity cosine of phrase and label
   * @param sentenceSimilarity cosine of the phrase's sentence and the label (0 when no sentence was given)
   */
  public record Link(int concept, String label, double phraseSimilarity, double sentenceSimilarity) {}

  /**
   * Nearest-label searches kept, least recently used dropped first; postings repeat their phrases,
   * so most searches are repeats.
   */
  static final int MAX_CACHED_SEARCHES = 100_000;

  private final EmbeddingCache cache;
  private final LabelVectorIndex index;
  private final StripedLruCache<List<LabelVectorIndex.Hit>> searches = new StripedLruCache<>(MAX_CACHED_SEARCHES, 64);

  public SemanticLinker(EmbeddingCache cache, LabelVectorIndex index) {
    this.cache = cache;
    this.index = index;
  }

  /** The embedding of {@code text}, cached. */
  public float[] embed(String text) {
    return cache.get(text);
  }

  /** The {@code k} concepts nearest to {@code phrase}, best phrase similarity first. */
  public List<Link> link(String phrase, float[] sentence, int k) {
    String key = k + "\u0000" + EmbeddingCache.key(phrase);
    List<LabelVectorIndex.Hit> hits = searches.get(key);
    if (hits == null) {
      hits = searches.putIfAbsent(key, List.copyOf(index.nearest(cache.get(phrase), k)));
    }
    return withSentence(hits, sentence);
  }

  /** The {@code k} concepts nearest to an embedded phrase, best phrase similarity first. */
  public List<Link> link(float[] phrase, float[] sentence, int k) {
    return withSentence(index.nearest(phrase, k), sentence);
  }

  private List<Link> withSentence(List<LabelVectorIndex.Hit> hits, float[] sentence) {
    List<Link> out = new ArrayList<>(hits.size());
    for (LabelVectorIndex.Hit h : hits) {
      double s = sentence == null ? 0 : index.labelSimilarity(h.entry(), sentence);
      out.add(new Link(h.concept(), h.label(), h.score(), s));
    }
    return out;
  }

  /** The cosine similarity of an embedded text to concept {@code concept}'s label, NaN when it has none embedded. */
  public double similarity(int concept, float[] text) {
    return index.similarity(concept, text);
  }

  public EmbeddingCache cache() {
    return cache;
  }
}
