package dev.skillgap.cli;

import dev.skillgap.cache.CacheStats;
import dev.skillgap.extract.PipelineSkillExtractor;
import dev.skillgap.io.SkillgapHome;
import dev.skillgap.pipeline.eval.DemandEvaluator;
import dev.skillgap.pipeline.eval.DemandJudgments;
import dev.skillgap.pipeline.eval.DemandSummary;
import dev.skillgap.pipeline.eval.JudgingExport;
import dev.skillgap.pipeline.eval.PoolDesign;
import dev.skillgap.pipeline.eval.PoolScores;
import dev.skillgap.pipeline.eval.SourcePool;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
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

/** {@code skillgap eval demand}: precision of demand on the real feeds against the judged pool. */
@Command(name = "demand", mixinStandardHelpOptions = true,
    description = {"Precision of demand (skills at the weekly job's cut-off) on the real feeds, against the judged",
        "pool (eval/demand-judgments.tsv; how it is drawn and judged: eval/demand-judgments.md). Samples postings",
        "per feed in a seeded hash order, extracts them with the full extractor, draws pairs at the cut-off in a",
        "seeded hash order, and reports precision (overall, hard, soft, per feed, with 95%% intervals), skills per",
        "posting, and pairs judged and not; --export writes the drawn pairs not yet judged, for judges."})
final class EvalDemand implements Callable<Integer> {

  @Option(names = "--data", paramLabel = "DIR",
      description = "Folder with nhs-jobs-2020-part1.jsonl and google-job-skills-2018/ (default: ../shared/data/real).")
  Path data;

  @Option(names = "--postings", defaultValue = "300", paramLabel = "N",
      description = "Postings sampled per feed (default: ${DEFAULT-VALUE}).")
  int postings;

  @Option(names = "--pairs", defaultValue = "200", paramLabel = "N",
      description = "Pairs drawn per feed for judging (default: ${DEFAULT-VALUE}).")
  int pairs;

  @Option(names = "--seed", defaultValue = "2026", description = "Seed of the hash orders (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--judgments", paramLabel = "FILE", description = {"Judgements to score against in place of the "
      + "committed ones: the same format, or a judge's filled-in export (rows without a verdict are passed over)."})
  Path judgments;

  @Option(names = "--export", paramLabel = "FILE",
      description = "Write the drawn pairs not yet judged here, shuffled, blind to scores (keep it outside the repository).")
  Path export;

  @Option(names = "--split", split = ",", paramLabel = "A,B",
      description = "Also write the export as two judges' copies: half the rows each plus the --overlap rows both judge.")
  List<Path> split;

  @Option(names = "--overlap", defaultValue = "40", paramLabel = "N",
      description = "Rows both judges get with --split (default: ${DEFAULT-VALUE}).")
  int overlap;

  @Option(names = "--summary", paramLabel = "FILE",
      description = "Write the scores, skills per posting and the most frequent concepts per feed here.")
  Path summary;

  @Option(names = "--top", defaultValue = "20", paramLabel = "N",
      description = "Concepts listed per feed in the summary (default: ${DEFAULT-VALUE}).")
  int top;

  @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all cores).")
  Integer threads;

  @Mixin
  ExtractorOptions extractor;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (postings < 1 || pairs < 1) {
      throw new ParameterException(spec.commandLine(), "--postings and --pairs must be at least 1");
    }
    if (split != null && (split.size() != 2 || export == null)) {
      throw new ParameterException(spec.commandLine(), "--split takes two files, A,B, and needs --export");
    }
    PoolDesign d = new PoolDesign(postings, pairs, seed, PoolDesign.DEFAULT.cutoff());
    Path dir = data != null ? data : SkillgapHome.realData();
    DemandJudgments judged = judgments != null ? DemandJudgments.read(judgments) : DemandJudgments.loadDefault();
    PrintWriter out = spec.commandLine().getOut();
    int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
    long t0 = System.nanoTime();
    PipelineSkillExtractor x = extractor.load(spec.commandLine().getErr()).extractor();
    out.printf(Locale.ROOT, "start-up incl. model loading %.1f s; %d judgements%n", (System.nanoTime() - t0) / 1e9,
        judged.size());
    List<SourcePool> pools = new ArrayList<>();
    for (DemandEvaluator.Feed f : DemandEvaluator.REAL_FEEDS) {
      List<CacheStats> before = x.cacheStats();
      long t = System.nanoTime();
      SourcePool p = DemandEvaluator.pool(f, dir, x, n, d);
      double secs = (System.nanoTime() - t) / 1e9;
      pools.add(p);
      out.printf(Locale.ROOT, "%s: read and extracted %d of %d postings in %.1f s (%.1f postings/s, %d threads);"
          + " cache hits: %s%n", f.name(), p.sampled().size(), p.postings(), secs, p.sampled().size() / secs, n,
          CacheStats.describeSince(before, x.cacheStats()));
      out.flush();
    }
    List<PoolScores> scores = DemandEvaluator.scores(pools, judged);
    scores.forEach(s -> out.print(s.summary()));
    if (summary != null) {
      write(summary, DemandSummary.text(pools, scores, d, top));
      out.println("summary: " + summary);
    }
    if (export != null) {
      List<JudgingExport.Row> rows = JudgingExport.unjudged(pools, judged, d);
      JudgingExport.write(export, rows);
      out.printf("export: %d unjudged pairs in %s%n", rows.size(), export);
      if (split != null) {
        JudgingExport.Split s = JudgingExport.split(rows, overlap, d);
        JudgingExport.write(split.get(0), s.a());
        JudgingExport.write(split.get(1), s.b());
        out.printf("judges' copies: %d rows in %s, %d in %s, %d of them in both%n", s.a().size(), split.get(0),
            s.b().size(), split.get(1), s.both().size());
      }
    }
    return 0;
  }

  private static void write(Path file, String text) throws java.io.IOException {
    Path dir = file.toAbsolutePath().getParent();
    if (dir != null) {
      Files.createDirectories(dir);
    }
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
