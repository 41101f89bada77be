package dev.skillgap.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.skillgap.io.SkillgapHome;
import dev.skillgap.pipeline.SparkSessions;
import dev.skillgap.demand.WeekId;
import dev.skillgap.pipeline.WeeklyJob;
import dev.skillgap.pipeline.WeeklyOptions;
import dev.skillgap.rank.Budget;
import dev.skillgap.synth.SyntheticWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code skillgap bench weekly}: generates a week of synthetic input ({@code skillgap generate}),
 * runs the weekly job on it, and reports wall time per stage, postings/s and peak memory: the
 * driver JVM's heap (sampled) and resident set (the kernel's high-water mark), and each
 * executor's peak JVM heap as Spark's executor metrics last reported it (in local mode the
 * driver is the executor).
 */
@Command(name = "weekly", mixinStandardHelpOptions = true,
    description = {"Generate N synthetic postings (plus learners and credentials), run the weekly job on them, and report",
        "wall time per stage, postings/s and peak memory of the driver and executors."})
final class BenchWeekly implements Callable<Integer> {

  @Option(names = "--postings", defaultValue = "1000", description = "Postings (default: ${DEFAULT-VALUE}).")
  int postings;

  @Option(names = "--learners", description = "Learners (default: postings / 5).")
  Integer learners;

  @Option(names = "--credentials", description = "Credentials (default: postings / 20, at least 50).")
  Integer credentials;

  @Option(names = "--dir", paramLabel = "DIR",
      description = "Where the input and the lake go (default: a new temporary folder, deleted afterwards).")
  Path dir;

  @Option(names = "--seed", defaultValue = "42", description = "Seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--master", paramLabel = "URL", description = "Spark master (default: spark-submit's, else local[*]).")
  String master;

  @Option(names = "--json", paramLabel = "FILE", description = "Also write the figures and the run manifest as JSON.")
  Path json;

  @Mixin
  ExtractorOptions extractor;

  @Mixin
  SyntheticOptions synthetic;

  @Spec
  CommandSpec spec;

  private static final WeekId WEEK = WeekId.parse("2026-W48");

  @Override
  public Integer call() throws Exception {
    if (postings < 1) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--postings must be at least 1");
    }
    int nLearners = learners != null ? learners : postings / 5;
    int nCredentials = credentials != null ? credentials : Math.max(50, postings / 20);
    PrintWriter w = spec.commandLine().getOut();
    boolean temporary = dir == null;
    Path root = temporary ? Files.createTempDirectory("skillgap-bench-weekly-") : dir;
    try {
      long t = System.nanoTime();
      var taxonomy = extractor.openTaxonomy(spec.commandLine().getErr());
      SyntheticWriter.Written in = SyntheticWriter.write(GenerateCommand.generator(taxonomy, seed, synthetic), root.resolve("input"),
          List.of(WEEK), postings, nLearners, nCredentials);
      double generate = (System.nanoTime() - t) / 1e9;
      w.printf("input: %,d postings in %d files (%.1f MB), %,d learners (%,d CVs), %,d credentials in %s (generated in %.1f s)%n",
          postings, in.postingFiles(), in.postingBytes() / 1e6, nLearners, in.cvs(), nCredentials, root.resolve("input"),
          generate);
      w.flush();
      WeeklyOptions o = new WeeklyOptions(WEEK, root.resolve("lake").toString(),
          List.of(root.resolve("input/postings/" + WEEK).toString()), List.of(),
          nLearners > 0 ? root.resolve("input/learners/learners.jsonl").toString() : null,
          List.of(root.resolve("input/catalog").toString()), extractor.taxonomyFile().toString(),
          extractor.config().toJson(), new Budget(5, null, null));
      HeapSampler heap = new HeapSampler();
      heap.start();
      long jobStart = System.nanoTime();
      SparkSession spark = SparkSessions.create("skillgap-bench-weekly", master);
      ObjectNode manifest;
      List<String> executors = new ArrayList<>();
      double sessionSecs = (System.nanoTime() - jobStart) / 1e9;
      try {
        manifest = new WeeklyJob(spark, msg -> {
          w.println("  " + msg);
          w.flush();
        }).run(o);
        executors.addAll(executorPeaks(spark));
      } finally {
        spark.stop();
        heap.stop();
      }
      double wall = (System.nanoTime() - jobStart) / 1e9;
      JsonNode secs = manifest.get("seconds");
      long accepted = manifest.get("counts").get("ingest").get("accepted").asLong();
      w.printf("master %s, %d cores, driver max heap %,d MB%n", manifest.get("sparkMaster").asText(),
          Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
      w.printf("stages (s): session %.1f", sessionSecs);
      secs.fields().forEachRemaining(e -> w.printf(", %s %.1f", e.getKey(), e.getValue().asDouble()));
      w.println();
      double extract = secs.path("extract").asDouble(Double.NaN);
      w.printf("throughput: %.1f postings/s end to end (%,d accepted postings, %.1f s wall incl. session), "
          + "%.1f postings/s in the extract stage%n", accepted / wall, accepted, wall, accepted / extract);
      w.printf("peak memory: driver heap %,d MB in use (sampled every 200 ms), %,d MB left in use after a collection;"
          + " driver RSS %s%n", heap.peak() >> 20, heap.peakAfterGc() >> 20, peakRss());
      executors.forEach(e -> w.println("  " + e));
      if (json != null) {
        ObjectNode out = Json.MAPPER.createObjectNode();
        out.put("postings", postings).put("learners", nLearners).put("credentials", nCredentials)
            .put("generateSeconds", generate).put("sessionSeconds", sessionSecs).put("wallSeconds", wall)
            .put("postingsPerSecond", accepted / wall).put("driverPeakHeapMb", heap.peak() >> 20)
            .put("driverPeakHeapAfterGcMb", heap.peakAfterGc() >> 20)
            .put("driverPeakRss", peakRss());
        executors.forEach(out.putArray("executors")::add);
        out.set("manifest", manifest);
        Files.writeString(json, Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(out));
      }
      return 0;
    } finally {
      if (temporary) {
        SkillgapHome.deleteRecursively(root);
      }
    }
  }

