package dev.skillgap.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.skillgap.catalog.Catalog;
import dev.skillgap.catalog.CatalogReader;
import dev.skillgap.catalog.Credential;
import dev.skillgap.catalog.TaughtSkill;
import dev.skillgap.extract.PipelineSkillExtractor;
import dev.skillgap.gap.GapModel;
import dev.skillgap.gap.LearnerReader;
import dev.skillgap.gap.LearnerSkillModel;
import dev.skillgap.gap.RoleResolver;
import dev.skillgap.gap.SkillImplications;
import dev.skillgap.index.CredentialIndex;
import dev.skillgap.io.SkillgapHome;
import dev.skillgap.rank.Budget;
import dev.skillgap.rank.LearnerResult;
import dev.skillgap.rank.RecommendationJson;
import dev.skillgap.rank.Recommender;
import dev.skillgap.taxonomy.Taxonomy;
import java.io.BufferedWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

  @Option(names = "--learners", paramLabel = "FILE", description = "Learners file (JSON Lines).")
  Path learners;

  @Option(names = "--catalog", paramLabel = "PATH", arity = "1..*", description = "Catalogue files or folders.")
  List<Path> catalog;

  @Option(names = "--postings", paramLabel = "PATH", arity = "1..*", description = "Posting files or folders.")
  List<Path> postings;

  @Option(names = "--as-of", paramLabel = "DATE", description = "Date demand is measured at (default: the newest posting date).")
  LocalDate asOf;

  @Option(names = "--k", defaultValue = "5", description = "Credentials per learner (default: ${DEFAULT-VALUE}).")
  int k;

  @Option(names = "--top-skills", paramLabel = "N", defaultValue = "" + GapModel.DEFAULT_TOP,
      description = "Measure each learner's gap on the N hard skills their target role demands most (default: ${DEFAULT-VALUE}).")
  int topSkills;

  @Option(names = "--max-hours", paramLabel = "H", description = "Hours budget per learner.")
  Double maxHours;

  @Option(names = "--max-cost", paramLabel = "C", description = "Cost budget per learner (credentials of unknown cost are left out).")
  Double maxCost;

  @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT.jsonl", description = "Output JSON Lines file.")
  Path output;

  @Mixin
  ColumnOptions columnOptions;

  @Mixin
  ExtractorOptions extractor;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (k < 0) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--k must be at least 0");
    }
    if (topSkills < 1) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--top-skills must be at least 1");
    }
    Path samples = SkillgapHome.dataSamples();
    // data-samples only when no input is named: a user's figures are never mixed with invented ones
    boolean samplesRun = learners == null && catalog == null && postings == null;
    if (!samplesRun && learners == null) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "--learners is needed: once an input is named, data-samples is not read");
    }
    Path learnerFile = learners != null ? learners : samples.resolve("learners/learners.jsonl");
    List<Path> catalogs = catalog != null ? catalog : samplesRun ? List.of(samples.resolve("catalog")) : List.of();
    List<Path> postingPaths = postings != null ? postings : samplesRun ? List.of(samples.resolve("postings")) : List.of();
    for (Path p : concat(List.of(learnerFile), catalogs, postingPaths)) {
      if (!Files.exists(p)) {
        throw new NoSuchFileException(p.toString());
      }
    }
    PrintWriter err = spec.commandLine().getErr();
    err.println("skillgap recommend: inputs" + (samplesRun ? " (data-samples: no input named)" : "") + ": learners "
        + learnerFile + "; catalogue " + (catalogs.isEmpty() ? "none (gaps only, no recommendations)" : catalogs)
        + "; postings " + (postingPaths.isEmpty() ? "none (demand from the ESCO occupation profiles only)" : postingPaths));
    long t0 = System.nanoTime();
    PipelineSkillExtractor x = extractor.open(err);
    Taxonomy t = extractor.taxonomy.open(err);
    RoleResolver roles = new RoleResolver(t);

    // Postings: parse, deduplicate, extract, resolve occupations.
    DemandInputs demand = DemandInputs.read(postingPaths, columnOptions.columns().postings(), asOf, x, roles, t);

    // Catalogue, index, learners.
    CatalogReader reader = new CatalogReader(t, x);
    Catalog cat = reader.read(catalogs, columnOptions.columns().catalog());
    Path indexDir = SkillgapHome.cacheDir().resolve("credential-index");
    CredentialIndex index = CredentialIndex.openOrBuild(indexDir, cat.credentials(), t);
    Map<String, List<String>> badges = new HashMap<>();
    cat.credentials().forEach(c -> badges.put(c.id(), c.skills().stream().map(TaughtSkill::conceptId).toList()));
    LearnerSkillModel skills = new LearnerSkillModel(t, x, id -> badges.getOrDefault(id, List.of()), SkillImplications.load(t));
    Recommender rec = new Recommender(t, skills, roles, demand.demand(), new GapModel(t, topSkills), index,
        cat.credentials());
    LearnerReader.Result lr;
    try {
      lr = new LearnerReader().read(learnerFile, columnOptions.columns().learners());
    } catch (dev.skillgap.io.ColumnMappingException e) {
      throw new java.io.IOException(learnerFile + ": " + e.getMessage(), e);
    }
    RecommendationJson json = new RecommendationJson(Json.MAPPER, t, index::get);
    Budget budget = new Budget(k, maxHours, maxCost);

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

  @SafeVarargs
  private static List<Path> concat(List<Path>... lists) {
    List<Path> out = new ArrayList<>();
    for (List<Path> l : lists) {
      out.addAll(l);
    }
    return out;
  }
}
