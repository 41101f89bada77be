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
    int p = 0;
    for (; p + 3 < prefixDims; p += 4) {
      axpy4(scores, query[prefixOrder[p]], prefix[p], query[prefixOrder[p + 1]], prefix[p + 1],
          query[prefixOrder[p + 2]], prefix[p + 2], query[prefixOrder[p + 3]], prefix[p + 3]);
    }
    for (; p < prefixDims; p++) {
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

  /**
   * {@code acc += qa * a + qb * b + qc * c + qd * d}, element by element: four dimensions per pass
   * read and write the accumulator a quarter as often as four {@link #axpy} calls (measured: the
   * first pass about twice as fast); still simple enough for the JIT to vectorise.
   */
  private static void axpy4(float[] acc, float qa, float[] a, float qb, float[] b, float qc, float[] c, float qd,
      float[] d) {
    for (int e = 0; e < acc.length; e++) {
      acc[e] += qa * a[e] + qb * b[e] + qc * c[e] + qd * d[e];
    }
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

  /**
   * The entries of the {@code c} highest scores (ties: lower entry), in no particular order. One scan
   * with a running threshold: entries above it go to a buffer of {@code 2c}, which, when full, is
   * cut back to its best {@code c} and raises the threshold. Scanning in entry order, an entry equal
   * to the threshold comes after the entry that set it and so loses the tie; few entries pass the
   * threshold once the buffer has been cut (about {@code c ln(n/c)} on random order), so this costs
   * little more than the scan (measured: a third of a bounded heap's time at c = 256 of 13.9k).
   */
  static int[] topEntries(float[] scores, int c) {
    if (c >= scores.length) {
      int[] all = new int[scores.length];
      for (int e = 0; e < all.length; e++) {
        all[e] = e;
      }
      return all;
    }
    long[] buffer = new long[2 * c];
    int size = 0;
    float threshold = Float.NEGATIVE_INFINITY;
    boolean cut = false;
    for (int e = 0; e < scores.length; e++) {
      float sc = scores[e];
      if (sc > threshold || (!cut && sc == threshold)) {
        buffer[size++] = rankKey(sc, e);
        if (size == buffer.length) {
          Arrays.sort(buffer, 0, size);
          size = c;
          threshold = keyScore(buffer[c - 1]);
          cut = true;
        }
      }
    }
    Arrays.sort(buffer, 0, size);
    int[] out = new int[Math.min(c, size)];
    for (int i = 0; i < out.length; i++) {
      out[i] = (int) buffer[i];
    }
    return out;
  }

  /** A key that sorts ascending as the score descending, then the entry ascending. */
  private static long rankKey(float score, int entry) {
    int bits = Float.floatToIntBits(score);
    int sortable = bits ^ ((bits >> 31) & 0x7fffffff); // orders like the floats, as signed ints
    return ((long) ~sortable << 32) | entry;
  }

  /** The score a {@link #rankKey} was made of. */
  private static float keyScore(long key) {
    int sortable = ~(int) (key >>> 32);
    return Float.intBitsToFloat(sortable ^ ((sortable >> 31) & 0x7fffffff));
  }

  /** The top {@code k} concepts among scored labels: each concept's best label, then by score (ties: lower entry, so lower concept). */
  private List<Hit> best(int[] entries, float[] scores, int k) {
    long[] keys = new long[entries.length];
    for (int i = 0; i < keys.length; i++) {
      keys[i] = rankKey(scores[i], entries[i]);
    }
    Arrays.sort(keys);
    List<Hit> out = new ArrayList<>(Math.min(k, entries.length));
    int[] seenSlots = new int[Math.min(k, entries.length)];
    for (long key : keys) {
      int e = (int) key;
      float score = keyScore(key);
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
