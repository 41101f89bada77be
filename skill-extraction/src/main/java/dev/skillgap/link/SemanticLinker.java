package dev.skillgap.link;

import dev.skillgap.cache.StripedLruCache;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import dev.skillgap.cache.CacheStats;

/**
 * Links a phrase to the taxonomy concepts nearest in meaning in one {@link LabelSpace}: the phrase
 * is embedded, its nearest ESCO labels are found, and each is also scored against the whole
 * sentence, which disambiguates short phrases ("Java" in a coffee shop). Searches are cached, since
 * postings repeat their phrases. Thread-safe.
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

  private final LabelSpace space;
  private final LabelSpace contextual;
  private final double fallbackMargin;
  private final StripedLruCache<List<LabelVectorIndex.Hit>> searches = new StripedLruCache<>(MAX_CACHED_SEARCHES, 64);
  private final LongAdder searchHits = new LongAdder();
  private final LongAdder searchMisses = new LongAdder();
  private final LongAdder checked = new LongAdder();
  private final LongAdder rechecked = new LongAdder();

  /** A linker in one space. */
  public SemanticLinker(LabelSpace space) {
    this(space, null, 0);
  }

  /** A linker in MiniLM's space. */
  public SemanticLinker(EmbeddingCache cache, LabelVectorIndex index) {
    this(LabelSpace.contextual(cache, index));
  }

  /**
   * A linker that searches {@code space} and searches a phrase again in {@code contextual} when
   * its best concept there is less than {@code fallbackMargin} ahead of the second; sentences and
   * similarities to concepts stay in {@code space}. The two spaces must index the same labels in the
   * same order, so that a label found in one can be scored in the other.
   *
   * @param contextual null for none (then {@code fallbackMargin} must be 0)
   */
  public SemanticLinker(LabelSpace space, LabelSpace contextual, double fallbackMargin) {
    if (contextual == null ? fallbackMargin != 0 : fallbackMargin <= 0) {
      throw new IllegalArgumentException("a fallback space needs a positive margin, and a margin a fallback space: "
          + fallbackMargin);
    }
    if (contextual != null && contextual.labels() != space.labels()) {
      throw new IllegalArgumentException("the spaces index different labels: " + space.labels() + " in "
          + space.name() + ", " + contextual.labels() + " in " + contextual.name());
    }
    this.space = space;
    this.contextual = contextual;
    this.fallbackMargin = fallbackMargin;
  }

  /** The embedding of {@code text} in this linker's space. */
  public float[] embed(String text) {
    return space.embed(text);
  }

  /**
   * The {@code k} concepts nearest to {@code phrase}, best phrase similarity first, each with its
   * label's similarity to {@code sentence} (a vector of {@link #embed}; null for none). With a
   * fallback space, a phrase whose best two concepts are close is searched there instead.
   */
  public List<Link> link(String phrase, float[] sentence, int k) {
    String key = k + "\u0000" + EmbeddingCache.key(phrase);
    List<LabelVectorIndex.Hit> hits = searched(key);
    if (hits == null) {
      List<LabelVectorIndex.Hit> found = space.nearest(space.embed(phrase), Math.max(2, k));
      if (contextual != null) {
        checked.increment();
        if (found.size() < 2 || found.get(0).score() - found.get(1).score() < fallbackMargin) {
          rechecked.increment();
          found = contextual.nearest(contextual.embed(phrase), k);
        }
      }
      hits = searches.putIfAbsent(key, List.copyOf(found.subList(0, Math.min(k, found.size()))));
    }
    return withSentence(hits, sentence);
  }

  /** The {@code k} concepts nearest to a whole sentence, in this linker's space only (no fallback), without sentence similarity. */
  public List<Link> linkSentence(String sentence, int k) {
    String key = "s" + k + "\u0000" + EmbeddingCache.key(sentence);
    List<LabelVectorIndex.Hit> hits = searched(key);
    if (hits == null) {
      hits = searches.putIfAbsent(key, List.copyOf(space.nearest(space.embed(sentence), k)));
    }
    return withSentence(hits, null);
  }

  /** The cached search under {@code key}, or null (counted as a miss). */
  private List<LabelVectorIndex.Hit> searched(String key) {
    List<LabelVectorIndex.Hit> hits = searches.get(key);
    (hits == null ? searchMisses : searchHits).increment();
    return hits;
  }

  /** Nearest-label searches of phrases and sentences answered from the cache (hits) and run (misses). */
  public CacheStats searchStats() {
    return new CacheStats("label searches", searchHits.sum(), searchMisses.sum());
  }

  /**
   * With a fallback space, the phrases whose first search was kept (as hits) and those searched
   * again in the fallback (as misses); null without one.
   */
  public CacheStats fallbackStats() {
    if (contextual == null) {
      return null;
    }
    long all = checked.sum();
    long again = rechecked.sum();
    return new CacheStats("phrase links kept in the " + space.name() + " space (misses: linked again in "
        + contextual.name() + ")", all - again, again);
  }

  /** The {@code k} concepts nearest to an embedded phrase, best phrase similarity first. */
  public List<Link> link(float[] phrase, float[] sentence, int k) {
    return withSentence(space.nearest(phrase, k), sentence);
  }

  private List<Link> withSentence(List<LabelVectorIndex.Hit> hits, float[] sentence) {
    List<Link> out = new ArrayList<>(hits.size());
    for (LabelVectorIndex.Hit h : hits) {
      double s = sentence == null ? 0 : space.labelSimilarity(h.entry(), sentence);
      out.add(new Link(h.concept(), h.label(), h.score(), s));
    }
    return out;
  }

  /** The cosine similarity of an embedded text to concept {@code concept}'s label, NaN when it has none embedded. */
  public double similarity(int concept, float[] text) {
    return space.similarity(concept, text);
  }

  /** The space this linker searches. */
  public LabelSpace space() {
    return space;
  }
}
