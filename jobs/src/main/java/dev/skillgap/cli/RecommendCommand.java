package dev.skillgap.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.skillgap.catalog.Catalog;
import dev.skillgap.gap.LearnerReader;
import dev.skillgap.index.CredentialIndex;
import dev.skillgap.io.SkillgapHome;
import dev.skillgap.rank.Budget;
import dev.skillgap.rank.LearnerResult;
import dev.skillgap.rank.RecommendationJson;
import dev.skillgap.rank.Recommender;
import dev.skillgap.rank.RecommenderModel;
import dev.skillgap.taxonomy.Taxonomy;
import java.io.BufferedWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code skillgap recommend}: ranked micro-credentials per learner, without Spark. */
@Command(name = "recommend", mixinStandardHelpOptions = true,
    description = {"Recommend micro-credentials that close each learner's gap for their target role.",
        "Demand comes from the role's postings (recent ones weigh more), or from the essential skills of its ESCO",
        "profile when no posting asks for a skill; the gap is measured on the role's --top-skills most demanded",
        "hard skills, soft skills listed apart. One JSON document per learner per line. With no input option,",
        "data-samples is read (learners, catalogue and all weekly drops); once any input is named only the named",
        "ones are, and --learners is needed."})
public final class RecommendCommand implements Callable<Integer> {

  @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT.jsonl", description = "Output JSON Lines file.")
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
    RecommendInputOptions.Inputs in = inputs.resolve(spec);
    PrintWriter err = spec.commandLine().getErr();
    err.println("skillgap recommend: inputs" + (in.samples() ? " (data-samples: no input named)" : "") + ": learners "
        + in.learners() + "; catalogue " + (in.catalogs().isEmpty() ? "none (gaps only, no recommendations)" : in.catalogs())
        + "; postings " + (in.postings().isEmpty() ? "none (demand from the ESCO occupation profiles only)" : in.postings()));
    long t0 = System.nanoTime();
    // Postings parsed, deduplicated, extracted and resolved to occupations; catalogue; learners.
    RecommendInputOptions.Loaded loaded = inputs.load(in, extractor, columnOptions, err);
    Taxonomy t = loaded.models().taxonomy();
    DemandInputs demand = loaded.demand();
    Catalog cat = loaded.catalog();
    LearnerReader.Result lr = loaded.learners();
    Path indexDir = SkillgapHome.cacheDir().resolve("credential-index");
    CredentialIndex index = CredentialIndex.openOrBuild(indexDir, cat.credentials(), t);
    Recommender rec = RecommenderModel.of(t, loaded.models().extractor(), loaded.roles(), demand.demand(),
        budgetOptions.topSkills(), index, cat.credentials()).recommender();
    RecommendationJson json = new RecommendationJson(Json.MAPPER, t, index::get);
    Budget budget = budgetOptions.budget();

    Path abs = output.toAbsolutePath();
    Files.createDirectories(abs.getParent());
    Path tmp = Files.createTempFile(abs.getParent(), abs.getFileName().toString(), ".tmp");
    long recs = 0;
    long[] latencies = new long[lr.learners().size()];
    try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
      for (int i = 0; i < lr.learners().size(); i++) {
        long s = System.nanoTime();
        LearnerResult r = rec.recommend(lr.learners().get(i), budget);
        latencies[i] = System.nanoTime() - s;
        ObjectNode doc = json.toJson(r);
        recs += doc.get("recommendations").size();
        w.write(Json.MAPPER.writeValueAsString(doc));
        w.write('\n');
      }
    } catch (RuntimeException | java.io.IOException e) {
      Files.deleteIfExists(tmp);
      throw e;
    }
    Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    java.util.Arrays.sort(latencies);
    err.printf("skillgap recommend: %d learners (%d rejected, %d duplicates), %d recommendations; %d postings "
            + "(%d duplicates) for demand as of %s; catalogue %d credentials (%d rejected); p50 %.1f ms per "
            + "learner; %.1f s in all -> %s%n", lr.learners().size(), lr.rejects().size(), lr.duplicates().size(), recs,
        demand.dedup.unique().size(),
        demand.dedup.duplicates().size(), demand.asOf, cat.credentials().size(), cat.rejects().size(),
        latencies.length == 0 ? 0 : latencies[latencies.length / 2] / 1e6, (System.nanoTime() - t0) / 1e9, output);
    for (LearnerReader.LearnerReject r : lr.rejects()) {
      err.println("skillgap: " + r.file() + ": " + r.entry() + ": " + r.reason());
    }
    err.flush();
    return 0;
  }

}
