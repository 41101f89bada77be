package dev.skillgap.eval;

import dev.skillgap.extract.Cutoff;
import dev.skillgap.extract.ExtractedSkill;
import dev.skillgap.extract.Extraction;
import dev.skillgap.extract.SkillExtractor;
import dev.skillgap.taxonomy.SkillType;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs a {@link SkillExtractor} over an evaluation set on several threads and scores it: linking
 * sets by RP@5, RP@10 and MRR, span sets by strict and loose P/R/F1, and the soft-skill set by
 * loose recall of spans whose skill is typed soft.
 */
public final class ExtractorEvaluator {

  private final SkillExtractor extractor;
  private final int threads;

  public ExtractorEvaluator(SkillExtractor extractor, int threads) {
    this.extractor = extractor;
    this.threads = Math.max(1, threads);
  }

  /** Extracts every record, in input order, returning the skills that reach the return threshold. */
  public List<Extraction> run(List<EvalRecord> set) {
    return run(set, Cutoff.THRESHOLD);
  }

  /** Extracts every record, in input order, returning the skills {@code cutoff} lets through. */
  public List<Extraction> run(List<EvalRecord> set, Cutoff cutoff) {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Extraction>> futures = new ArrayList<>(set.size());
      for (EvalRecord r : set) {
        futures.add(pool.submit(() -> extractor.extract(r.text(), cutoff)));
      }
      List<Extraction> out = new ArrayList<>(set.size());
      for (Future<Extraction> f : futures) {
        out.add(f.get());
      }
      return out;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * Precision, recall and F1 against the gold labels of the skills kept at each of {@code
   * thresholds} (see {@link KeepThresholdEvaluator}).
   */
  public static KeepThresholdEvaluator keep(List<EvalRecord> set, List<Extraction> predictions, double... thresholds) {
    KeepThresholdEvaluator ev = new KeepThresholdEvaluator(thresholds);
    for (int i = 0; i < set.size(); i++) {
      java.util.Map<String, Double> scored = new java.util.LinkedHashMap<>();
      for (ExtractedSkill s : predictions.get(i).skills()) {
        scored.merge(s.concept().preferredLabel(), s.score(), Math::max);
      }
      ev.add(scored, set.get(i).goldLabels());
    }
    return ev;
  }

  /** RP@5, RP@10 and MRR of the ranked preferred labels against each record's gold labels. */
  public static LinkingEvaluator.LinkingScores linking(List<EvalRecord> set, List<Extraction> predictions) {
    LinkingEvaluator ev = new LinkingEvaluator();
    for (int i = 0; i < set.size(); i++) {
      ev.add(predictions.get(i).skills().stream().map(s -> s.concept().preferredLabel()).toList(), set.get(i).goldLabels());
    }
    return ev.scores();
  }

  /** Strict and loose span scores over the spans of all returned skills (or only soft ones). */
  public static SpanScores spans(List<EvalRecord> set, List<Extraction> predictions, boolean softOnly) {
    SpanEvaluator ev = new SpanEvaluator();
    for (int i = 0; i < set.size(); i++) {
      List<CharSpan> p = new ArrayList<>();
      for (ExtractedSkill s : predictions.get(i).skills()) {
        if (softOnly && s.concept().type() != SkillType.SOFT) {
          continue;
        }
        for (int[] sp : s.spans()) {
          p.add(new CharSpan(sp[0], sp[1]));
        }
      }
      ev.add(p, set.get(i).goldSpans());
    }
    return ev.scores();
  }
}
