package dev.skillgap.cli;

import com.fasterxml.jackson.databind.node.TextNode;
import dev.skillgap.eval.CalibrationEvaluator;
import dev.skillgap.eval.CalibrationFit;
import dev.skillgap.eval.DevSets;
import dev.skillgap.eval.DevSplit;
import dev.skillgap.eval.LinkJudgments;
import dev.skillgap.eval.EvalRecord;
import dev.skillgap.eval.ExtractorEvaluator;
import dev.skillgap.eval.KeepThresholdEvaluator;
import dev.skillgap.extract.Extraction;
import dev.skillgap.extract.ExtractionJson;
import dev.skillgap.extract.PipelineSkillExtractor;
import dev.skillgap.io.SkillgapHome;
import java.io.BufferedWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import dev.skillgap.eval.ScoringTuner;
import dev.skillgap.extract.ExtractorConfig;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code skillgap eval}: extraction quality on the development and validation sets. */
@Command(name = "eval", mixinStandardHelpOptions = true, subcommands = {EvalDemand.class, EvalRecommend.class},
    description = {"Measure extraction quality on the dev/validation sets (never the test splits):",
        "esco-tech, esco-house (RP@5, RP@10, MRR), skillspan-dev (strict/loose span P/R/F1),",
        "soft-skills (loose recall of soft-typed spans on Sayfullina job_train mentions).",
        "'eval demand': precision of demand on the real feeds against the judged pool."})
public final class EvalCommand implements Callable<Integer> {

  static final List<String> ALL = List.of("esco-tech", "esco-house", "skillspan-dev", "soft-skills");

  @Option(names = "--data", paramLabel = "DIR",
      description = "Folder with esco-skill-benchmark/, skillspan/ and sayfullina-soft-skills/ (default: ../shared/data).")
  Path data;

  @Option(names = "--sets", split = ",", paramLabel = "SET",
      description = "Sets to run (default: all of ${COMPLETION-CANDIDATES}).", completionCandidates = Sets.class)
  List<String> sets;

  @Option(names = "--predictions", paramLabel = "DIR",
      description = "Also write <set>.pred.jsonl (the extract contract) for scoring with shared/eval/score.py.")
  Path predictions;

