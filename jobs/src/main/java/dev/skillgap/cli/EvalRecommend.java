package dev.skillgap.cli;

import dev.skillgap.catalog.Catalog;
import dev.skillgap.catalog.Credential;
import dev.skillgap.catalog.SyntheticCatalogue;
import dev.skillgap.extract.PipelineSkillExtractor;
import dev.skillgap.gap.LearnerProfile;
import dev.skillgap.occupation.RoleResolver;
import dev.skillgap.demand.eval.DemandForecastEvaluator;
import dev.skillgap.index.CredentialIndex;
import dev.skillgap.io.AtomicFiles;
import dev.skillgap.io.SkillgapHome;
import dev.skillgap.rank.Budget;
import dev.skillgap.rank.LearnerResult;
import dev.skillgap.rank.PlannerEvaluator;
import dev.skillgap.rank.RecommendationEvaluator;
import dev.skillgap.rank.RecommendationJson;
import dev.skillgap.rank.Recommender;
import dev.skillgap.rank.RecommenderModel;
import dev.skillgap.taxonomy.Taxonomy;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code skillgap eval recommend}: gap size, what plans close, whether demand holds a week on, planner optimality. */
@Command(name = "recommend", mixinStandardHelpOptions = true,
    description = {"What learners are shown, measured: gap sizes and the share of each weighted gap the --k",
        "credentials close (median; targets: gap <= 15, closed >= 60%%), on the catalogue and, with",
        "--synthetic-credentials, on a synthetic one; whether the gap's skills from the weeks up to t are demanded by",
        "week t+1's postings for the same role (precision@N, against ESCO's essential skills alone); and the",
        "greedy planner's ratio to the exact optimum on seeded random instances. Inputs as for recommend: with",
        "none named, data-samples."})
final class EvalRecommend implements Callable<Integer> {

  @Option(names = "--synthetic-credentials", paramLabel = "N", defaultValue = "5000",
      description = "Also measure with a synthetic catalogue of N credentials drawn over the demanded skills; 0: not"
          + " (default: ${DEFAULT-VALUE}).")
  int synthetic;

  @Option(names = "--min-next-postings", paramLabel = "N", defaultValue = "10",
      description = "Forecast only roles with at least N postings in the week predicted (default: ${DEFAULT-VALUE}).")
  int minNext;

  @Option(names = "--planner-instances", paramLabel = "N", defaultValue = "500",
      description = "Random planning instances solved greedily and exactly (default: ${DEFAULT-VALUE}).")
  int instances;

  @Option(names = "--seed", defaultValue = "2026", description = "Seed of the synthetic catalogue and the planner instances"
      + " (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = {"-o", "--output"}, paramLabel = "OUT.jsonl",
      description = "Also write each learner's recommendation on the catalogue here, as recommend does, for reading.")
  Path output;

  @Mixin
  BudgetOptions budgetOptions;

  @Mixin
  RecommendInputOptions inputs;

  @Mixin
  ColumnOptions columnOptions;

  @Mixin
  ExtractorOptions extractor;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Budget budget = budgetOptions.budget();
    if (budget.maxCredentials() < 1 || synthetic < 0 || minNext < 1 || instances < 0) {
      throw new ParameterException(spec.commandLine(), "--k and --min-next-postings must be at least 1;"
          + " --synthetic-credentials and --planner-instances at least 0");
    }
    RecommendInputOptions.Inputs in = inputs.resolve(spec);
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    out.println("inputs" + (in.samples() ? " (data-samples)" : "") + ": learners " + in.learners() + "; catalogue "
        + in.catalogs() + "; postings " + in.postings());
    RecommendInputOptions.Loaded loaded = inputs.load(in, extractor, columnOptions, err);
    PipelineSkillExtractor x = loaded.models().extractor();
    Taxonomy t = loaded.models().taxonomy();
    RoleResolver roles = loaded.roles();
    DemandInputs demand = loaded.demand();
    out.printf(Locale.ROOT, "postings: %d read, %d with a role, demand as of %s%n", demand.asked.size(),
        demand.asked.stream().filter(p -> p.occupation() >= 0).count(), demand.asOf);
    List<LearnerProfile> cohort = loaded.learners().learners();
    Catalog cat = loaded.catalog();

    out.printf("== catalogue: %d credentials%n", cat.credentials().size());
    out.print(evaluate(cohort, cat.credentials(), t, x, roles, demand, budget, output).summary());
    if (output != null) {
      out.println("recommendations: " + output);
    }
    if (synthetic > 0) {
      List<Credential> synth = new SyntheticCatalogue(BenchRecommend.pool(t, demand.asked, seed))
          .credentials(synthetic, seed);
      out.printf("== synthetic catalogue: %d credentials (seed %d)%n", synth.size(), seed);
      out.print(evaluate(cohort, synth, t, x, roles, demand, budget, null).summary());
    }
    out.println("== " + new DemandForecastEvaluator(t, budgetOptions.topSkills()).run(demand.asked, minNext).summary());
    if (instances > 0) {
      PlannerEvaluator.Result p = new PlannerEvaluator().run(instances, seed);
      out.printf(Locale.ROOT, "== planner: greedy / exact optimum over %d random instances: mean %.4f, worst %.4f"
              + " (seed %d), optimal in %.1f%%%n", p.instances(), p.meanRatio(), p.worstRatio(), p.worstSeed(),
          100 * p.optimalShare());
    }
    out.flush();
    return 0;
  }

  private RecommendationEvaluator.Result evaluate(List<LearnerProfile> cohort, List<Credential> credentials, Taxonomy t,
      PipelineSkillExtractor x, RoleResolver roles, DemandInputs demand, Budget budget, Path write) throws Exception {
    Path dir = Files.createTempDirectory("skillgap-eval-index");
    try (CredentialIndex index = CredentialIndex.build(dir, credentials, t)) {
      Recommender rec = RecommenderModel.of(t, x, roles, demand.demand(), budgetOptions.topSkills(), index, credentials)
          .recommender();
      List<LearnerResult> results = new ArrayList<>();
      for (LearnerProfile l : cohort) {
        results.add(rec.recommend(l, budget));
      }
      if (write != null) {
        RecommendationJson json = new RecommendationJson(Json.MAPPER, t, index::get);
        List<String> lines = new ArrayList<>();
        for (LearnerResult r : results) {
          lines.add(Json.MAPPER.writeValueAsString(json.toJson(r)));
        }
        AtomicFiles.writeLines(write, lines);
      }
      return RecommendationEvaluator.evaluate(results);
    } finally {
      SkillgapHome.deleteRecursively(dir);
    }
  }

}
