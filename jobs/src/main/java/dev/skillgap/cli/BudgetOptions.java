package dev.skillgap.cli;

import dev.skillgap.gap.GapModel;
import dev.skillgap.rank.Budget;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * What each learner is recommended, the same options in every command that recommends: at most
 * {@code --k} credentials within {@code --max-hours} and {@code --max-cost}, for the gap measured on
 * the role's {@code --top-skills} most demanded hard skills.
 */
public final class BudgetOptions {

  @Spec(Spec.Target.MIXEE)
  CommandSpec mixee;

  private int k;

  @Option(names = "--max-hours", paramLabel = "H", description = "Hours budget per learner.")
  Double maxHours;

  @Option(names = "--max-cost", paramLabel = "C", description = "Cost budget per learner (credentials of unknown cost are left out).")
  Double maxCost;

  private int topSkills;

  @Option(names = "--k", defaultValue = "5", description = "Credentials per learner (default: ${DEFAULT-VALUE}).")
  void setK(int k) {
    if (k < 0) {
      throw new ParameterException(mixee.commandLine(), "--k must be at least 0");
    }
    this.k = k;
  }

  @Option(names = "--top-skills", paramLabel = "N", defaultValue = "" + GapModel.DEFAULT_TOP,
      description = "Measure each learner's gap on the N hard skills their target role demands most (default: ${DEFAULT-VALUE}).")
  void setTopSkills(int n) {
    if (n < 1) {
      throw new ParameterException(mixee.commandLine(), "--top-skills must be at least 1");
    }
    topSkills = n;
  }

  /** The limits on each learner's plan: {@code --k}, {@code --max-hours} and {@code --max-cost}. */
  Budget budget() {
    return new Budget(k, maxHours, maxCost);
  }

  /** How many of the target role's most demanded hard skills a learner's gap is measured on ({@code --top-skills}). */
  int topSkills() {
    return topSkills;
  }
}
