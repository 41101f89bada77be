package dev.skillgap.cli;

import dev.skillgap.synth.SyntheticInputs;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The options shared by the commands that generate synthetic inputs ({@code generate}, the benches). */
final class SyntheticOptions {

  @Spec(Spec.Target.MIXEE)
  CommandSpec mixee;

  /** See {@link #setSampleWording}. */
  double sampleWording = SyntheticInputs.DEFAULT_SAMPLE_WORDING;

  @Option(names = "--sample-wording", paramLabel = "P",
      description = "Probability that a synthetic sentence keeps the sample postings' wording, and so may repeat "
          + "another posting's; the rest name their posting's employer or town and seldom recur. The default, "
          + SyntheticInputs.DEFAULT_SAMPLE_WORDING + ", makes about 30%% of sentences repeats, as in real feeds; "
          + "1 recombines the samples verbatim.")
  void setSampleWording(double p) {
    if (!(p >= 0 && p <= 1)) {
      throw new ParameterException(mixee.commandLine(), "--sample-wording must be between 0 and 1: " + p);
    }
    sampleWording = p;
  }
}
