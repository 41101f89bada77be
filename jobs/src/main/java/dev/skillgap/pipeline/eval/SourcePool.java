package dev.skillgap.pipeline.eval;

import java.util.List;

/**
 * One feed's part of the pool: its sampled postings, every pair they give at the cut-off, and the
 * pairs drawn from those for judging.
 *
 * @param source the feed's name
 * @param postings distinct postings the feed holds after the ingest's deduplication
 * @param repeatedKeys postings left out because an earlier one has the same {@link PostingKey} (a repeated id)
 * @param sampled the sampled postings, in the sample's (hash) order
 * @param atCutoff every pair the sampled postings give at the cut-off, posting by posting, best score first
 * @param drawn the pairs drawn for judging, in the draw's (hash) order
 */
public record SourcePool(String source, int postings, int repeatedKeys, List<SampledPosting> sampled,
    List<PoolPair> atCutoff, List<PoolPair> drawn) {

  /**
   * A sampled posting.
   *
   * @param key its {@link PostingKey}
   * @param skills how many distinct skills it gives at the cut-off
   */
  public record SampledPosting(String key, int skills) {}

  public SourcePool {
    sampled = List.copyOf(sampled);
    atCutoff = List.copyOf(atCutoff);
    drawn = List.copyOf(drawn);
  }
}
