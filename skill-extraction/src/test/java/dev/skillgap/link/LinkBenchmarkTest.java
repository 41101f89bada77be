package dev.skillgap.link;

import dev.skillgap.io.HeaderedCsv;
import dev.skillgap.io.SkillgapHome;
import dev.skillgap.link.LabelVectorIndex.Hit;
import dev.skillgap.link.LabelVectorIndex.LabelSet;
import dev.skillgap.taxonomy.Concept;
import dev.skillgap.taxonomy.Taxonomy;
import dev.skillgap.taxonomy.TaxonomySources;
import dev.skillgap.taxonomy.TaxonomyStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Measurements for the report, not part of the normal build (nothing is asserted): run with
 * {@code mvn -B -o -pl skill-extraction test -Dtest=LinkBenchmarkTest -Dskillgap.link.bench=true} (about 5
 * minutes; {@code -Dskillgap.link.bench.quality=false} skips the quality probe and the alt-label index).
 * Uses only the validation annotations of the ESCO-linking benchmark, never a test split.
 */
@EnabledIfSystemProperty(named = "skillgap.link.bench", matches = "true")
class LinkBenchmarkTest {

  static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

  static final Path BENCH = Path.of(System.getProperty("skillgap.link.benchData", "/work/shared/data/esco-skill-benchmark"));

  static void out(String fmt, Object... args) {
    System.out.printf(Locale.ROOT, "[bench] " + fmt + "%n", args);
  }

  static Taxonomy taxonomy() throws Exception {
    return TaxonomyStore.open(SkillgapHome.defaultCompiledTaxonomy(),
        TaxonomySources.under(SkillgapHome.defaultTaxonomySources()), s -> {});
  }

  record Gold(String set, String sentence, String span, String label) {}

  static List<Gold> gold(String set) throws Exception {
    List<Gold> out = new ArrayList<>();
    HeaderedCsv.read(BENCH.resolve(set + "_validation_annotations.csv"), ',', List.of("sentence", "span", "label"),
        r -> out.add(new Gold(set, r.get("sentence"), r.get("span"), r.get("label"))));
    return out;
  }

  /** 20-word sentences cut from the running text of the validation sentences. */
  static List<String> twentyWordSentences(int n) throws Exception {
    List<String> words = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (String set : List.of("tech", "house")) {
      for (Gold g : gold(set)) {
        if (seen.add(g.sentence())) {
          words.addAll(Arrays.asList(g.sentence().trim().split("\\s+")));
        }
      }
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; out.size() < n; i += 20) {
      StringBuilder sb = new StringBuilder();
      for (int j = 0; j < 20; j++) {
        sb.append(j == 0 ? "" : " ").append(words.get((i + j) % words.size()));
      }
      out.add(sb.toString());
    }
    return out;
  }

  /** Process CPU time in ns (every thread, onnxruntime's native ones included). */
  static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  /** Throughput of one configuration: wall-clock texts/s (best of three) and texts per CPU-second (best of three). */
  record Rate(double wall, double perCpu) {
    @Override
    public String toString() {
      return String.format(Locale.ROOT, "%5.0f/s (%5.0f per CPU-s)", wall, perCpu);
    }
  }

  /** Best of three runs of {@link #throughputOnce}, to damp the noise of other processes on the machine. */
  static Rate throughput(SentenceEncoder enc, List<String> texts, int threads, int batch) throws Exception {
    double wall = 0;
    double cpu = 0;
    for (int r = 0; r < 3; r++) {
      long c0 = cpuNanos();
      long t0 = System.nanoTime();
      throughputOnce(enc, texts, threads, batch);
      wall = Math.max(wall, texts.size() / ((System.nanoTime() - t0) / 1e9));
      cpu = Math.max(cpu, texts.size() / ((cpuNanos() - c0) / 1e9));
    }
    return new Rate(wall, cpu);
  }

