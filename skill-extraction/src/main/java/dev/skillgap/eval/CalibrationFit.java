package dev.skillgap.eval;

import dev.skillgap.extract.ExtractedSkill;
import dev.skillgap.extract.Extraction;
import dev.skillgap.extract.ScoreCalibration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Fits and checks a score calibration on judged linking sets. Each returned skill is right when
 * gold or judged right ({@link LinkJudgments}); skills neither gold nor judged are left out and
 * counted. The fit is checked by cross-fitting: a calibration fitted on every set but one is
 * measured on the one left out, so no reported error comes from pairs the fit saw.
 */
public final class CalibrationFit {

  /** One linking set with its extractions (raw scores: no calibration applied). */
  public record JudgedSet(String name, List<EvalRecord> records, List<Extraction> extractions) {}

  /** A held-out check: the calibration fitted without {@code heldOut}, measured on it, against the raw scores. */
  public record HeldOut(String heldOut, CalibrationEvaluator.Calibration raw, CalibrationEvaluator.Calibration fitted) {}

  /** The result: the calibration fitted on all sets, the held-out checks, and how many pairs were unjudged. */
  public record Result(ScoreCalibration calibration, int pairs, int unjudged, List<HeldOut> heldOut,
      CalibrationEvaluator.Calibration inSample) {}

  private final LinkJudgments judgments;
  private final int minBlock;

  public CalibrationFit(LinkJudgments judgments, int minBlock) {
    this.judgments = judgments;
    this.minBlock = minBlock;
  }

  /** Fits on all of {@code sets} and cross-fits each one left out. */
  public Result fit(List<JudgedSet> sets) {
    List<HeldOut> checks = new ArrayList<>();
    for (JudgedSet out : sets) {
      IsotonicCalibrator cal = new IsotonicCalibrator(minBlock);
      for (JudgedSet s : sets) {
        if (s != out) {
          pairs(s, (raw, right) -> cal.add(raw, right));
        }
      }
      ScoreCalibration c = cal.fit();
      CalibrationEvaluator rawEval = new CalibrationEvaluator();
      CalibrationEvaluator fitEval = new CalibrationEvaluator();
      pairs(out, (raw, right) -> {
        rawEval.add(raw, right);
        fitEval.add(c.apply(raw), right);
      });
      checks.add(new HeldOut(out.name(), rawEval.result(), fitEval.result()));
    }
    IsotonicCalibrator all = new IsotonicCalibrator(minBlock);
    int[] unjudged = new int[1];
    for (JudgedSet s : sets) {
      unjudged[0] += pairs(s, all::add);
    }
    ScoreCalibration c = all.fit();
    CalibrationEvaluator in = new CalibrationEvaluator();
    for (JudgedSet s : sets) {
      pairs(s, (raw, right) -> in.add(c.apply(raw), right));
    }
    return new Result(c, all.size(), unjudged[0], checks, in.result());
  }

  /** How well the scores as returned match judged rightness on {@code s}; unjudged skills are skipped. */
  public CalibrationEvaluator.Calibration measure(JudgedSet s) {
    CalibrationEvaluator ev = new CalibrationEvaluator();
    pairs(s, ExtractedSkill::score, ev::add);
    return ev.result();
  }

  /** Number of returned skills of {@code s} that are neither gold nor judged. */
  public int unjudged(JudgedSet s) {
    return pairs(s, ExtractedSkill::rawScore, (score, right) -> { });
  }

  private interface PairSink {
    void accept(double score, boolean right);
  }

  /** Feeds every judged (raw score, right) pair of {@code s}; returns the number of unjudged skills. */
  private int pairs(JudgedSet s, PairSink sink) {
    return pairs(s, ExtractedSkill::rawScore, sink);
  }

  /** Feeds every judged ({@code score} of the skill, right) pair of {@code s}; returns the number of unjudged skills. */
  private int pairs(JudgedSet s, java.util.function.ToDoubleFunction<ExtractedSkill> score, PairSink sink) {
    int unjudged = 0;
    for (int i = 0; i < s.records().size(); i++) {
      EvalRecord r = s.records().get(i);
      for (ExtractedSkill k : s.extractions().get(i).skills()) {
        Optional<Boolean> right = judgments.right(s.name(), r, k.concept().preferredLabel());
        if (right.isPresent()) {
          sink.accept(score.applyAsDouble(k), right.get());
        } else {
          unjudged++;
        }
      }
    }
    return unjudged;
  }
}
