package dev.skillgap.link;

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

  private final EmbeddingCache cache;
  private final LabelVectorIndex index;

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
    return link(cache.get(phrase), sentence, k);
  }

  /** The {@code k} concepts nearest to an embedded phrase, best phrase similarity first. */
  public List<Link> link(float[] phrase, float[] sentence, int k) {
    List<Link> out = new ArrayList<>(k);
    for (LabelVectorIndex.Hit h : index.nearest(phrase, k)) {
      double s = sentence == null ? 0 : dot(sentence, cache.get(h.label()));
      out.add(new Link(h.concept(), h.label(), h.score(), s));
    }
    return out;
  }

  static double dot(float[] a, float[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

  public EmbeddingCache cache() {
    return cache;
  }
}
