package dev.skillgap.pipeline.eval;

import dev.skillgap.taxonomy.Concept;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A plain-text account of a pool for the people who improve the extractor: per feed, the scores,
 * how many skills the sampled postings give at the cut-off, and the concepts given most often (where
 * a systematic error shows first). Holds labels of the taxonomy only, never a posting's text.
 */
public final class DemandSummary {

  private DemandSummary() {}

  /** A concept and how many sampled postings give it at the cut-off. */
  public record ConceptCount(Concept concept, int postings) {}

  /** The {@code n} concepts most sampled postings of {@code pool} give at the cut-off, most first (ties by label). */
  public static List<ConceptCount> top(SourcePool pool, int n) {
    Map<String, Integer> count = new LinkedHashMap<>();
    Map<String, Concept> concept = new LinkedHashMap<>();
    for (PoolPair p : pool.atCutoff()) {
      count.merge(p.concept().id(), 1, Integer::sum);
      concept.putIfAbsent(p.concept().id(), p.concept());
    }
    List<ConceptCount> all = new ArrayList<>();
    count.forEach((id, c) -> all.add(new ConceptCount(concept.get(id), c)));
    all.sort(Comparator.comparingInt(ConceptCount::postings).reversed()
        .thenComparing(c -> c.concept().preferredLabel()).thenComparing(c -> c.concept().id()));
    return List.copyOf(all.subList(0, Math.min(n, all.size())));
  }

  /** How many sampled postings give each number of skills at the cut-off, by number. */
  public static Map<Integer, Integer> histogram(SourcePool pool) {
    Map<Integer, Integer> h = new TreeMap<>();
    pool.sampled().forEach(s -> h.merge(s.skills(), 1, Integer::sum));
    return h;
  }

  /** The summary of {@code pools} drawn by {@code d}, with their {@code scores} (one per pool, then the pooled one). */
  public static String text(List<SourcePool> pools, List<PoolScores> scores, PoolDesign d, int top) {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "demand pool: seed %d, %d postings and %d pairs drawn per feed, cut-off %.2f%n%n",
        d.seed(), d.postings(), d.pairs(), d.cutoff()));
    for (int i = 0; i < pools.size(); i++) {
      SourcePool pool = pools.get(i);
      b.append(scores.get(i).summary());
      b.append("  skills per posting at the cut-off (skills: postings): ");
      List<String> h = new ArrayList<>();
      histogram(pool).forEach((k, v) -> h.add(k + ": " + v));
      b.append(String.join(", ", h)).append('\n');
      if (pool.repeatedKeys() > 0) {
        b.append("  postings left out for a repeated key: ").append(pool.repeatedKeys()).append('\n');
      }
      b.append(String.format(Locale.ROOT, "  the %d concepts given most at the cut-off (postings of %d, share, kind, type):%n",
          top, pool.sampled().size()));
      for (ConceptCount c : top(pool, top)) {
        b.append(String.format(Locale.ROOT, "    %4d  %5.1f%%  %s (%s, %s)%n", c.postings(),
            100.0 * c.postings() / Math.max(1, pool.sampled().size()), c.concept().preferredLabel(),
            c.concept().kind().wireName(), c.concept().type().wireName()));
      }
      b.append('\n');
    }
    if (scores.size() > pools.size()) {
      b.append(scores.get(scores.size() - 1).summary());
    }
    return b.toString();
  }
}
