package dev.skillgap.link;

import dev.skillgap.link.LabelVectorIndex.Hit;
import dev.skillgap.link.LabelVectorIndex.LabelSet;
import dev.skillgap.taxonomy.Taxonomy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Nearest ESCO labels in the space of a {@link StaticEncoder}, searched in memory without Lucene:
 * the same labels as {@link LabelVectorIndex} (preferred, optionally alternative), each encoded by
 * the static encoder, held as a matrix. {@link #nearest} scores every label on the {@code
 * prefixDims} dimensions of largest variance (one array per dimension, which the JIT vectorises),
 * keeps the best {@code candidates} labels, and scores those exactly; {@link #exactNearest} scores every label
 * on every dimension. Queries return concepts (a concept scores as its best label) with their
 * cosine similarity, as {@link LabelVectorIndex#nearest} does.
 *
 * <p>Building takes well under a second for the 13.9k preferred labels; nothing is cached on disk.
 * Immutable and thread-safe.
 */
public final class StaticLabelIndex implements LabelIndex {

  /**
   * Dimensions scored for every label in the first pass. On 4,479 phrases (held-out alternative
   * labels and the ESCO validation spans; {@code StaticEmbeddingsDevEval}) 64 of 256 with 256
   * candidates return the exact top concept for all and the exact top 10 for 89%, reading a quarter
   * of the matrix; 32 dims lose the top concept for 0.6% and the exact top 10 for half, and cost
   * RP@5 on the validation spans.
   */
  public static final int DEFAULT_PREFIX_DIMS = 64;
  /** Labels re-scored on every dimension after the first pass. */
  public static final int DEFAULT_CANDIDATES = 256;

  private final int dim;
  private final int n;
  private final int[] entryConcept;
  private final String[] entryLabel;
  private final float[] rows; // n x dim, row-major
  private final int prefixDims;
  private final int[] prefixOrder; // the prefix's dimensions, largest variance first
  // one array per prefix dimension: C2 (JDK 17) vectorises a[i] += q * b[i] over two arrays, not
  // over offsets into one array that might alias the accumulator (measured: 7 times slower)
  private final float[][] prefix;
  private final int candidates;
  private final int[] conceptSlot;
  private final int[] slotConcept;
  private final int[] firstEntry;

  private StaticLabelIndex(int[] entryConcept, String[] entryLabel, float[][] vectors, int prefixDims, int candidates) {
    this.n = entryConcept.length;
    if (n == 0 || vectors.length != n) {
      throw new IllegalArgumentException("need one vector per label, at least one label: " + vectors.length + " for " + n);
    }
    this.dim = vectors[0].length;
    if (prefixDims < 1 || prefixDims > dim || candidates < 1) {
      throw new IllegalArgumentException("prefixDims must be in 1.." + dim + " and candidates >= 1: " + prefixDims
          + ", " + candidates);
    }
    for (int e = 1; e < n; e++) {
      if (entryConcept[e] < entryConcept[e - 1]) {
        throw new IllegalArgumentException("labels must be grouped by concept in ascending order");
      }
    }
    this.entryConcept = entryConcept.clone();
    this.entryLabel = entryLabel.clone();
    this.rows = new float[n * dim];
    for (int e = 0; e < n; e++) {
      if (vectors[e].length != dim) {
        throw new IllegalArgumentException("label " + e + " has " + vectors[e].length + " dimensions, not " + dim);
      }
      System.arraycopy(vectors[e], 0, rows, e * dim, dim);
    }
    this.prefixDims = prefixDims;
    this.candidates = candidates;
    this.prefixOrder = byVariance(rows, n, dim, prefixDims);
    this.prefix = new float[prefixDims][n];
    for (int p = 0; p < prefixDims; p++) {
      int d = prefixOrder[p];
      for (int e = 0; e < n; e++) {
        prefix[p][e] = rows[e * dim + d];
      }
    }
    int[] slotOf = new int[n];
    int[] slots = new int[n];
    int s = 0;
    for (int e = 0; e < n; e++) {
      if (e == 0 || entryConcept[e] != entryConcept[e - 1]) {
        slots[s++] = entryConcept[e];
      }
      slotOf[e] = s - 1;
    }
    this.conceptSlot = slotOf;
    this.slotConcept = Arrays.copyOf(slots, s);
    this.firstEntry = new int[s];
    for (int e = n - 1; e >= 0; e--) {
      firstEntry[slotOf[e]] = e;
    }
  }

  /** The {@code k} dimensions of largest variance over the rows, largest first (ties: lower dimension). */
  private static int[] byVariance(float[] rows, int n, int dim, int k) {
    double[] sum = new double[dim];
    double[] sq = new double[dim];
    for (int e = 0; e < n; e++) {
      for (int d = 0; d < dim; d++) {
        double x = rows[e * dim + d];
        sum[d] += x;
        sq[d] += x * x;
      }
    }
    Integer[] order = new Integer[dim];
    double[] var = new double[dim];
    for (int d = 0; d < dim; d++) {
      order[d] = d;
      var[d] = sq[d] / n - (sum[d] / n) * (sum[d] / n);
    }
    Arrays.sort(order, (a, b) -> {
      int c = Double.compare(var[b], var[a]);
      return c != 0 ? c : Integer.compare(a, b);
    });
    int[] out = new int[k];
    for (int i = 0; i < k; i++) {
      out[i] = order[i];
    }
    return out;
  }

  /**
   * Encodes {@code taxonomy}'s ESCO labels (the same labels, in the same order, as {@link
   * LabelVectorIndex} with {@code labels}) with {@code encoder}; first pass on {@value
   * #DEFAULT_PREFIX_DIMS} dimensions, {@value #DEFAULT_CANDIDATES} candidates.
   */
  public static StaticLabelIndex build(Taxonomy taxonomy, StaticEncoder encoder, LabelSet labels) {
    return build(taxonomy, encoder, labels, Math.min(DEFAULT_PREFIX_DIMS, encoder.dimension()), DEFAULT_CANDIDATES);
  }

  /** As {@link #build(Taxonomy, StaticEncoder, LabelSet)}, with the first pass's size given. */
  public static StaticLabelIndex build(Taxonomy taxonomy, StaticEncoder encoder, LabelSet labels, int prefixDims,
      int candidates) {
    List<LabelVectorIndex.Entry> entries = LabelVectorIndex.entries(taxonomy, labels);
    int[] concept = new int[entries.size()];
    String[] label = new String[entries.size()];
    float[][] vectors = new float[entries.size()][];
    for (int e = 0; e < entries.size(); e++) {
      concept[e] = entries.get(e).concept();
      label[e] = entries.get(e).label();
      vectors[e] = encoder.encode(label[e]);
    }
    return new StaticLabelIndex(concept, label, vectors, prefixDims, candidates);
  }

  /**
   * An index over given labels: {@code concepts[e]} is label e's concept (grouped, ascending),
   * {@code vectors[e]} its unit vector.
   */
  public static StaticLabelIndex of(int[] concepts, String[] labels, float[][] vectors, int prefixDims, int candidates) {
    return new StaticLabelIndex(concepts, labels, vectors, prefixDims, candidates);
  }

  /** Number of labels. */
  @Override
  public int size() {
    return n;
  }

  /** Number of concepts with at least one label. */
  public int conceptCount() {
    return slotConcept.length;
  }

  /** The vector dimension. */
  public int dimension() {
    return dim;
  }

  /** The taxonomy index of label {@code entry}'s concept. */
  public int concept(int entry) {
    return entryConcept[entry];
  }

  /** The text of label {@code entry}. */
  public String label(int entry) {
    return entryLabel[entry];
  }

  /** The cosine of the unit vector {@code query} to the nearest label of {@code concept}, or NaN when it has none. */
  @Override
  public double similarity(int concept, float[] query) {
    checkQuery(query, 1);
    int slot = Arrays.binarySearch(slotConcept, concept);
    if (slot < 0) {
      return Double.NaN;
    }
    double best = Double.NEGATIVE_INFINITY;
    for (int e = firstEntry[slot]; e < n && entryConcept[e] == concept; e++) {
      best = Math.max(best, dot(query, e));
    }
    return best;
  }

  /** The cosine of the unit vector {@code query} to label {@code entry}. */
  @Override
  public double labelSimilarity(int entry, float[] query) {
    checkQuery(query, 1);
    return dot(query, entry);
  }

  /**
   * The {@code k} concepts nearest to the unit vector {@code query}, best first (ties: lower
   * concept index). Two passes: every label scored on the prefix dimensions, then the best
   * candidates on all; a label outside the first pass's candidates is missed, so compare with
   * {@link #exactNearest} to measure recall. Fewer than {@code k} hits come back when the candidates
   * cover fewer concepts.
   */
  @Override
  public List<Hit> nearest(float[] query, int k) {
    checkQuery(query, k);
    int c = Math.min(n, Math.max(k, candidates));
    if (c == n) {
      return exactNearest(query, k);
    }
    float[] scores = new float[n];
    for (int p = 0; p < prefixDims; p++) {
      axpy(scores, query[prefixOrder[p]], prefix[p]);
    }
    int[] cand = topEntries(scores, c);
    float[] exact = new float[cand.length];
    for (int i = 0; i < cand.length; i++) {
      exact[i] = dot(query, cand[i]);
    }
    return best(cand, exact, k);
  }

  /** The {@code k} concepts nearest to the unit vector {@code query}, best first, every label scored on every dimension. */
  public List<Hit> exactNearest(float[] query, int k) {
    checkQuery(query, k);
    int slots = slotConcept.length;
    float[] slotScore = new float[slots];
    int[] slotEntry = new int[slots];
    for (int slot = 0; slot < slots; slot++) {
      int e = firstEntry[slot];
      float best = dot(query, e);
      int bestEntry = e;
      for (e++; e < n && conceptSlot[e] == slot; e++) {
        float sc = dot(query, e);
        if (sc > best) {
          best = sc;
          bestEntry = e;
        }
      }
      slotScore[slot] = best;
      slotEntry[slot] = bestEntry;
    }
    int[] top = topEntries(slotScore, Math.min(k, slots));
    int[] entries = new int[top.length];
    float[] scores = new float[top.length];
    for (int i = 0; i < top.length; i++) {
      entries[i] = slotEntry[top[i]];
      scores[i] = slotScore[top[i]];
    }
    return best(entries, scores, k);
  }

  /** {@code acc += q * column}, element by element; kept this simple so that the JIT vectorises it. */
  private static void axpy(float[] acc, float q, float[] column) {
    for (int e = 0; e < acc.length; e++) {
      acc[e] += q * column[e];
    }
  }

  private void checkQuery(float[] query, int k) {
    if (query.length != dim) {
      throw new IllegalArgumentException("query has " + query.length + " dimensions, not " + dim);
    }
    if (k < 1) {
      throw new IllegalArgumentException("k must be >= 1: " + k);
    }
  }

  private float dot(float[] q, int entry) {
    int base = entry * dim;
    float s0 = 0;
    float s1 = 0;
    float s2 = 0;
    float s3 = 0;
    int d = 0;
    for (; d + 3 < dim; d += 4) {
      s0 += q[d] * rows[base + d];
      s1 += q[d + 1] * rows[base + d + 1];
      s2 += q[d + 2] * rows[base + d + 2];
      s3 += q[d + 3] * rows[base + d + 3];
    }
    for (; d < dim; d++) {
      s0 += q[d] * rows[base + d];
    }
    return (s0 + s1) + (s2 + s3);
  }

  /** The entries of the {@code c} highest scores (ties: lower entry), by a bounded min-heap; in no particular order. */
  static int[] topEntries(float[] scores, int c) {
    int[] all = new int[scores.length];
    for (int e = 0; e < all.length; e++) {
      all[e] = e;
    }
    return topOf(all, scores, c);
  }

  /** The {@code c} of {@code entries} with the highest {@code scores[entry]} (ties: lower entry); in no particular order. */
  static int[] topOf(int[] entries, float[] scores, int c) {
    int[] heap = new int[c]; // heap[0] is the worst kept
    int size = 0;
    for (int e : entries) {
      if (size < c) {
        heap[size] = e;
        siftUp(heap, size++, scores);
      } else if (scores[e] > scores[heap[0]]) {
        heap[0] = e;
        siftDown(heap, c, scores);
      }
    }
    return Arrays.copyOf(heap, size);
  }

  /** Whether entry a ranks below entry b: lower score, or the same score and a later entry. */
  private static boolean worse(float[] s, int a, int b) {
    return s[a] < s[b] || (s[a] == s[b] && a > b);
  }

  private static void siftUp(int[] h, int i, float[] s) {
    int x = h[i];
    while (i > 0) {
      int parent = (i - 1) >>> 1;
      if (!worse(s, x, h[parent])) {
        break;
      }
      h[i] = h[parent];
      i = parent;
    }
    h[i] = x;
  }

  private static void siftDown(int[] h, int size, float[] s) {
    int x = h[0];
    int i = 0;
    while (true) {
      int child = 2 * i + 1;
      if (child >= size) {
        break;
      }
      if (child + 1 < size && worse(s, h[child + 1], h[child])) {
        child++;
      }
      if (!worse(s, h[child], x)) {
        break;
      }
      h[i] = h[child];
      i = child;
    }
    h[i] = x;
  }

  /** The top {@code k} concepts among scored labels: each concept's best label, then by score (ties: lower entry, so lower concept). */
  private List<Hit> best(int[] entries, float[] scores, int k) {
    long[] keys = new long[entries.length];
    for (int i = 0; i < keys.length; i++) {
      int bits = Float.floatToIntBits(scores[i]);
      int sortable = bits ^ ((bits >> 31) & 0x7fffffff); // orders like the floats, as signed ints
      keys[i] = ((long) ~sortable << 32) | entries[i]; // ascending keys: highest score first, then the lower entry
    }
    Arrays.sort(keys);
    List<Hit> out = new ArrayList<>(Math.min(k, entries.length));
    int[] seenSlots = new int[Math.min(k, entries.length)];
    for (long key : keys) {
      int e = (int) key;
      int sortable = ~(int) (key >>> 32);
      float score = Float.intBitsToFloat(sortable ^ ((sortable >> 31) & 0x7fffffff));
      int slot = conceptSlot[e];
      boolean seen = false;
      for (int j = 0; j < out.size() && !seen; j++) {
        seen = seenSlots[j] == slot;
      }
      if (!seen) {
        seenSlots[out.size()] = slot;
        out.add(new Hit(entryConcept[e], score, entryLabel[e], e));
        if (out.size() == k) {
          break;
        }
      }
    }
    return out;
  }
}