  /** Encodes {@code texts} with {@code threads} callers sharing one encoder, each sending batches of {@code batch}. */
  static void throughputOnce(SentenceEncoder enc, List<String> texts, int threads, int batch) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> fs = new ArrayList<>();
      for (int w = 0; w < threads; w++) {
        int worker = w;
        fs.add(pool.submit(() -> {
          for (int start = worker * batch; start < texts.size(); start += threads * batch) {
            List<String> chunk = texts.subList(start, Math.min(texts.size(), start + batch));
            if (batch == 1) {
              enc.encode(chunk.get(0));
            } else {
              enc.encodeBatch(chunk);
            }
          }
          return null;
        }));
      }
      for (Future<?> f : fs) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void encoderThroughput() throws Exception {
    Taxonomy t = taxonomy();
    List<String> phrases = new ArrayList<>();
    for (Concept c : t.concepts()) {
      if (c.isEsco()) {
        phrases.add(c.preferredLabel());
      }
    }
    Collections.shuffle(phrases, new Random(7));
    phrases = phrases.subList(0, 2000);
    List<String> sentences = twentyWordSentences(400);
    double pieces = 0;
    long t0 = System.nanoTime();
    try (SentenceEncoder enc = new SentenceEncoder(1, 32)) {
      out("encoder load %.2f s", (System.nanoTime() - t0) / 1e9);
      for (String s : sentences) {
        pieces += enc.wordPieceIds(s).length;
      }
      out("20-word sentences: %.1f word pieces on average", pieces / sentences.size());
      throughputOnce(enc, phrases.subList(0, 500), 2, 32);
      throughputOnce(enc, phrases.subList(0, 300), 2, 1);
      for (int threads : new int[] {1, 2}) {
        for (int batch : new int[] {1, 4, 8, 16, 32}) {
          out("intraOp=1 callers=%d batch=%-2d  phrases %s   20-word sentences %s", threads, batch,
              throughput(enc, phrases, threads, batch), throughput(enc, sentences, threads, batch));
        }
      }
    }
    try (SentenceEncoder enc = new SentenceEncoder(2, 32)) {
      throughputOnce(enc, phrases.subList(0, 300), 1, 32);
      for (int batch : new int[] {1, 32}) {
        out("intraOp=2 callers=1 batch=%-2d  phrases %s   20-word sentences %s", batch,
            throughput(enc, phrases, 1, batch), throughput(enc, sentences, 1, batch));
      }
    }
  }

  @Test
  void indexBuildQueryAndQuality(@TempDir Path root) throws Exception {
    Taxonomy t = taxonomy();
    List<Gold> gold = new ArrayList<>();
    gold.addAll(gold("tech"));
    gold.addAll(gold("house"));
    Map<String, Set<Integer>> byPreferred = new HashMap<>();
    for (int i = 0; i < t.size(); i++) {
      if (t.concept(i).isEsco()) {
        byPreferred.computeIfAbsent(t.concept(i).preferredLabel(), x -> new HashSet<>()).add(i);
      }
    }
    try (SentenceEncoder enc = new SentenceEncoder(1, SentenceEncoder.DEFAULT_BATCH_SIZE); SentenceEncoder single = new SentenceEncoder(1, 1)) {
      long c0 = cpuNanos();
      long t0 = System.nanoTime();
      LabelVectorIndex built = LabelVectorIndex.openOrBuild(t, enc, LabelSet.PREFERRED, root, s -> out("%s", s));
      double build = (System.nanoTime() - t0) / 1e9;
      out("PREFERRED build used %.1f CPU-s", (cpuNanos() - c0) / 1e9);
      built.close();
      t0 = System.nanoTime();
      LabelVectorIndex pref = LabelVectorIndex.openOrBuild(t, enc, LabelSet.PREFERRED, root, s -> {});
      out("PREFERRED index: %d labels, build %.1f s, reopen %.2f s (built=%s), %d MB on disk", pref.size(), build,
          (System.nanoTime() - t0) / 1e9, pref.wasBuilt(), sizeMb(pref.directory()));

      // query latency and recall on realistic queries: the gold spans and the sentences
      List<String> queries = new ArrayList<>();
      Set<String> seen = new HashSet<>();
      for (Gold g : gold) {
        if (seen.add(g.span())) {
          queries.add(g.span());
        }
        if (seen.add(g.sentence())) {
          queries.add(g.sentence());
        }
      }
      float[][] qv = enc.encodeBatch(queries);
      latencyAndRecall(pref, qv, "PREFERRED");

      // quality probe, labels embedded in batches of 32 (as built) and one by one
      if (!Boolean.parseBoolean(System.getProperty("skillgap.link.bench.quality", "true"))) {
        pref.close();
        return;
      }
      t0 = System.nanoTime();
      LabelVectorIndex prefSingle = LabelVectorIndex.openOrBuild(t, single, LabelSet.PREFERRED, root, s -> {});
      out("PREFERRED index with labels embedded one by one: build %.1f s", (System.nanoTime() - t0) / 1e9);
      t0 = System.nanoTime();
      LabelVectorIndex alt = LabelVectorIndex.openOrBuild(t, enc, LabelSet.PREFERRED_AND_ALT, root, s -> out("%s", s));
      out("PREFERRED_AND_ALT index: %d labels of %d concepts, build %.1f s, %d MB on disk", alt.size(),
          alt.conceptCount(), (System.nanoTime() - t0) / 1e9, sizeMb(alt.directory()));
      latencyAndRecall(alt, qv, "PREFERRED_AND_ALT");

      for (String set : List.of("tech", "house")) {
        List<Gold> g = gold.stream().filter(x -> x.set().equals(set)).toList();
        probe(set, g, byPreferred, single, "preferred, batched labels  ", v -> pref.exactNearest(v, 5));
        probe(set, g, byPreferred, single, "preferred, 1-by-1 labels   ", v -> prefSingle.exactNearest(v, 5));
        probe(set, g, byPreferred, single, "preferred, HNSW100+rerank  ", v -> pref.nearest(v, 5));
        probe(set, g, byPreferred, single, "preferred+alt (max)        ", v -> alt.exactNearest(v, 5));
        probe(set, g, byPreferred, single, "preferred+alt HNSW100+rr   ", v -> alt.nearest(v, 5));
      }
      for (String q : List.of("works well with others", "keep customers happy", "team player")) {
        float[] v = single.encode(q);
        out("%-24s preferred %s", q, names(t, pref.nearest(v, 5)));
        out("%-24s +alt      %s", q, names(t, alt.nearest(v, 5)));
      }
      pref.close();
      prefSingle.close();
      alt.close();
    }
  }

