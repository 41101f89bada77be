package dev.skillgap.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.skillgap.catalog.Catalog;
import dev.skillgap.catalog.CatalogReader;
import dev.skillgap.catalog.Credential;
import dev.skillgap.catalog.TaughtSkill;
import dev.skillgap.extract.ExtractedSkill;
import dev.skillgap.extract.Extraction;
import dev.skillgap.extract.PipelineSkillExtractor;
import dev.skillgap.gap.DemandModel;
import dev.skillgap.gap.LearnerReader;
import dev.skillgap.gap.LearnerSkillModel;
import dev.skillgap.gap.PostingSkills;
import dev.skillgap.gap.ResolvedRole;
import dev.skillgap.gap.RoleDemand;
import dev.skillgap.gap.RoleResolver;
import dev.skillgap.gap.SkillImplications;
import dev.skillgap.index.CredentialIndex;
import dev.skillgap.ingest.DedupResult;
import dev.skillgap.ingest.Deduplicator;
import dev.skillgap.ingest.IngestResult;
import dev.skillgap.ingest.Posting;
import dev.skillgap.ingest.PostingParser;
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
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code skillgap recommend}: ranked micro-credentials per learner, without Spark. */
@Command(name = "recommend", mixinStandardHelpOptions = true,
    description = {"Recommend micro-credentials that close each learner's gap for their target role.",
        "Demand comes from the postings (all weekly drops by default, recent ones weigh more) and the ESCO",
        "occupation profile. One JSON document per learner per line."})
public final class RecommendCommand implements Callable<Integer> {

  @Option(names = "--learners", paramLabel = "FILE", description = "Learners JSON Lines (default: data-samples/learners/learners.jsonl).")
  Path learners;

  @Option(names = "--catalog", paramLabel = "PATH", arity = "1..*", description = "Catalogue files or folders (default: data-samples/catalog).")
  List<Path> catalog;

  @Option(names = "--postings", paramLabel = "PATH", arity = "1..*", description = "Posting files or folders (default: data-samples/postings).")
  List<Path> postings;

  @Option(names = "--as-of", paramLabel = "DATE", description = "Date demand is measured at (default: the newest posting date).")
  LocalDate asOf;

  @Option(names = "--k", defaultValue = "5", description = "Credentials per learner (default: ${DEFAULT-VALUE}).")
  int k;

  @Option(names = "--max-hours", paramLabel = "H", description = "Hours budget per learner.")
  Double maxHours;

  @Option(names = "--max-cost", paramLabel = "C", description = "Cost budget per learner (credentials of unknown cost are left out).")
  Double maxCost;

  @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT.jsonl", description = "Output JSON Lines file.")
  Path output;

  @Mixin
  ExtractorOptions extractor;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (k < 0) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--k must be at least 0");
    }
    Path samples = SkillgapHome.dataSamples();
    Path learnerFile = learners != null ? learners : samples.resolve("learners/learners.jsonl");
    List<Path> catalogs = catalog != null ? catalog : List.of(samples.resolve("catalog"));
    List<Path> postingPaths = postings != null ? postings : List.of(samples.resolve("postings"));
    for (Path p : concat(List.of(learnerFile), catalogs, postingPaths)) {
      if (!Files.exists(p)) {
        throw new NoSuchFileException(p.toString());
      }
    }
    PrintWriter err = spec.commandLine().getErr();
    long t0 = System.nanoTime();
    PipelineSkillExtractor x = extractor.open(err);
    Taxonomy t = extractor.taxonomy.open(err);
    RoleResolver roles = new RoleResolver(t);

    // Postings: parse, deduplicate, extract, resolve occupations.
    List<IngestResult> parsed = new ArrayList<>();
    PostingParser parser = new PostingParser();
    for (Path root : postingPaths) {
      try (Stream<Path> files = Files.walk(root)) {
        for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
          parsed.add(parser.parse(f.toString(), Files.readAllBytes(f)));
        }
      }
    }
    List<Posting> accepted = new ArrayList<>();
    parsed.forEach(r -> accepted.addAll(r.accepted()));
    DedupResult dedup = new Deduplicator().dedup(accepted);
    List<PostingSkills> asked = dedup.unique().parallelStream().map(p -> posting(p, x, roles, t)).toList();
    LocalDate date = asOf != null ? asOf : asked.stream().map(PostingSkills::datePosted).max(LocalDate::compareTo)
        .orElse(LocalDate.now());
    DemandModel demandModel = new DemandModel(t);
    Map<Integer, RoleDemand> demand = new ConcurrentHashMap<>();

    // Catalogue, index, learners.
    CatalogReader reader = new CatalogReader(t, x);
    Catalog cat = reader.read(catalogs);
    Path indexDir = SkillgapHome.cacheDir().resolve("credential-index");
    CredentialIndex index = CredentialIndex.openOrBuild(indexDir, cat.credentials(), t);
    Map<String, List<String>> badges = new HashMap<>();
    cat.credentials().forEach(c -> badges.put(c.id(), c.skills().stream().map(TaughtSkill::conceptId).toList()));
    LearnerSkillModel skills = new LearnerSkillModel(t, x, id -> badges.getOrDefault(id, List.of()), SkillImplications.load(t));
    Recommender rec = new Recommender(t, skills, roles,
        occ -> demand.computeIfAbsent(occ, o -> demandModel.demand(o, asked, date)), index, cat.credentials());
    LearnerReader.Result lr = new LearnerReader().read(learnerFile);
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
    err.printf("skillgap recommend: %d learners (%d rejected lines), %d recommendations; %d postings "
            + "(%d duplicates) for demand as of %s; catalogue %d credentials (%d rejected); p50 %.1f ms per "
            + "learner; %.1f s in all -> %s%n", lr.learners().size(), lr.rejects().size(), recs, dedup.unique().size(),
        dedup.duplicates().size(), date, cat.credentials().size(), cat.rejects().size(),
        latencies.length == 0 ? 0 : latencies[latencies.length / 2] / 1e6, (System.nanoTime() - t0) / 1e9, output);
    for (LearnerReader.LearnerReject r : lr.rejects()) {
      err.println("skillgap: " + r.file() + ": line " + r.line() + ": " + r.reason());
    }
    err.flush();
    return 0;
  }

  static PostingSkills posting(Posting p, PipelineSkillExtractor x, RoleResolver roles, Taxonomy t) {
    Optional<ResolvedRole> role = roles.resolve(p.occupationCode().isBlank() ? p.title() : p.occupationCode());
    if (role.isEmpty()) {
      role = roles.resolve(p.title());
    }
    Extraction e = x.extract(p.description());
    List<PostingSkills.Asked> asked = new ArrayList<>();
    for (ExtractedSkill s : e.skills()) {
      if (s.score() >= dev.skillgap.pipeline.WeeklyJob.DEMAND_MIN_SCORE) {
        asked.add(new PostingSkills.Asked(s.conceptIndex(), s.requirement(), s.score()));
      }
    }
    LocalDate d;
    try {
      d = LocalDate.parse(p.datePosted());
    } catch (java.time.format.DateTimeParseException ex) {
      d = LocalDate.now();
    }
    return new PostingSkills(p.postingId(), role.map(ResolvedRole::occupation).orElse(-1), d, asked);
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
