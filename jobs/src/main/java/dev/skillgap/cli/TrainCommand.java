package dev.skillgap.cli;

import dev.skillgap.spans.SpanDetector;
import dev.skillgap.spans.SpanDetectorTrainer;
import dev.skillgap.text.NlpModels;
import dev.skillgap.text.TermNormalizer;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code skillgap train ...}: rebuilds the shipped models from their training data. */
@Command(name = "train", mixinStandardHelpOptions = true, description = "Train the models the extractor ships with.",
    subcommands = {TrainCommand.Spans.class})
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
      Path model = new SpanDetectorTrainer(NlpModels.loadEnglish(), new TermNormalizer(), msg -> {
        err.println("skillgap: " + msg);
        err.flush();
      }).train(train, output, cfg);
      byte[] trained = Files.readAllBytes(model);
      byte[] shipped;
      try (InputStream in = SpanDetector.class.getResourceAsStream(SpanDetector.DEFAULT_RESOURCE)) {
        shipped = in == null ? new byte[0] : in.readAllBytes();
      }
      out.printf("%s: %,d bytes, sha256 %s, trained in %.0f s%n", model, trained.length, sha256(trained),
          (System.nanoTime() - t0) / 1e9);
      out.printf("committed model (%s): sha256 %s -> %s%n", SpanDetector.DEFAULT_RESOURCE, sha256(shipped),
          java.util.Arrays.equals(trained, shipped) ? "identical" : "different");
      return 0;
    }

    private static String sha256(byte[] b) throws java.security.NoSuchAlgorithmException {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    }
  }
}