  static List<String> names(Taxonomy t, List<Hit> hits) {
    return hits.stream().map(h -> String.format(Locale.ROOT, "%s (%.2f via '%s')",
        t.concept(h.concept()).preferredLabel(), h.score(), h.label())).toList();
  }

  static long sizeMb(Path dir) throws Exception {
    try (var files = Files.list(dir)) {
      return files.mapToLong(p -> p.toFile().length()).sum() >> 20;
    }
  }

  static void latencyAndRecall(LabelVectorIndex index, float[][] qv, String name) {
    int[] candidates = {10, 50, 100, 200};
    for (int rep = 0; rep < 2; rep++) { // the first round warms up
      long[] exactNs = new long[qv.length];
      long c0 = THREADS.getCurrentThreadCpuTime();
      for (int i = 0; i < qv.length; i++) {
        long t0 = System.nanoTime();
        index.exactNearest(qv[i], 10);
        exactNs[i] = System.nanoTime() - t0;
      }
      if (rep == 1) {
        out("%s: %d queries, exact top-10: %s, CPU %.3f ms/query", name, qv.length, stats(exactNs),
            (THREADS.getCurrentThreadCpuTime() - c0) / 1e6 / qv.length);
      }
      for (int c : candidates) {
        long[] ns = new long[qv.length];
        double recall = 0;
        long cpu = 0;
        for (int i = 0; i < qv.length; i++) {
          long q0 = THREADS.getCurrentThreadCpuTime();
          long t0 = System.nanoTime();
          List<Hit> approx = index.nearest(qv[i], 10, c);
          ns[i] = System.nanoTime() - t0;
          cpu += THREADS.getCurrentThreadCpuTime() - q0;
          Set<Integer> exact = new HashSet<>();
          index.exactNearest(qv[i], 10).forEach(h -> exact.add(h.concept()));
          recall += approx.stream().filter(h -> exact.contains(h.concept())).count() / 10.0;
        }
        if (rep == 1) {
          out("%s: HNSW %3d + rerank top-10: %s, CPU %.3f ms/query, recall@10 vs exact %.3f", name, c, stats(ns),
              cpu / 1e6 / qv.length, recall / qv.length);
        }
      }
    }
  }

  static String stats(long[] ns) {
    long[] s = ns.clone();
    Arrays.sort(s);
    double mean = Arrays.stream(s).average().orElse(0) / 1e6;
    return String.format(Locale.ROOT, "mean %.3f ms, p50 %.3f ms, p99 %.3f ms", mean, s[s.length / 2] / 1e6,
        s[(int) (s.length * 0.99)] / 1e6);
  }

  static void probe(String set, List<Gold> gold, Map<String, Set<Integer>> byPreferred, SentenceEncoder enc,
      String name, Function<float[], List<Hit>> search) {
    int n = 0;
    int unknown = 0;
    int top1 = 0;
    int top5 = 0;
    for (Gold g : gold) {
      if (g.label().equals("LABEL NOT PRESENT") || g.label().equals("UNDERSPECIFIED")) {
        continue;
      }
      Set<Integer> want = byPreferred.get(g.label());
      if (want == null) {
        unknown++;
        continue;
      }
      n++;
      List<Hit> hits = search.apply(enc.encode(g.span()));
      for (int r = 0; r < hits.size(); r++) {
        if (want.contains(hits.get(r).concept())) {
          if (r == 0) {
            top1++;
          }
          top5++;
          break;
        }
      }
    }
    out("probe %-5s %s n=%d (labels not in the taxonomy: %d)  top-1 %.3f  top-5 %.3f", set, name, n, unknown,
        (double) top1 / n, (double) top5 / n);
  }
}
