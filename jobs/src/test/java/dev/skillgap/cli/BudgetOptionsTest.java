package dev.skillgap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skillgap.gap.GapModel;
import dev.skillgap.rank.Budget;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Every command that recommends reads the budget options the same way, with the same defaults and checks. */
class BudgetOptionsTest {

  /** The budget options of each recommending command after parsing {@code args} (plus what a command requires). */
  private static List<BudgetOptions> parse(String... args) {
    RecommendCommand recommend = new RecommendCommand();
    List<String> withOutput = new ArrayList<>(List.of(args));
    withOutput.addAll(List.of("-o", "recs.jsonl"));
    new CommandLine(recommend).parseArgs(withOutput.toArray(String[]::new));
    WeeklyCommand weekly = new WeeklyCommand();
    new CommandLine(weekly).parseArgs(args);
    EvalRecommend eval = new EvalRecommend();
    new CommandLine(eval).parseArgs(args);
    BenchRecommend bench = new BenchRecommend();
    new CommandLine(bench).parseArgs(args);
    return List.of(recommend.budgetOptions, weekly.budgetOptions, eval.budgetOptions, bench.budgetOptions);
  }

  @Test
  void theCommandsParseTheSameBudget() {
    for (BudgetOptions b : parse("--k", "3", "--max-hours", "40", "--max-cost", "250.5", "--top-skills", "12")) {
      assertEquals(new Budget(3, 40.0, 250.5), b.budget());
      assertEquals(12, b.topSkills());
    }
  }

  @Test
  void theCommandsHaveTheSameDefaults() {
    for (BudgetOptions b : parse()) {
      assertEquals(new Budget(5, null, null), b.budget());
      assertEquals(GapModel.DEFAULT_TOP, b.topSkills());
    }
  }

  @Test
  void aNegativeKOrNoTopSkillIsBadUsageInEveryCommand() {
    for (Object command : List.of(new WeeklyCommand(), new EvalRecommend(), new BenchRecommend())) {
      CommandLine.ParameterException k = assertThrows(CommandLine.ParameterException.class,
          () -> new CommandLine(command).parseArgs("--k", "-1"));
      assertTrue(k.getMessage().contains("--k must be at least 0"), k.getMessage());
      CommandLine.ParameterException top = assertThrows(CommandLine.ParameterException.class,
          () -> new CommandLine(command).parseArgs("--top-skills", "0"));
      assertTrue(top.getMessage().contains("--top-skills must be at least 1"), top.getMessage());
    }
  }
}
