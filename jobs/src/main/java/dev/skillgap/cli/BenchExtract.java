package dev.skillgap.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.skillgap.cache.CacheStats;
import dev.skillgap.extract.PipelineSkillExtractor;
import dev.skillgap.io.SkillgapHome;
import dev.skillgap.demand.WeekId;
import dev.skillgap.ingest.IngestOptions;
import dev.skillgap.ingest.IngestResult;
import dev.skillgap.ingest.Posting;
import dev.skillgap.ingest.PostingParser;
import dev.skillgap.synth.SentenceRepetition;
import dev.skillgap.synth.SyntheticInputs;
import dev.skillgap.taxonomy.Taxonomy;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code skillgap bench extract}: extraction throughput on realistic postings of about 3 KB (the
 * sample postings' paragraphs recombined, the synthetic generator's, or SkillSpan's real ones), on
 * one thread and on all cores, with start-up time, peak heap and the caches' hit rates.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = "Throughput of skill extraction on ~3 KB postings: postings/s, MB/s, peak heap, start-up time.")
final class BenchExtract implements Callable<Integer> {

  @Option(names = "--postings", defaultValue = "1000", description = "Postings per run (default: ${DEFAULT-VALUE}).")
  int postings;

  @Option(names = "--threads", description = "Threads for the parallel run (default: all cores).")
  Integer threads;

  @Option(names = "--seed", defaultValue = "42", description = "Seed for recombining postings (default: ${DEFAULT-VALUE}).")
  long seed;

  /** Which postings to measure on. */
  enum Corpus { recombined, synthetic, skillspan, careers, nhs }

  @Option(names = "--corpus", defaultValue = "recombined", description = "recombined: paragraphs of the sample postings "
      + "recombined to ~3 KB (they repeat, so nearly every sentence is a cache hit); synthetic: the generator's "
      + "postings (see --sample-wording); skillspan: the 198 real postings of SkillSpan train and dev; careers: the "
      + "careers-site CSV of ../shared/data/real (Google, 2018); nhs: the health job board's feed there. The real "
      + "corpora are read as weekly reads them and need --data (default: ${DEFAULT-VALUE}).")
  Corpus corpusKind;

  @Option(names = "--data", paramLabel = "DIR",
      description = "For the real corpora: the folder with skillspan/json/ and real/ (default: ../shared/data).")
  Path data;

  @Mixin
  ExtractorOptions extractor;

  @Mixin
  SyntheticOptions synthetic;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter w = spec.commandLine().getOut();
    long t0 = System.nanoTime();
    LoadedModels models = extractor.load(spec.commandLine().getErr());
    PipelineSkillExtractor x = models.extractor();
    x.extract("Warm-up: SQL, Python and teamwork are essential.");
    double startup = (System.nanoTime() - t0) / 1e9;
    int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
    int[] runs = n == 1 ? new int[] {1} : new int[] {1, n};
    // One slice per run plus a warm-up slice, so no run meets text an earlier run has cached.
    int warm = Math.min(100, postings);
    int total = warm + postings * runs.length;
    List<String> all = switch (corpusKind) {
      case synthetic -> synthetic(models.taxonomy(), total, seed, synthetic);
      case recombined -> corpus(total, seed);
      case skillspan -> skillSpan(data != null ? data : SkillgapHome.sharedData());
      case careers -> realPostings((data != null ? data : SkillgapHome.sharedData())
          .resolve("real/google-job-skills-2018/job_skills.csv"));
      case nhs -> realPostings((data != null ? data : SkillgapHome.sharedData()).resolve("real/nhs-jobs-2020-part1.jsonl"));
    };
    if (all.size() < total) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), String.format(
          "the %s corpus has %d postings; %d runs of --postings %d after a warm-up of %d need %d", corpusKind,
          all.size(), runs.length, postings, warm, total));
    }
    long bytes = bytes(all.subList(warm, warm + postings));
    w.printf("steps: %s%n", x.stepNames());
    SentenceRepetition.Share rep = SentenceRepetition.of(all.subList(warm, warm + postings));
    w.printf("corpus: %s, %,d postings per run, %.1f KB mean, %.1f MB, %.0f%% of %,d sentences repeat an earlier one; "
        + "start-up incl. model loading %.1f s%n", corpusKind, postings, bytes / 1024.0 / postings, bytes / 1e6,
        100 * rep.share(), rep.sentences(), startup);
    run(x, all.subList(0, warm), 1, new java.util.concurrent.atomic.AtomicLong()); // JIT warm-up
    for (int k = 0; k < runs.length; k++) {
      int t = runs[k];
      List<String> corpus = all.subList(warm + k * postings, warm + (k + 1) * postings);
      long b = bytes(corpus);
      java.util.concurrent.atomic.AtomicLong cpu = new java.util.concurrent.atomic.AtomicLong();
      List<CacheStats> before = x.cacheStats();
      double secs = run(x, corpus, t, cpu);
      List<CacheStats> after = x.cacheStats();
      w.printf("threads %d: %.1f postings/s, %.2f MB/s (%.1f s); %.1f postings per CPU-second (%.1f CPU-s; "
              + "load average %.1f)%n", t, corpus.size() / secs, b / 1e6 / secs, secs, corpus.size() / (cpu.get() / 1e9),
          cpu.get() / 1e9, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
      w.printf("  cache hits in this run: %s%n", CacheStats.describeSince(before, after));
      w.flush();
    }
    long peak = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) {
        peak += p.getPeakUsage().getUsed();
      }
    }
    w.printf("peak heap (sum of pool peaks): %,d MB; max heap %,d MB%n", peak >> 20, Runtime.getRuntime().maxMemory() >> 20);
    return 0;
  }

  private static long bytes(List<String> texts) {
    return texts.stream().mapToLong(t -> t.getBytes(StandardCharsets.UTF_8).length).sum();
  }

  /** Wall seconds to extract {@code corpus} on {@code threads} threads; adds the threads' CPU nanoseconds to {@code cpu}. */
  private static double run(PipelineSkillExtractor x, List<String> corpus, int threads,
      java.util.concurrent.atomic.AtomicLong cpu) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      long start = System.nanoTime();
      List<Future<?>> fs = new ArrayList<>();
      int chunk = Math.max(1, corpus.size() / (threads * 8));
      for (int i = 0; i < corpus.size(); i += chunk) {
        List<String> part = corpus.subList(i, Math.min(corpus.size(), i + chunk));
        fs.add(pool.submit(() -> {
          long c0 = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
          part.forEach(x::extract);
          cpu.addAndGet(ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - c0);
        }));
      }
      for (Future<?> f : fs) {
        f.get();
      }
      return (System.nanoTime() - start) / 1e9;
    } finally {
      pool.shutdownNow();
    }
  }

  /** {@code n} postings of the synthetic generator (HTML, as job boards publish them), seeded. */
  static List<String> synthetic(Taxonomy t, int n, long seed, SyntheticOptions o) throws IOException {
    SyntheticInputs g = GenerateCommand.generator(t, seed, o);
    List<WeekId> weeks = List.of(WeekId.parse("2026-W48"));
    List<String> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(g.posting(i, weeks).html());
    }
    return out;
  }

  /**
   * The postings of SkillSpan train and dev, in file order: each posting's sentences (tokens joined
   * by spaces), one per line.
   */
  static List<String> skillSpan(Path data) throws IOException {
    Map<String, StringBuilder> postings = new LinkedHashMap<>();
    for (String split : List.of("train", "dev")) {
      Path f = data.resolve("skillspan/json/" + split + ".json");
      if (!Files.isRegularFile(f)) {
        throw new IOException(f + ": not found (SkillSpan, from ../shared/data; give its folder with --data)");
      }
      int line = 0;
      for (String l : Files.readAllLines(f, StandardCharsets.UTF_8)) {
        line++;
        if (l.isBlank()) {
          continue;
        }
        JsonNode d = Json.MAPPER.readTree(l);
        if (d.get("tokens") == null || d.get("idx") == null) {
          throw new IOException(f + ": line " + line + ": no tokens or idx");
        }
        List<String> tokens = new ArrayList<>();
        d.get("tokens").forEach(t -> tokens.add(t.asText()));
        String key = split + "/" + d.path("source").asText() + "/" + d.get("idx").asText();
        postings.computeIfAbsent(key, k -> new StringBuilder()).append(String.join(" ", tokens)).append('\n');
      }
    }
    return postings.values().stream().map(StringBuilder::toString).toList();
  }

  /**
   * The accepted postings of a real file, read as {@code weekly} reads it, without the duplicates
   * within it: each posting's description (its title is not extracted either in the weekly job).
   */
  static List<String> realPostings(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new IOException(file + ": not found (a real file of ../shared/data/real; give its folder's parent with --data)");
    }
    IngestResult r = new PostingParser(IngestOptions.of(java.time.LocalDate.now(java.time.ZoneOffset.UTC)))
        .parse(file.toString(), Files.readAllBytes(file));
    java.util.Set<String> seen = new java.util.HashSet<>();
    List<String> out = new ArrayList<>();
    for (Posting p : r.accepted()) {
      if (seen.add(p.contentHash())) {
        out.add(p.description());
      }
    }
    return out;
  }

  /** Realistic postings: paragraphs of the sample postings recombined to about 3 KB each. */
  static List<String> corpus(int n, long seed) throws Exception {
    List<String> paragraphs = new ArrayList<>();
    Path root = SkillgapHome.dataSamples().resolve("postings");
    try (Stream<Path> files = Files.walk(root)) {
      for (Path f : files.filter(p -> p.getFileName().toString().equals("postings.jsonl")).sorted().toList()) {
        for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
          try {
            JsonNode d = Json.MAPPER.readTree(line).get("description");
            if (d != null && d.isTextual()) {
              for (String p : d.asText().split("\n\\s*\n|</p>|</ul>")) {
                if (p.strip().length() > 40) {
                  paragraphs.add(p.strip());
                }
              }
            }
          } catch (Exception e) {
            // malformed sample lines are part of the sample; skip them here
          }
        }
      }
    }
    if (paragraphs.isEmpty()) {
      throw new java.io.IOException(root + ": no sample postings to build the benchmark corpus from");
    }
    Random r = new Random(seed);
    List<String> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      StringBuilder b = new StringBuilder();
      while (b.length() < 3000) {
        b.append(paragraphs.get(r.nextInt(paragraphs.size()))).append("\n\n");
      }
      out.add(b.toString());
    }
    return out;
  }
}