  @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all cores).")
  Integer threads;

  @Option(names = "--tune", description = {"Tune the scoring weights and threshold on esco-tech, esco-house and "
      + "skillspan-dev (extracting once, then rescoring), and print the best scoring block with its measures",
      "and calibration. The objective is the mean of measure / target (capped at 1.1) over the issue's targets."})
  boolean tune;

  @Option(names = "--calibrate", description = {"Fit the score calibration on esco-tech and esco-house, where a returned "
      + "skill is right when gold or judged right (the committed pooled judgements), extracting with raw scores;",
      "print each set's held-out check (fitted on the other set) and the calibration block for the configuration."})
  boolean calibrate;

  @Option(names = "--rounds", defaultValue = "3", description = "Step-halving rounds of the --tune search (default: ${DEFAULT-VALUE}).")
  int rounds;

  @Mixin
  ExtractorOptions extractor;

  @Spec
  CommandSpec spec;

  static final class Sets extends java.util.ArrayList<String> {
    Sets() {
      super(ALL);
    }
  }

  @Override
  public Integer call() throws Exception {
    Path root = data != null ? data : SkillgapHome.sharedData();
    if (!Files.isDirectory(root)) {
      throw new NoSuchFileException(root.toString(), null, "evaluation data folder; set --data");
    }
    List<String> chosen = sets == null || sets.isEmpty() ? ALL : sets;
    for (String s : chosen) {
      if (!ALL.contains(s)) {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "unknown set '" + s + "' (known: " + ALL + ")");
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    if (tune) {
      return tune(root, out);
    }
    if (calibrate) {
      return calibrate(root, out);
    }
    PipelineSkillExtractor x = extractor.load(spec.commandLine().getErr()).extractor();
    ExtractorEvaluator ev = new ExtractorEvaluator(x, threads != null ? threads : Runtime.getRuntime().availableProcessors());
    LinkJudgments judged = LinkJudgments.loadDefault();
    for (String s : chosen) {
      List<EvalRecord> set = switch (s) {
        case "esco-tech" -> DevSets.escoLinking(root.resolve("esco-skill-benchmark"), "tech");
        case "esco-house" -> DevSets.escoLinking(root.resolve("esco-skill-benchmark"), "house");
        case "skillspan-dev" -> DevSets.skillSpan(root.resolve("skillspan/json"), "dev");
        default -> DevSets.softSkills(root.resolve("sayfullina-soft-skills/job_train.csv"));
      };
      long t0 = System.nanoTime();
      List<Extraction> pred = ev.run(set);
      double secs = (System.nanoTime() - t0) / 1e9;
      String scores = s.startsWith("esco-") ? ranked(s, set, ev)
          : ExtractorEvaluator.spans(set, pred, s.equals("soft-skills")).toJson();
      String keep = "";
      if (s.startsWith("esco-")) {
        keep = ", \"atThreshold\": " + ExtractorEvaluator.linking(set, pred).toJson();
        List<EvalRecord> judgedSet = set.stream().map(r -> new EvalRecord(r.id(), r.text(), judged.rightLabels(s, r),
            r.goldSpans())).toList();
        KeepThresholdEvaluator k = ExtractorEvaluator.keep(judgedSet, pred, KEEP_THRESHOLDS);
        CalibrationFit fit = new CalibrationFit(judged, 1);
        CalibrationFit.JudgedSet js = new CalibrationFit.JudgedSet(s, set, pred);
        CalibrationEvaluator.Calibration cal = fit.measure(js);
        keep += String.format(java.util.Locale.ROOT, ", \"calibration\": {\"pairs\": %d, \"unjudged\": %d, "
            + "\"ece\": %.4f, \"brier\": %.4f}", cal.pairs(), fit.unjudged(js), cal.ece(), cal.brier())
            + ", \"bestKeep\": " + k.best().toJson() + ", \"keep\": ["
            + String.join(", ", k.points().stream().map(KeepThresholdEvaluator.Point::toJson).toList()) + "]";
      }
      out.printf(java.util.Locale.ROOT, "{\"set\": \"%s\", %s%s, \"seconds\": %.1f}%n", s,
          scores.substring(1, scores.length() - 1), keep, secs);
      out.flush();
      if (predictions != null) {
        write(predictions.resolve(s + ".pred.jsonl"), set, pred);
      }
    }
    return 0;
  }

  /**
   * How many skills per sentence the ranking sets are scored on: RP@10 needs ten, and a ranking
   * benchmark counts the best ones whatever their score (as {@code extract --top 10} returns them).
   */
  static final int RANKED_K = 10;

  /**
   * RP@5, RP@10 and MRR of {@code set} over the {@link #RANKED_K} best skills of each sentence, on
   * the whole set and on each {@link DevSplit} part, as the inside of a JSON object.
   */
  static String ranked(String name, List<EvalRecord> set, ExtractorEvaluator ev) {
    List<Extraction> top = ev.run(set, dev.skillgap.extract.Cutoff.top(RANKED_K));
    String all = ExtractorEvaluator.linking(set, top).toJson();
    StringBuilder parts = new StringBuilder();
    for (DevSplit part : DevSplit.values()) {
      List<Integer> idx = new java.util.ArrayList<>();
      for (int i = 0; i < set.size(); i++) {
        if (DevSplit.of(name, set.get(i).id()) == part) {
          idx.add(i);
        }
      }
      String scores = ExtractorEvaluator.linking(idx.stream().map(set::get).toList(),
          idx.stream().map(top::get).toList()).toJson();
      parts.append(parts.length() == 0 ? "" : ", ").append('"').append(part.name().toLowerCase(java.util.Locale.ROOT))
          .append("\": ").append(scores);
    }
    return all.substring(0, all.length() - 1) + ", \"ranked\": " + RANKED_K + ", \"parts\": {" + parts + "}}";
  }

  /** Score thresholds at which linking sets report what a consumer keeping skills above them gets. */
  static final double[] KEEP_THRESHOLDS = {0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.6, 0.7, 0.8, 0.9};

  /** Targets of issue 3 per tuned measure. */
  static final Map<String, Double> TARGETS = Map.of("esco-tech/rp@5", 0.65, "esco-house/rp@5", 0.55,
      "skillspan-dev/strict", 0.40, "skillspan-dev/loose", 0.65);

  private int tune(Path root, PrintWriter out) throws java.io.IOException {
    ExtractorConfig c = extractor.config();
    ExtractorConfig.Scoring w = c.scoring();
    ExtractorConfig all = new ExtractorConfig(c.lexical(), c.spans(), c.semantic(),
        new ExtractorConfig.Scoring(w.bias(), w.lexicalWeight(), w.semanticWeight(), w.spanWeight(), 0.0));
    LoadedModels models = extractor.load(spec.commandLine().getErr(), all);
    PipelineSkillExtractor x = models.extractor();
    ExtractorEvaluator ev = new ExtractorEvaluator(x, threads != null ? threads : Runtime.getRuntime().availableProcessors());
    List<ScoringTuner.DevSet> sets = new java.util.ArrayList<>();
    for (String s : List.of("esco-tech", "esco-house", "skillspan-dev")) {
      List<EvalRecord> set = s.startsWith("esco-")
          ? DevSets.escoLinking(root.resolve("esco-skill-benchmark"), s.substring(5))
          : DevSets.skillSpan(root.resolve("skillspan/json"), "dev");
      sets.add(new ScoringTuner.DevSet(s, set, ev.run(set), s.startsWith("esco-")));
    }
    ScoringTuner tuner = new ScoringTuner(models.taxonomy(), sets, TARGETS);
    ScoringTuner.Trial start = tuner.measure(w);
    out.println("now:  " + start.summary());
    ScoringTuner.Trial best = tuner.search(w, rounds);
    out.println("best: " + best.summary());
    for (ScoringTuner.Trial t : List.of(start, best)) {
      CalibrationEvaluator.Calibration cal = tuner.calibration(t.weights());
      out.printf(java.util.Locale.ROOT, "calibration (%s) on esco sets: %d pairs, ECE %.3f, Brier %.3f%n",
          t == start ? "now" : "best", cal.pairs(), cal.ece(), cal.brier());
      cal.bins().forEach(b -> out.println("  " + b));
    }
    ExtractorConfig.Scoring b = best.weights();
    out.printf(java.util.Locale.ROOT, "\"scoring\": {\"bias\": %.3f, \"lexicalWeight\": %.3f, \"semanticWeight\": %.3f, "
        + "\"spanWeight\": %.3f, \"threshold\": %.3f, \"calibration\": {\"raw\": [], \"calibrated\": []}}%n", b.bias(),
        b.lexicalWeight(), b.semanticWeight(), b.spanWeight(), b.threshold());
    out.println("(new weights need a new calibration: put this block in a configuration file, then run "
        + "eval --calibrate --config FILE)");
    return 0;
  }

  /** Fewest judged pairs behind one calibration knot. */
  static final int MIN_BLOCK = 25;

  private int calibrate(Path root, PrintWriter out) throws java.io.IOException {
    ExtractorConfig c = extractor.config();
    ExtractorConfig raw = new ExtractorConfig(c.lexical(), c.spans(), c.semantic(),
        c.scoring().withCalibration(dev.skillgap.extract.ScoreCalibration.NONE));
    PipelineSkillExtractor x = extractor.load(spec.commandLine().getErr(), raw).extractor();
    ExtractorEvaluator ev = new ExtractorEvaluator(x, threads != null ? threads : Runtime.getRuntime().availableProcessors());
    List<CalibrationFit.JudgedSet> sets = new java.util.ArrayList<>();
    for (String s : List.of("esco-tech", "esco-house")) {
      List<EvalRecord> set = DevSets.escoLinking(root.resolve("esco-skill-benchmark"), s.substring(5));
      sets.add(new CalibrationFit.JudgedSet(s, set, ev.run(set)));
    }
    LinkJudgments judged = LinkJudgments.loadDefault();
    CalibrationFit.Result r = new CalibrationFit(judged, MIN_BLOCK).fit(sets);
    out.printf(java.util.Locale.ROOT, "%d judged pairs (%d judgements committed), %d returned skills unjudged%n",
        r.pairs(), judged.size(), r.unjudged());
    for (CalibrationFit.HeldOut h : r.heldOut()) {
      out.printf("held out %s: raw %s; fitted on the other set %s%n", h.heldOut(), h.raw().summary(), h.fitted().summary());
      h.fitted().bins().forEach(b -> out.println("  " + b));
    }
    out.println("fitted on both, in sample: " + r.inSample().summary());
    r.inSample().bins().forEach(b -> out.println("  " + b));
    out.println("\"calibration\": " + Json.MAPPER.writeValueAsString(r.calibration()));
    return 0;
  }

  private static void write(Path file, List<EvalRecord> set, List<Extraction> pred) throws java.io.IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    ExtractionJson json = new ExtractionJson(Json.MAPPER);
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int i = 0; i < set.size(); i++) {
        w.write(Json.MAPPER.writeValueAsString(json.toJson(TextNode.valueOf(set.get(i).id()), pred.get(i), false)));
        w.write('\n');
      }
    }
  }
}
