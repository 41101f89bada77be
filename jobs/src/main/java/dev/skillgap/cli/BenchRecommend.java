package dev.skillgap.cli;

import dev.skillgap.catalog.Catalog;
import dev.skillgap.catalog.CatalogReader;
import dev.skillgap.catalog.Credential;
import dev.skillgap.catalog.SyntheticCatalogue;
import dev.skillgap.extract.PipelineSkillExtractor;
import dev.skillgap.gap.LearnerProfile;
import dev.skillgap.gap.LearnerReader;
import dev.skillgap.gap.LearnerSkill;
import dev.skillgap.gap.LearnerSkillModel;
import dev.skillgap.demand.PostingSkills;
import dev.skillgap.occupation.RoleResolver;
import dev.skillgap.index.CredentialIndex;
import dev.skillgap.io.SkillgapHome;
import dev.skillgap.rank.Budget;
import dev.skillgap.rank.LearnerResult;
import dev.skillgap.rank.Recommender;
import dev.skillgap.rank.RecommenderModel;
import dev.skillgap.taxonomy.Concept;
import dev.skillgap.taxonomy.Taxonomy;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code skillgap bench recommend}: latency per learner against a large catalogue (the sample
 * catalogue topped up with seeded synthetic credentials whose skills favour what the sample
 * postings demand), split into measuring the learner's skills (CV extraction) and the rest
 * (demand lookup, gap, index retrieval, planning); plus index build and reopen times.
 */
@Command(name = "recommend", mixinStandardHelpOptions = true,
    description = {"Latency per learner with a large credential catalogue (default 10,000), and the index build time.",
        "Learners and postings default to data-samples; single-threaded."})
final class BenchRecommend implements Callable<Integer> {

  @Option(names = "--credentials", defaultValue = "10000", description = "Catalogue size (default: ${DEFAULT-VALUE}).")
  int credentials;

  @Option(names = "--learners", paramLabel = "FILE", description = "Learners JSON Lines (default: data-samples).")
  Path learners;

  @Option(names = "--postings", paramLabel = "PATH", arity = "1..*", description = "Posting files or folders (default: data-samples/postings).")
  List<Path> postings;

  @Option(names = "--repeat", defaultValue = "5", description = "Measured passes over the learners (default: ${DEFAULT-VALUE}).")
  int repeat;

  @Option(names = "--seed", defaultValue = "42", description = "Seed of the synthetic catalogue (default: ${DEFAULT-VALUE}).")
  long seed;

  @Mixin
  BudgetOptions budgetOptions;

  @Mixin
  ExtractorOptions extractor;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter w = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path samples = SkillgapHome.dataSamples();
    long t0 = System.nanoTime();
    LoadedModels models = extractor.load(err);
    PipelineSkillExtractor x = models.extractor();
    Taxonomy t = models.taxonomy();
    RoleResolver roles = new RoleResolver(t);
    double startup = secs(t0);

    long t1 = System.nanoTime();
    DemandInputs demand = DemandInputs.read(postings != null ? postings : List.of(samples.resolve("postings")),
        dev.skillgap.io.ColumnMapping.NONE, null, x, roles, t);
    double demandSecs = secs(t1);

    Catalog real = new CatalogReader(t, x).read(List.of(samples.resolve("catalog")));
    List<Credential> catalogue = new ArrayList<>(real.credentials());
    if (credentials > catalogue.size()) {
      catalogue.addAll(new SyntheticCatalogue(pool(t, demand.asked, seed)).credentials(credentials - catalogue.size(), seed));
    }
    w.printf(Locale.ROOT, "start-up incl. models %.1f s; demand from %,d postings %.1f s; catalogue %,d credentials "
            + "(%d from data-samples), %,d skills taught%n", startup, demand.asked.size(), demandSecs, catalogue.size(),
        real.credentials().size(), catalogue.stream().mapToInt(c -> c.skills().size()).sum());

