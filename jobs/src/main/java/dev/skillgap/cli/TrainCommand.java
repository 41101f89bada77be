package dev.skillgap.cli;

import dev.skillgap.distil.ContrastiveTuner;
import dev.skillgap.distil.StaticDistiller;
import dev.skillgap.distil.StaticEmbeddingsTrainer;
import dev.skillgap.eval.DevSets;
import dev.skillgap.io.Sha256;
import dev.skillgap.link.LabelVectorIndex;
import dev.skillgap.link.SentenceEncoder;
import dev.skillgap.link.StaticEncoder;
import dev.skillgap.spans.SpanDetector;
import dev.skillgap.taxonomy.Taxonomy;
import dev.skillgap.spans.SpanDetectorTrainer;
import dev.skillgap.text.NlpModels;
import dev.skillgap.text.TermNormalizer;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code skillgap train ...}: rebuilds the shipped models from their training data. */
@Command(name = "train", mixinStandardHelpOptions = true, description = "Train the models the extractor ships with.",
    subcommands = {TrainCommand.Spans.class, TrainCommand.StaticEmbeddings.class, TrainCommand.Scoring.class})
public final class TrainCommand implements Runnable {

  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a subcommand is required");
  }

  /**
   * {@code skillgap train spans}: the skill/knowledge span detector (two linear-chain CRFs) from
   * SkillSpan train; with the default settings it reproduces the committed model byte for byte.
   */
  @Command(name = "spans", mixinStandardHelpOptions = true,
      description = {"Train the span detector on SkillSpan train (JSON Lines with tokens, tags_skill, tags_knowledge).",
          "The defaults are the committed model's settings: the output then equals the model in the jar."})
  static final class Spans implements Callable<Integer> {

    @Option(names = "--data", paramLabel = "FILE",
        description = "SkillSpan train file (default: ../shared/data/skillspan/json/train.json).")
    Path data;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "build/models",
        description = "Folder for " + SpanDetectorTrainer.MODEL_FILE + " (default: ${DEFAULT-VALUE}).")
    Path output;

    @Option(names = "--iterations", description = "L-BFGS iterations per layer (default: the committed model's).")
    Integer iterations;

    @Option(names = "--l1", description = "L1 cost (default: the committed model's).")
    Double l1;

    @Option(names = "--l2", description = "L2 cost (default: the committed model's).")
    Double l2;

    @Option(names = "--threads", description = "Gradient threads; the model does not depend on it (default: all cores).")
    Integer threads;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      Path train = data != null ? data : dev.skillgap.io.SkillgapHome.sharedData().resolve("skillspan/json/train.json");
      if (!Files.isRegularFile(train)) {
        throw new NoSuchFileException(train.toString(), null, "SkillSpan train file not found (give --data)");
      }
      SpanDetectorTrainer.TrainingConfig d = SpanDetectorTrainer.TrainingConfig.defaults();
      SpanDetectorTrainer.TrainingConfig cfg = new SpanDetectorTrainer.TrainingConfig(
          iterations != null ? iterations : d.iterations(), d.cutoff(), l1 != null ? l1 : d.l1(),
          l2 != null ? l2 : d.l2(), d.skillBias(), d.knowledgeBias(),
          threads != null ? threads : Runtime.getRuntime().availableProcessors(), Set.of());
      err.println("skillgap: training span detector on " + train + " (" + cfg.summary() + ")");
      err.flush();
      long t0 = System.nanoTime();
      Path model = new SpanDetectorTrainer(NlpModels.loadEnglish(), new TermNormalizer(), Progress.to(err))
          .train(train, output, cfg);
      byte[] trained = Files.readAllBytes(model);
      out.printf("%s: %,d bytes, sha256 %s, trained in %.0f s%n", model, trained.length, Sha256.hex(trained),
          (System.nanoTime() - t0) / 1e9);
      compareWithCommitted(out, "model", SpanDetector.class, SpanDetector.DEFAULT_RESOURCE, trained);
      return 0;
    }
  }

  /**
   * {@code skillgap train scoring}: the scoring weights (bias, lexical, semantic, span) learned by
   * logistic regression on the synthetic job-ad sentences ({@link dev.skillgap.eval.ScoringFit}),
   * printed as the configuration's scoring block. The calibration must then be refitted with
   * {@code skillgap eval --calibrate}, since it maps these weights' raw scores.
   */
  @Command(name = "scoring", mixinStandardHelpOptions = true,
      description = {"Learn the scoring weights from the synthetic job-ad sentences shipped in the jar "
          + "(train/synthetic-job-sentences.tsv) and print them as a scoring block.",
          "Refit the calibration afterwards with 'skillgap eval --calibrate --config FILE'."})
  static final class Scoring implements Callable<Integer> {

    @Mixin
    ExtractorOptions extractor;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      dev.skillgap.extract.ExtractorConfig c = extractor.config();
      dev.skillgap.extract.ExtractorConfig.Scoring s = c.scoring();
      // every candidate is a row: extract with the return threshold at 0
      dev.skillgap.extract.ExtractorConfig all = new dev.skillgap.extract.ExtractorConfig(c.lexical(), c.spans(),
          c.semantic(), new dev.skillgap.extract.ExtractorConfig.Scoring(s.bias(), s.lexicalWeight(),
              s.semanticWeight(), s.spanWeight(), 0, s.calibration()));
      List<dev.skillgap.eval.SyntheticSentences.Sentence> sentences = dev.skillgap.eval.SyntheticSentences.load();
      dev.skillgap.eval.ScoringFit.Fit fit = dev.skillgap.eval.ScoringFit.fit(extractor.load(err, all).extractor(),
          sentences);
      out.printf(java.util.Locale.ROOT, "%d sentences, %,d mentions (%,d of a demanded concept), ridge %s%n",
          sentences.size(), fit.mentions(), fit.positives(), dev.skillgap.eval.ScoringFit.RIDGE);
      out.printf(java.util.Locale.ROOT,
          "\"bias\": %.2f, \"lexicalWeight\": %.2f, \"semanticWeight\": %.2f, \"spanWeight\": %.2f%n",
          fit.bias(), fit.lexicalWeight(), fit.semanticWeight(), fit.spanWeight());
      return 0;
    }
  }

  /** Prints whether {@code trained} equals the committed {@code resource} (beside {@code owner}), with its digest. */
  private static void compareWithCommitted(PrintWriter out, String what, Class<?> owner, String resource,
      byte[] trained) throws java.io.IOException {
    byte[] shipped;
    try (InputStream in = owner.getResourceAsStream(resource)) {
      shipped = in == null ? new byte[0] : in.readAllBytes();
    }
    out.printf("committed %s (%s): sha256 %s -> %s%n", what, resource, Sha256.hex(shipped),
        java.util.Arrays.equals(trained, shipped) ? "identical" : "different");
  }

  /**
   * {@code skillgap train static-embeddings}: the static word-piece table of {@code StaticEncoder},
   * distilled from MiniLM and fine-tuned on the taxonomy's (text, concept) pairs; with the default
   * settings it reproduces the committed table, and says whether it did.
   */
  @Command(name = "static-embeddings", mixinStandardHelpOptions = true,
      description = {"Distil a static word-piece embedding table from all-MiniLM-L6-v2 (model2vec: every token through",
          "the model, PCA, SIF weights by rank), then fine-tune it contrastively on ESCO/O*NET label pairs and on",
          "SkillSpan train's skill spans linked by MiniLM.",
          "Writes " + StaticEmbeddingsTrainer.MODEL_FILE + " and " + StaticEmbeddingsTrainer.DISTILLED_FILE
              + "; the defaults are the committed table's settings."})
  static final class StaticEmbeddings implements Callable<Integer> {

    @Mixin
    TaxonomyOptions taxonomy;

    @Option(names = {"-o", "--out", "--output"}, paramLabel = "DIR", defaultValue = "build/models",
        description = "Folder for the tables (default: ${DEFAULT-VALUE}).")
    Path output;

    @Option(names = "--skillspan", paramLabel = "DIR",
        description = "SkillSpan json folder whose train.json spans are linked by MiniLM and trained on "
            + "(default: ../shared/data/skillspan/json).")
    Path skillspan;

    @Option(names = "--no-skillspan", description = "Train on the taxonomy's pairs only.")
    boolean noSkillspan;

    @Option(names = "--dims", description = "PCA dimensions (default: the committed table's).")
    Integer dims;

    @Option(names = "--sif", description = "SIF coefficient a (default: the committed table's).")
    Double sif;

    @Option(names = "--epochs", description = "Fine-tuning epochs; 0 keeps the distilled table (default: the committed table's).")
    Integer epochs;

    @Option(names = "--batch", description = "Pairs per batch (default: the committed table's).")
    Integer batch;

    @Option(names = "--lr", description = "Adam learning rate (default: the committed table's).")
    Double lr;

    @Option(names = "--temperature", description = "InfoNCE temperature (default: the committed table's).")
    Double temperature;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      StaticEmbeddingsTrainer.Config d = StaticEmbeddingsTrainer.Config.defaults();
      StaticEmbeddingsTrainer.Config cfg = new StaticEmbeddingsTrainer.Config(
          new StaticDistiller.Config(dims != null ? dims : d.distil().dims(),
              sif != null ? sif : d.distil().sifCoefficient()),
          new ContrastiveTuner.Config(epochs != null ? epochs : d.tune().epochs(),
              batch != null ? batch : d.tune().batchSize(), lr != null ? lr : d.tune().learningRate(),
              temperature != null ? temperature : d.tune().temperature(), d.tune().decay(), d.tune().seed()));
      List<String> phrases = List.of();
      if (!noSkillspan) {
        Path dir = skillspan != null ? skillspan : dev.skillgap.io.SkillgapHome.sharedData().resolve("skillspan/json");
        if (!Files.isRegularFile(dir.resolve("train.json"))) {
          throw new NoSuchFileException(dir.resolve("train.json").toString(), null,
              "SkillSpan train file not found (give --skillspan DIR or --no-skillspan)");
        }
        phrases = DevSets.skillSpanPhrases(dir, "train");
      }
      Taxonomy t = taxonomy.open(err);
      long t0 = System.nanoTime();
      StaticEmbeddingsTrainer.Outcome o;
      java.util.function.Consumer<String> log = Progress.to(err);
      try (SentenceEncoder teacher = new SentenceEncoder(1);
          LabelVectorIndex labels = LabelVectorIndex.openOrBuild(t, teacher, LabelVectorIndex.LabelSet.PREFERRED,
              dev.skillgap.io.SkillgapHome.cacheDir(), 1, log)) {
        o = new StaticEmbeddingsTrainer(log).train(t, teacher, labels, phrases, output, cfg);
      }
      byte[] trained = Files.readAllBytes(o.model());
      out.printf("%s: %,d bytes; held out: %s%n", o.distilled(), Files.size(o.distilled()), o.distilledHeldOut());
      out.printf("%s: %,d bytes; held out: %s; sha256 %s, made in %.0f s%n", o.model(), trained.length,
          o.tunedHeldOut(), Sha256.hex(trained), (System.nanoTime() - t0) / 1e9);
      compareWithCommitted(out, "table", StaticEncoder.class, StaticEncoder.DEFAULT_RESOURCE, trained);
      return 0;
    }
  }
}