  /** Each executor's peak JVM heap and execution memory, from Spark's executor metrics. */
  static List<String> executorPeaks(SparkSession spark) {
    List<String> out = new ArrayList<>();
    var list = scala.jdk.javaapi.CollectionConverters.asJava(spark.sparkContext().statusStore().executorList(false));
    for (var e : list) {
      if (e.peakMemoryMetrics().isDefined()) {
        var m = e.peakMemoryMetrics().get();
        out.add(String.format("executor %s (%s): peak JVM heap %,d MB, peak on-heap execution memory %,d MB, "
                + "peak storage memory %,d MB", e.id(), e.hostPort(), m.getMetricValue("JVMHeapMemory") >> 20,
            m.getMetricValue("OnHeapExecutionMemory") >> 20, m.getMetricValue("OnHeapStorageMemory") >> 20));
      } else {
        out.add("executor " + e.id() + " (" + e.hostPort() + "): no memory metrics reported yet");
      }
    }
    return out;
  }

  /** The peak resident set of this JVM (Linux {@code VmHWM}), or "unknown". */
  static String peakRss() {
    try {
      for (String l : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (l.startsWith("VmHWM:")) {
          return String.format("%,d MB", Long.parseLong(l.replaceAll("[^0-9]", "")) >> 10);
        }
      }
    } catch (IOException | RuntimeException e) {
      // not Linux
    }
    return "unknown";
  }

  /**
   * Samples the heap in use every 200 ms on a daemon thread and keeps the highest value; also keeps
   * the highest heap left in use just after a garbage collection. Neither is the live heap: the first
   * is mostly garbage not yet collected, and the second still counts old-generation garbage that
   * young collections do not free, so it varies between runs of the same week with when the
   * collector runs its mixed collections (for the live heap, take {@code jcmd PID GC.class_histogram}).
   */
  static final class HeapSampler {
    private final AtomicLong peak = new AtomicLong();
    private final AtomicLong peakAfterGc = new AtomicLong();
    private final List<Runnable> unsubscribe = new ArrayList<>();
    private Thread thread;

    void start() {
      java.util.Set<String> heapPools = new java.util.HashSet<>();
      ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == java.lang.management.MemoryType.HEAP)
          .forEach(p -> heapPools.add(p.getName()));
      for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
        if (gc instanceof javax.management.NotificationEmitter emitter) {
          javax.management.NotificationListener l = (n, handback) -> {
            if (com.sun.management.GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
              var info = com.sun.management.GarbageCollectionNotificationInfo.from(
                  (javax.management.openmbean.CompositeData) n.getUserData());
              long used = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                  .filter(e -> heapPools.contains(e.getKey())).mapToLong(e -> e.getValue().getUsed()).sum();
              peakAfterGc.accumulateAndGet(used, Math::max);
            }
          };
          emitter.addNotificationListener(l, null, null);
          unsubscribe.add(() -> {
            try {
              emitter.removeNotificationListener(l);
            } catch (javax.management.ListenerNotFoundException e) {
              // already gone
            }
          });
        }
      }
      thread = new Thread(() -> {
        var mx = ManagementFactory.getMemoryMXBean();
        while (!Thread.currentThread().isInterrupted()) {
          peak.accumulateAndGet(mx.getHeapMemoryUsage().getUsed(), Math::max);
          try {
            Thread.sleep(200);
          } catch (InterruptedException e) {
            return;
          }
        }
      }, "bench-heap-sampler");
      thread.setDaemon(true);
      thread.start();
    }

    void stop() throws InterruptedException {
      thread.interrupt();
      thread.join();
      unsubscribe.forEach(Runnable::run);
    }

    long peak() {
      return peak.get();
    }

    /** The most heap (heap pools only) in use just after any collection. */
    long peakAfterGc() {
      return peakAfterGc.get();
    }
  }
}