    Path dir = Files.createTempDirectory("skillgap-bench-index");
    try {
      long[] builds = new long[3];
      for (int i = 0; i < builds.length; i++) {
        long s = System.nanoTime();
        CredentialIndex.build(dir, catalogue, t).close();
        builds[i] = System.nanoTime() - s;
      }
      long[] opens = new long[11];
      for (int i = 0; i < opens.length; i++) {
        long s = System.nanoTime();
        CredentialIndex.open(dir, t).close();
        opens[i] = System.nanoTime() - s;
      }
      long[] laterOpens = Arrays.copyOfRange(opens, 1, opens.length);
      Arrays.sort(laterOpens);
      w.printf(Locale.ROOT, "index build: %s ms (3 builds; the first warms the JIT), %.1f MB; reopen first %.1f ms, "
              + "then median %.1f ms%n", Arrays.toString(Arrays.stream(builds).map(b -> b / 1_000_000).toArray()),
          size(dir) / 1e6, opens[0] / 1e6, laterOpens[laterOpens.length / 2] / 1e6);

      try (CredentialIndex index = CredentialIndex.open(dir, t)) {
        RecommenderModel model = RecommenderModel.of(t, x, roles, demand.demand(), budgetOptions.topSkills(), index,
            catalogue);
        LearnerSkillModel skills = model.skills();
        Recommender rec = model.recommender();
        List<LearnerProfile> cohort = new LearnerReader()
            .read(learners != null ? learners : samples.resolve("learners/learners.jsonl")).learners();
        Budget budget = budgetOptions.budget();
        int m = cohort.size();
        long[][] cold = {new long[m], new long[m], new long[m], {0}};
        pass(cohort, skills, rec, budget, cold); // warm-up: JIT, demand per role, decoded credentials
        int n = cohort.size() * Math.max(1, repeat);
        long[] skillNs = new long[n];
        long[] planNs = new long[n];
        long[] totalNs = new long[n];
        long recs = 0;
        for (int r = 0; r < Math.max(1, repeat); r++) {
          recs = pass(cohort, skills, rec, budget, new long[][] {skillNs, planNs, totalNs, {r * cohort.size()}});
        }
        w.printf(Locale.ROOT, "learners: %d x %d passes, %d recommendations per pass, 1 thread%n", cohort.size(),
            Math.max(1, repeat), recs);
        w.printf(Locale.ROOT, "  first pass (cold JIT and caches): %s%n", percentiles(cold[2]));
        w.printf(Locale.ROOT, "  per learner, all of it:           %s%n", percentiles(totalNs));
        w.printf(Locale.ROOT, "  learner skills (CV extraction):   %s%n", percentiles(skillNs));
        w.printf(Locale.ROOT, "  gap + retrieval + planning:       %s%n", percentiles(planNs));
      }
    } finally {
      SkillgapHome.deleteRecursively(dir);
    }
    long peak = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) {
        peak += p.getPeakUsage().getUsed();
      }
    }
    w.printf(Locale.ROOT, "peak heap (sum of pool peaks): %,d MB%n", peak >> 20);
    return 0;
  }

  /** One pass over the cohort, recording latencies into {@code into} from offset {@code into[3][0]}; returns the recommendations made. */
  private static long pass(List<LearnerProfile> cohort, LearnerSkillModel skills, Recommender rec, Budget budget,
      long[][] into) {
    if (cohort.isEmpty()) {
      throw new IllegalArgumentException("no learners to measure");
    }
    long recs = 0;
    for (int i = 0; i < cohort.size(); i++) {
      LearnerProfile l = cohort.get(i);
      long a = System.nanoTime();
      List<String> unknown = new ArrayList<>();
      List<LearnerSkill> held = skills.skills(l, unknown);
      long b = System.nanoTime();
      LearnerResult r = rec.recommend(l, held, unknown, budget);
      long c = System.nanoTime();
      recs += r.plan().steps().size();
      int at = (int) into[3][0] + i;
      into[0][at] = b - a;
      into[1][at] = c - b;
      into[2][at] = c - a;
    }
    return recs;
  }

  /**
   * The skills synthetic credentials teach, most popular first: those the postings ask for, by how
   * many postings ask, then the other ESCO skills in seeded order.
   */
  static List<Concept> pool(Taxonomy t, List<PostingSkills> asked, long seed) {
    Map<Integer, Integer> count = new LinkedHashMap<>();
    for (PostingSkills p : asked) {
      for (PostingSkills.Asked a : p.skills()) {
        count.merge(a.concept(), 1, Integer::sum);
      }
    }
    List<Integer> demanded = new ArrayList<>(count.keySet());
    demanded.sort((a, b) -> count.get(b) - count.get(a) != 0 ? count.get(b) - count.get(a) : Integer.compare(a, b));
    LinkedHashSet<Concept> pool = new LinkedHashSet<>();
    demanded.forEach(c -> pool.add(t.concept(c)));
    List<Concept> rest = new ArrayList<>(t.concepts().stream().filter(Concept::isEsco).toList());
    Collections.shuffle(rest, new Random(seed));
    pool.addAll(rest);
    return new ArrayList<>(pool);
  }

  private static String percentiles(long[] ns) {
    long[] s = ns.clone();
    Arrays.sort(s);
    return String.format(Locale.ROOT, "p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms", at(s, 0.5), at(s, 0.9),
        at(s, 0.99), s[s.length - 1] / 1e6);
  }

  private static double at(long[] sorted, double p) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
  }

  private static double secs(long since) {
    return (System.nanoTime() - since) / 1e9;
  }

  private static long size(Path dir) throws java.io.IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.mapToLong(p -> p.toFile().length()).sum();
    }
  }
}
