package dev.skillgap.pipeline.eval;

import dev.skillgap.eval.EvalRecord;
import dev.skillgap.eval.ExtractorEvaluator;
import dev.skillgap.extract.ExtractedSkill;
import dev.skillgap.extract.Extraction;
import dev.skillgap.extract.SkillExtractor;
import dev.skillgap.ingest.Posting;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Draws one feed's part of the pool ({@link SourcePool}) from its distinct postings, as {@link
 * PoolDesign} says: the posting sample depends only on the postings' ids and the seed, never on the
 * extractor; the pairs drawn depend on which pairs the extractor gives, each keeping its place in the
 * seed's order, so a later extractor that gives most of the same pairs draws most of the same ones.
 */
public final class DemandPools {

  private DemandPools() {}

  private record Keyed(String key, Posting posting) {}

  /**
   * The pool of feed {@code source}, whose distinct postings (deduplicated as the ingest does, in
   * any order) are {@code unique}, extracted by {@code x} on {@code threads} threads.
   */
  public static SourcePool build(String source, List<Posting> unique, SkillExtractor x, int threads, PoolDesign d) {
    Map<String, Keyed> byKey = new LinkedHashMap<>();
    int repeated = 0;
    for (Posting p : unique) {
      String key = PostingKey.of(p.postingId());
      if (byKey.putIfAbsent(key, new Keyed(key, p)) != null) {
        repeated++;
      }
    }
    List<Keyed> sample = HashSample.draw(byKey.values(), Keyed::key, d.postings(), d.postingSalt());
    List<EvalRecord> texts = sample.stream()
        .map(k -> new EvalRecord(k.key(), k.posting().description(), List.of(), List.of())).toList();
    List<Extraction> found = new ExtractorEvaluator(x, threads).run(texts);
    List<SourcePool.SampledPosting> sampled = new ArrayList<>();
    List<PoolPair> atCutoff = new ArrayList<>();
    for (int i = 0; i < sample.size(); i++) {
      Keyed k = sample.get(i);
      List<PoolPair> pairs = pairs(source, k.key(), k.posting(), found.get(i), d.cutoff());
      sampled.add(new SourcePool.SampledPosting(k.key(), pairs.size()));
      atCutoff.addAll(pairs);
    }
    List<PoolPair> drawn = HashSample.draw(atCutoff, p -> p.pair().id(), d.pairs(), d.pairSalt());
    return new SourcePool(source, unique.size(), repeated, sampled, atCutoff, drawn);
  }

  /** The pairs of posting {@code p} (key {@code key}) whose skills in {@code e} score {@code cutoff} or more, in {@code e}'s order. */
  static List<PoolPair> pairs(String source, String key, Posting p, Extraction e, double cutoff) {
    List<PoolPair> out = new ArrayList<>();
    for (ExtractedSkill s : e.skills()) {
      if (s.score() >= cutoff) {
        out.add(new PoolPair(new DemandPair(source, key, s.concept().id()), s.concept(), s.score(), p.title(),
            p.description(), s.mentions()));
      }
    }
    return out;
  }
}
