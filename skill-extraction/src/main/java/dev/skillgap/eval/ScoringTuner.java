package dev.skillgap.eval;

import dev.skillgap.extract.ExtractedSkill;
import dev.skillgap.extract.Extraction;
import dev.skillgap.extract.ExtractorConfig;
import dev.skillgap.extract.SkillMention;
import dev.skillgap.extract.SkillScorer;
import dev.skillgap.taxonomy.Taxonomy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Tunes the scoring weights and threshold on dev sets without re-running extraction: the sets are
 * extracted once with threshold 0, and every trial rescores the stored mentions from their raw
 * evidence with {@link SkillScorer}, exactly as the extractor would. The objective is the mean,
 * over the measures, of measure / target, each ratio capped at {@link #CAP} so that one measure
 * far above its target cannot pay for another below it.
 */
public final class ScoringTuner {

  /** Highest credit one measure can earn, as a multiple of its target. */
  public static final double CAP = 1.1;

  /**
   * One dev set, extracted with threshold 0.
   *
   * @param name set name
   * @param records the gold
   * @param extractions one per record, in order
   * @param linking true for a linking set (RP@5), false for a span set (strict and loose F1)
   */
  public record DevSet(String name, List<EvalRecord> records, List<Extraction> extractions, boolean linking) {}

  /** A measured trial: weights, each measure, and the objective. */
  public record Trial(ExtractorConfig.Scoring weights, Map<String, Double> measures, double objective) {
    /** One line: weights, then measures. */
    public String summary() {
      StringBuilder b = new StringBuilder(String.format(Locale.ROOT,
          "bias %.2f lexical %.2f semantic %.2f span %.2f threshold %.2f ->", weights.bias(), weights.lexicalWeight(),
          weights.semanticWeight(), weights.spanWeight(), weights.threshold()));
      measures.forEach((k, v) -> b.append(String.format(Locale.ROOT, " %s %.4f", k, v)));
      return b.append(String.format(Locale.ROOT, "; objective %.4f", objective)).toString();
    }
  }

  private final Taxonomy taxonomy;
  private final List<DevSet> sets;
  private final Map<String, Double> targets;

  /**
   * @param targets target per measure name ({@code <set>/rp@5}, {@code <set>/strict}, {@code <set>/loose});
   *     measures without a target do not count towards the objective
   */
  public ScoringTuner(Taxonomy taxonomy, List<DevSet> sets, Map<String, Double> targets) {
    this.taxonomy = taxonomy;
    this.sets = List.copyOf(sets);
    this.targets = Map.copyOf(targets);
  }

  /** Every set rescored with {@code w}. */
  public Trial measure(ExtractorConfig.Scoring w) {
    SkillScorer scorer = new SkillScorer(w);
    Map<String, Double> m = new LinkedHashMap<>();
    for (DevSet s : sets) {
      List<Extraction> rescored = new ArrayList<>(s.extractions().size());
      for (Extraction e : s.extractions()) {
        rescored.add(rescore(e, scorer));
      }
      if (s.linking()) {
        m.put(s.name() + "/rp@5", ExtractorEvaluator.linking(s.records(), rescored).rp5());
      } else {
        SpanScores sp = ExtractorEvaluator.spans(s.records(), rescored, false);
        m.put(s.name() + "/strict", sp.strictF1());
        m.put(s.name() + "/loose", sp.looseF1());
      }
    }
    double sum = 0;
    int n = 0;
    for (Map.Entry<String, Double> e : m.entrySet()) {
      Double target = targets.get(e.getKey());
      if (target != null) {
        sum += Math.min(CAP, e.getValue() / target);
        n++;
      }
    }
    return new Trial(w, m, n == 0 ? 0 : sum / n);
  }

  /** {@code e} with every mention rescored by {@code scorer} and the skills grouped anew. */
  public Extraction rescore(Extraction e, SkillScorer scorer) {
    List<SkillMention> all = new ArrayList<>();
    for (ExtractedSkill s : e.skills()) {
      for (SkillMention m : s.mentions()) {
        all.add(m.rescored(scorer));
      }
    }
    return new Extraction(scorer.group(all, taxonomy), e.language(), e.truncated(), e.unlinked());
  }

  /**
   * Coordinate search from {@code start}: each parameter in turn moves by its step up or down
   * while the objective improves; steps halve when no move helps, {@code rounds} times.
   */
  public Trial search(ExtractorConfig.Scoring start, int rounds) {
    Trial best = measure(start);
    double[] steps = {1.0, 1.0, 1.0, 1.0, 0.1};
    for (int r = 0; r < rounds; r++) {
      boolean moved = true;
      while (moved) {
        moved = false;
        for (int p = 0; p < steps.length; p++) {
          for (int dir : new int[] {1, -1}) {
            Trial t = measure(shift(best.weights(), p, dir * steps[p]));
            if (t.objective() > best.objective() + 1e-9) {
              best = t;
              moved = true;
            }
          }
        }
      }
      for (int p = 0; p < steps.length; p++) {
        steps[p] /= 2;
      }
    }
    return best;
  }

  static ExtractorConfig.Scoring shift(ExtractorConfig.Scoring w, int param, double by) {
    double[] v = {w.bias(), w.lexicalWeight(), w.semanticWeight(), w.spanWeight(), w.threshold()};
    v[param] += by;
    v[4] = Math.max(0, Math.min(0.99, v[4]));
    for (int i = 1; i < 4; i++) {
      v[i] = Math.max(0, v[i]);
    }
    return new ExtractorConfig.Scoring(v[0], v[1], v[2], v[3], v[4]);
  }

  /**
   * Calibration of skill scores on the linking sets, where a skill is right when its label is
   * gold for the sentence. ESCO gold lists only the annotated spans' skills, so these read as a
   * lower bound on how often a score is right ({@link CalibrationFit} uses judged labels too).
   */
  public CalibrationEvaluator.Calibration calibration(ExtractorConfig.Scoring w) {
    SkillScorer scorer = new SkillScorer(w);
    CalibrationEvaluator ev = new CalibrationEvaluator();
    for (DevSet s : sets) {
      if (!s.linking()) {
        continue;
      }
      for (int i = 0; i < s.records().size(); i++) {
        List<String> gold = s.records().get(i).goldLabels();
        for (ExtractedSkill k : rescore(s.extractions().get(i), scorer).skills()) {
          ev.add(k.score(), gold.contains(k.concept().preferredLabel()));
        }
      }
    }
    return ev.result();
  }
}
