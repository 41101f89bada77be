package dev.skillgap.index;

import dev.skillgap.catalog.Credential;
import dev.skillgap.catalog.SyntheticCatalogue;
import dev.skillgap.taxonomy.Concept;
import dev.skillgap.taxonomy.Taxonomy;
import dev.skillgap.taxonomy.TaxonomyFixture;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Benchmark of {@link CredentialIndex} on a synthetic 10,000-credential catalogue (not a test):
 * build time, reopen time, and {@code candidates()} latency for gaps of 5 to 20 skills. Run from
 * the recommender folder with the test classpath:
 * {@code java -cp target/test-classes:target/classes:$(cat cp.txt) dev.skillgap.index.CredentialIndexBench [dir] [n]}.
 */
public final class CredentialIndexBench {

  private CredentialIndexBench() {}

  /** Skills drawn with a skewed popularity, as real catalogues and gaps are. */
  static SyntheticCatalogue pool(Taxonomy t, long seed) {
    List<Concept> esco = new ArrayList<>(t.concepts().stream().filter(Concept::isEsco).toList());
    Collections.shuffle(esco, new Random(seed));
    return new SyntheticCatalogue(esco);
  }

  /** Gaps of 5 to 20 skills, weights 0.1 to 1. */
  static List<Map<String, Double>> gaps(SyntheticCatalogue pool, int n, long seed) {
    Random r = new Random(seed);
    List<Map<String, Double>> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      int k = 5 + r.nextInt(16);
      Map<String, Double> g = new LinkedHashMap<>();
      while (g.size() < k) {
        g.put(pool.draw(r).id(), 0.1 + 0.9 * r.nextDouble());
      }
      out.add(g);
    }
    return out;
  }

  static double ms(long nanos) {
    return nanos / 1e6;
  }

  static double pct(long[] sorted, double p) {
    return ms(sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)]);
  }

  static long dirSize(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.mapToLong(p -> p.toFile().length()).sum();
    }
  }

  /** Runs the benchmark and prints the figures. */
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "target/bench-credential-index");
    int n = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
    Taxonomy t = TaxonomyFixture.taxonomy();
    SyntheticCatalogue pool = pool(t, 11);
    List<Credential> catalogue = pool.credentials(n, 42);
    System.out.printf(Locale.ROOT, "catalogue: %d synthetic credentials, %d skills taught; %d cores, load %.1f%n",
        catalogue.size(), catalogue.stream().mapToInt(c -> c.skills().size()).sum(),
        Runtime.getRuntime().availableProcessors(), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());

    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    long[] builds = new long[3];
    long[] buildCpu = new long[3];
    for (int i = 0; i < builds.length; i++) {
      long c0 = cpu.getCurrentThreadCpuTime();
      long t0 = System.nanoTime();
      CredentialIndex.build(dir, catalogue, t).close();
      builds[i] = System.nanoTime() - t0;
      buildCpu[i] = cpu.getCurrentThreadCpuTime() - c0;
    }
    System.out.printf(Locale.ROOT, "build: wall %s ms, cpu %s ms (3 runs, the first warms the JIT); index %.1f MB%n",
        Arrays.toString(Arrays.stream(builds).mapToObj(x -> String.format(Locale.ROOT, "%.0f", ms(x))).toArray()),
        Arrays.toString(Arrays.stream(buildCpu).mapToObj(x -> String.format(Locale.ROOT, "%.0f", ms(x))).toArray()),
        dirSize(dir) / 1e6);

    long[] opens = new long[21];
    for (int i = 0; i < opens.length; i++) {
      long t0 = System.nanoTime();
      CredentialIndex.open(dir, t).close();
      opens[i] = System.nanoTime() - t0;
    }
    long first = opens[0];
    long[] rest = Arrays.copyOfRange(opens, 1, opens.length);
    Arrays.sort(rest);
    System.out.printf(Locale.ROOT, "reopen: first %.2f ms, then median %.2f ms, max %.2f ms (20 runs)%n", ms(first),
        pct(rest, 0.5), ms(rest[rest.length - 1]));

    List<Map<String, Double>> warm = gaps(pool, 2000, 1);
    List<Map<String, Double>> measured = gaps(pool, 2000, 2);
    try (CredentialIndex index = CredentialIndex.open(dir, t)) {
      for (int k : new int[] {50, 200}) {
        for (Map<String, Double> g : warm) {
          index.candidates(g, k);
        }
        long[] lat = new long[measured.size()];
        long[] cpuLat = new long[measured.size()];
        long hits = 0;
        for (int i = 0; i < measured.size(); i++) {
          long c0 = cpu.getCurrentThreadCpuTime();
          long t0 = System.nanoTime();
          hits += index.candidates(measured.get(i), k).size();
          lat[i] = System.nanoTime() - t0;
          cpuLat[i] = cpu.getCurrentThreadCpuTime() - c0;
        }
        Arrays.sort(lat);
        Arrays.sort(cpuLat);
        System.out.printf(Locale.ROOT, "candidates(k=%d), gaps of 5-20 skills, %d queries: wall p50 %.2f ms, p95 %.2f ms,"
            + " p99 %.2f ms; cpu p50 %.2f ms, p95 %.2f ms; mean hits %.1f%n", k, lat.length, pct(lat, 0.5),
            pct(lat, 0.95), pct(lat, 0.99), pct(cpuLat, 0.5), pct(cpuLat, 0.95), hits / (double) lat.length);
      }
    }
  }
}
