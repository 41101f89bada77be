package dev.skillgap.link;

import java.util.List;

/**
 * Taxonomy labels held as unit vectors of one encoder, searchable by cosine: {@link
 * LabelVectorIndex} (MiniLM, HNSW) and {@link StaticLabelIndex} (static table, in memory). Both
 * hold {@link LabelVectorIndex#entries} in that order, so an entry means the same label in either.
 */
public interface LabelIndex {

  /** The {@code k} concepts nearest to the unit vector {@code query}, best first. */
  List<LabelVectorIndex.Hit> nearest(float[] query, int k);

  /** The cosine of {@code query} to concept {@code concept}'s nearest label, NaN when it has none. */
  double similarity(int concept, float[] query);

  /** The cosine of {@code query} to label {@code entry}. */
  double labelSimilarity(int entry, float[] query);

  /** Number of labels. */
  int size();
}
