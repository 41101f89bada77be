package dev.skillgap.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.skillgap.demand.WeekId;
import dev.skillgap.extract.ExtractorConfig;
import dev.skillgap.io.SkillgapHome;
import dev.skillgap.rank.Budget;
import dev.skillgap.taxonomy.TaxonomyFixture;
import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The weekly job on a real Spark standalone cluster: a master and two workers on 127.0.0.1, each
 * its own JVM started from the Maven jars, and the application submitted with {@code
 * org.apache.spark.deploy.SparkSubmit} exactly as the README's {@code spark-submit} does, with the
 * packaged {@code skillgap-submit.jar} (Spark {@code provided}). The workers' Spark home holds
 * Spark's jars only: none of skillgap's classes nor its own libraries (Lucene, OpenNLP, ONNX, DJL,
 * picocli), so executors can only get them from the application jar. Every lake table must hold
 * the same rows as a local-mode run of the same week, also when one worker is killed part-way
 * through extraction. Runs in the {@code integration-test} phase,
 * after {@code package} has built the jar; everything started is stopped, even on failure.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WeeklyClusterIT {

  /** Artifacts the application jar must bring: kept off the cluster's own classpath. */
  private static final List<String> APP_ONLY = List.of("/dev/skillgap/", "/org/apache/lucene/", "/org/apache/opennlp/",
      "/dev/langchain4j/", "/com/microsoft/onnxruntime/", "/ai/djl/", "/info/picocli/", "/org/junit/",
      "/org/opentest4j/", "/org/apiguardian/", "/org/apache/maven/surefire/");

  static final Path SAMPLES = SkillgapHome.dataSamples();
  static final String WEEK = "2026-W48";
  static Path work;
  static Path sparkHome;
  static Path taxonomy;
  static final List<Process> started = new ArrayList<>();
  /** The worker JVMs by name, for the test that kills one. */
  static final Map<String, Process> workers = new java.util.LinkedHashMap<>();
  /** The local-mode run's manifest, once it has run. */
  static JsonNode local;
  /** How long the healthy cluster run took, once it has run. */
  static double healthySeconds;
  static int masterPort;
  static int masterUiPort;

  @BeforeAll
  static void startCluster() throws Exception {
    // only in the integration-test phase (jobs/pom.xml), where 'package' has just built the application jar
    assumeTrue(System.getProperty("skillgap.submitJar") != null, "run by the cluster-it execution after package");
    String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
    work = Path.of("target", "cluster-it", stamp).toAbsolutePath();
    Files.createDirectories(work);
    taxonomy = TaxonomyFixture.compiled();
    sparkHome = sparkHome(work.resolve("spark-home"));
    Runtime.getRuntime().addShutdownHook(new Thread(WeeklyClusterIT::stopAll));

    masterPort = freePort();
    masterUiPort = freePort();
    log("cluster logs: master " + work.resolve("master.log") + ", workers " + work.resolve("worker-1.log") + " and "
        + work.resolve("worker-2.log") + " (executors' stdout/stderr under " + work.resolve("worker-N/app-*/") + ")"
        + ", driver " + work.resolve("driver.log"));
    start("master", List.of("org.apache.spark.deploy.master.Master", "--host", "127.0.0.1", "--port",
        String.valueOf(masterPort), "--webui-port", String.valueOf(masterUiPort)), "256m");
    for (int i = 1; i <= 2; i++) {
      Path dir = work.resolve("worker-" + i);
      Files.createDirectories(dir);
      workers.put("worker-" + i, start("worker-" + i, List.of("org.apache.spark.deploy.worker.Worker", "--host", "127.0.0.1", "--port",
          String.valueOf(freePort()), "--webui-port", String.valueOf(freePort()), "--cores", "1", "--memory", "1536m",
          "--work-dir", dir.toString(), "spark://127.0.0.1:" + masterPort), "256m"));
    }
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    int alive = 0;
    while (System.nanoTime() < deadline) {
      for (Process p : started) {
        assertTrue(p.isAlive(), "a cluster JVM died at start-up; see the logs in " + work);
      }
      alive = masterState().map(s -> s.path("aliveworkers").asInt()).orElse(0);
      if (alive == 2) {
        break;
      }
      Thread.sleep(500);
    }
    assertEquals(2, alive, "workers registered with the master within 120 s; see the logs in " + work);
    log("cluster up: spark://127.0.0.1:" + masterPort + ", master UI http://127.0.0.1:" + masterUiPort);
  }

  @AfterAll
  static void stopCluster() {
    stopAll();
  }

  @Test
  @Order(1)
  void theWeekOnAStandaloneClusterEqualsTheLocalModeRun() throws Exception {
    Path clusterLake = work.resolve("lake-cluster");
    long t0 = System.nanoTime();
    Process driver = submit("driver", clusterLake, freePort());
    String driverLog = awaitCommit(driver, "driver");
    healthySeconds = (System.nanoTime() - t0) / 1e9;
    log(String.format("cluster run: %.1f s", healthySeconds));

    // the application really ran on the workers: the master lists it as completed, with executors on both
    JsonNode state = masterState().orElseThrow();
    assertEquals(List.of("skillgap-weekly"), state.path("completedapps").findValuesAsText("name"), state.toString());
    assertEquals(List.of("FINISHED"), state.path("completedapps").findValuesAsText("state"), state.toString());
    List<Path> executorDirs;
    try (var s = Files.walk(work, 3)) {
      executorDirs = s.filter(p -> p.getParent() != null && p.getParent().getFileName().toString().startsWith("app-")
          && Files.isRegularFile(p.resolve("stderr"))).toList();
    }
    assertEquals(2, executorDirs.stream().map(p -> p.getParent().getParent()).distinct().count(),
        "executors on both workers: " + executorDirs);
    assertTrue(driverLog.contains("committed " + WEEK), tail(driverLog));
    assertSameWeekAsLocalMode(clusterLake);
  }

  /**
   * One of the two workers killed ({@code kill -9}, with its executor) while its executor runs an
   * extraction task: Spark must run the lost tasks again, and recompute the cached blocks that
   * went with the executor, on the worker left, and the week must commit with the same rows as
   * local mode. Runs last, since the cluster has one worker afterwards.
   */
  @Test
  @Order(2)
  void aWorkerKilledWhileExtractionRunsLosesNothing() throws Exception {
    Path lake = work.resolve("lake-killed-worker");
    int ui = freePort();
    long t0 = System.nanoTime();
    Process driver = submit("driver-killed-worker", lake, ui);
    String killed = null;
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(8);
    while (killed == null) {
      assertTrue(driver.isAlive(), "the run ended before a worker could be killed; see " + work.resolve("driver-killed-worker.log"));
      assertTrue(System.nanoTime() < deadline, "no extraction task seen running within 8 minutes");
      java.util.Optional<String> executor = extractionExecutor(ui);
      if (executor.isPresent()) {
        killed = killWorkerOf(executor.get());
      } else {
        Thread.sleep(100);
      }
    }
    log("killed " + killed + " while it ran an extraction task, " + String.format("%.1f s", (System.nanoTime() - t0) / 1e9)
        + " into the run");
    String driverLog = awaitCommit(driver, "driver-killed-worker");
    double seconds = (System.nanoTime() - t0) / 1e9;
    log(String.format("cluster run with a worker killed: %.1f s (healthy run: %s)", seconds,
        healthySeconds > 0 ? String.format("%.1f s", healthySeconds) : "not run"));
    assertTrue(driverLog.contains("Lost executor"), "the driver saw its executor lost:\n" + tail(driverLog));
    // a second attempt of a task ("task 0.1"): the lost task ran again on the worker left
    assertTrue(java.util.regex.Pattern.compile("Starting task \\d+\\.1 in stage").matcher(driverLog).find(),
        "a task was retried:\n" + tail(driverLog));
    assertSameWeekAsLocalMode(lake);
  }

  /** Submits the weekly run of the sample week into {@code lake}, its driver's UI on port {@code uiPort}. */
  private static Process submit(String name, Path lake, int uiPort) throws IOException {
    // spark-submit of the application jar, client deploy mode, the driver in its own JVM
    Path jar = Path.of(System.getProperty("skillgap.submitJar")).toAbsolutePath();
    assertTrue(Files.isRegularFile(jar), jar + " is built by 'package' before this test runs");
    List<String> cmd = java("1g");
    cmd.addAll(List.of("-cp", sparkHome.resolve("jars") + File.separator + "*", "org.apache.spark.deploy.SparkSubmit",
        "--master", "spark://127.0.0.1:" + masterPort, "--deploy-mode", "client",
        "--class", "dev.skillgap.cli.SkillgapCommand",
        "--conf", "spark.executor.memory=1g", "--conf", "spark.executor.cores=1", "--conf", "spark.cores.max=2",
        // a few shuffle partitions for a small week (Spark's default 200 costs minutes of empty tasks on 2 cores),
        // deliberately not the local run's 4, so that the comparison also shows rows do not depend on partitioning
        "--conf", "spark.sql.shuffle.partitions=6",
        "--conf", "spark.driver.host=127.0.0.1", "--conf", "spark.driver.bindAddress=127.0.0.1",
        "--conf", "spark.ui.port=" + uiPort,
        "--conf", "spark.executor.extraJavaOptions=" + String.join(" ", sparkFlags()) + " -DOPT_OUT_TRACKING=true"
            + " -Dskillgap.cache=" + work.resolve("executor-cache"),
        jar.toString(), "weekly", "--week", WEEK, "--lake", lake.toString(),
        "--postings", SAMPLES.resolve("postings/" + WEEK).toString(), "--roles", SAMPLES.resolve("roles").toString(),
        "--learners", SAMPLES.resolve("learners/learners.jsonl").toString(),
        "--catalog", SAMPLES.resolve("catalog").toString(), "--taxonomy", taxonomy.toString(), "--lexical-only"));
    return process(name, cmd);
  }

  /** Waits for a submitted run to end, checks it succeeded and committed, and returns its log. */
  private static String awaitCommit(Process driver, String name) throws Exception {
    boolean ended = driver.waitFor(10, TimeUnit.MINUTES);
    String driverLog = Files.readString(work.resolve(name + ".log"));
    assertTrue(ended, "the cluster run did not end within 10 minutes; see " + work.resolve(name + ".log"));
    assertEquals(0, driver.exitValue(), "spark-submit failed; see " + work.resolve(name + ".log") + "\n" + tail(driverLog));
    assertTrue(driverLog.contains("committed " + WEEK), tail(driverLog));
    return driverLog;
  }

  /**
   * The id of an executor running a task of the extraction job, asked of the driver's REST API: the
   * first job named {@code count at WeeklyJob} is the extraction's count (the jobs before it
   * collect file summaries). Fails when that job has finished, since then the chance is gone.
   */
  private static java.util.Optional<String> extractionExecutor(int uiPort) {
    JsonNode apps = get(uiPort, "/api/v1/applications").orElse(null);
    if (apps == null || apps.isEmpty()) {
      return java.util.Optional.empty();
    }
    String app = "/api/v1/applications/" + apps.get(0).path("id").asText();
    JsonNode extraction = null;
    for (JsonNode job : get(uiPort, app + "/jobs").orElse(new ObjectMapper().createArrayNode())) {
      if (job.path("name").asText().startsWith("count at WeeklyJob")
          && (extraction == null || job.path("jobId").asInt() < extraction.path("jobId").asInt())) {
        extraction = job;
      }
    }
    if (extraction == null) {
      return java.util.Optional.empty();
    }
    assertEquals("RUNNING", extraction.path("status").asText(), "the extraction job ended before a worker was killed");
    for (JsonNode stage : extraction.path("stageIds")) {
      for (JsonNode attempt : get(uiPort, app + "/stages/" + stage.asInt()).orElse(new ObjectMapper().createArrayNode())) {
        if (!attempt.path("status").asText().equals("ACTIVE")) {
          continue;
        }
        JsonNode tasks = get(uiPort, app + "/stages/" + stage.asInt() + "/" + attempt.path("attemptId").asInt()
            + "/taskList?length=1000").orElse(new ObjectMapper().createArrayNode());
        for (JsonNode task : tasks) {
          if (task.path("status").asText().equals("RUNNING")) {
            return java.util.Optional.of(task.path("executorId").asText());
          }
        }
      }
    }
    return java.util.Optional.empty();
  }

  /**
   * Kills, at once and with no chance to clean up, the worker JVM whose child runs executor {@code
   * id}, and that executor; returns the worker's name.
   */
  private static String killWorkerOf(String id) throws InterruptedException {
    for (Map.Entry<String, Process> w : workers.entrySet()) {
      List<ProcessHandle> children = w.getValue().descendants().toList();
      boolean runsIt = children.stream().anyMatch(h -> {
        List<String> args = List.of(h.info().arguments().orElse(new String[0]));
        int i = args.indexOf("--executor-id");
        return i >= 0 && i + 1 < args.size() && args.get(i + 1).equals(id);
      });
      if (runsIt) {
        w.getValue().destroyForcibly();
        children.forEach(ProcessHandle::destroyForcibly);
        assertTrue(w.getValue().waitFor(30, TimeUnit.SECONDS), w.getKey() + " did not die");
        return w.getKey() + " (executor " + id + ")";
      }
    }
    throw new AssertionError("no worker runs executor " + id + " (workers' children: " + workers.values().stream()
        .flatMap(p -> p.descendants().map(h -> h.info().commandLine().orElse("?"))).toList() + ")");
  }

  /**
   * Every lake table of {@code lake} holds the same rows as the local-mode run of the week, the
   * manifest the same counts, and the report the same files.
   */
  private static void assertSameWeekAsLocalMode(Path lake) throws Exception {
    SparkSession spark = SparkSessions.create("cluster-it-local", "local[2]");
    try {
      Path localLake = work.resolve("lake-local");
      if (local == null) {
        // the same week in local mode, in this JVM, once
        local = new WeeklyJob(spark, s -> {}).run(new WeeklyOptions(WeekId.parse(WEEK), localLake.toString(),
            List.of(SAMPLES.resolve("postings/" + WEEK).toString()), List.of(SAMPLES.resolve("roles").toString()),
            SAMPLES.resolve("learners/learners.jsonl").toString(), List.of(SAMPLES.resolve("catalog").toString()),
            taxonomy.toString(), ExtractorConfig.defaults().lexicalOnly().toJson(), new Budget(5, null, null)));
      }
      JsonNode remote = new ObjectMapper().readTree(
          new LakeCommitter(lake.toString(), spark.sparkContext().hadoopConfiguration()).manifest(WeekId.parse(WEEK)));
      assertTrue(remote.get("sparkMaster").asText().startsWith("spark://127.0.0.1:"), remote.get("sparkMaster").asText());
      // through text, so that a count held as a long equals the same count parsed back as an int
      assertEquals(local.get("counts").toString(), remote.get("counts").toString());
      assertTrue(local.get("counts").get("extract").get("postingSkills").asInt() > 0);
      for (String table : LakeSchemas.TABLES.keySet()) {
        List<String> a = rows(spark, localLake, table);
        List<String> b = rows(spark, lake, table);
        assertEquals(a.size(), b.size(), table + ": row count, local vs cluster");
        assertEquals(a, b, table + ": rows differ between local mode and the cluster");
      }
      assertFalse(rows(spark, lake, "recommendations").isEmpty());
      // the report too, file for file and byte for byte
      TableDigest localReport = TableDigest.ofFiles(localLake.resolve("reports").resolve(WEEK));
      assertEquals(localReport, TableDigest.ofFiles(lake.resolve("reports").resolve(WEEK)),
          "the report differs between local mode and the cluster");
      assertTrue(localReport.rows() > 100, localReport.toString());
    } finally {
      spark.stop();
    }
  }

  static List<String> rows(SparkSession spark, Path lake, String table) {
    List<String> out = new ArrayList<>();
    for (Row r : spark.read().parquet(lake.resolve(table).resolve("week=" + WEEK).toString()).collectAsList()) {
      out.add(r.toString());
    }
    out.sort(null);
    return out;
  }

  /**
   * A Spark home whose {@code jars/} links every jar of this test's classpath except skillgap's own
   * classes and the libraries only the application needs ({@link #APP_ONLY}).
   */
  static Path sparkHome(Path home) throws IOException {
    Path jars = home.resolve("jars");
    Files.createDirectories(jars);
    int n = 0;
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      Path p = Path.of(entry).toAbsolutePath();
      String unix = p.toString().replace(File.separatorChar, '/');
      boolean ours = !unix.contains("/.m2/") || APP_ONLY.stream().anyMatch(unix::contains);
      if (!Files.isRegularFile(p) || !unix.endsWith(".jar") || ours) {
        continue;
      }
      Path link = jars.resolve(p.getFileName());
      if (!Files.exists(link)) {
        Files.createSymbolicLink(link, p);
        n++;
      }
    }
    assertTrue(n > 100, "Spark's jars from the test classpath: " + n);
    assertTrue(Files.exists(jars.resolve("spark-core_2.13-" + org.apache.spark.package$.MODULE$.SPARK_VERSION() + ".jar")),
        "spark-core in " + jars);
    return home;
  }

  private static List<String> sparkFlags() {
    List<String> out = new ArrayList<>();
    for (String a : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      if (a.startsWith("--add-opens") || a.startsWith("-XX:+IgnoreUnrecognizedVMOptions") || a.startsWith("-Djdk.reflect")
          || a.startsWith("-Dio.netty")) {
        out.add(a);
      }
    }
    assertTrue(out.stream().anyMatch(a -> a.startsWith("--add-opens")), "the test JVM has Spark's --add-opens flags");
    return out;
  }

  private static List<String> java(String heap) {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xmx" + heap);
    cmd.addAll(sparkFlags());
    cmd.add("-DOPT_OUT_TRACKING=true");
    cmd.add("-Dskillgap.home=" + SkillgapHome.dir());
    cmd.add("-Dskillgap.cache=" + work.resolve("driver-cache"));
    return cmd;
  }

  private static Process start(String name, List<String> mainAndArgs, String heap) throws IOException {
    List<String> cmd = java(heap);
    cmd.add("-cp");
    cmd.add(sparkHome.resolve("jars") + File.separator + "*");
    cmd.addAll(mainAndArgs);
    return process(name, cmd);
  }

  private static Process process(String name, List<String> cmd) throws IOException {
    ProcessBuilder b = new ProcessBuilder(cmd).redirectErrorStream(true)
        .redirectOutput(work.resolve(name + ".log").toFile()).directory(work.toFile());
    Map<String, String> env = b.environment();
    env.put("SPARK_HOME", sparkHome.toString());
    env.put("JAVA_HOME", System.getProperty("java.home"));
    env.put("SPARK_LOCAL_IP", "127.0.0.1");
    // what a Spark distribution's load-spark-env.sh sets; without it the launcher looks for a source build
    String scalaVersion = scala.util.Properties.versionNumberString();
    env.put("SPARK_SCALA_VERSION", scalaVersion.substring(0, scalaVersion.lastIndexOf('.')));
    env.put("SPARK_LOCAL_DIRS", work.resolve("local-dirs").toString());
    env.put("OPT_OUT_TRACKING", "true");
    env.remove("SPARK_CONF_DIR");
    Process p = b.start();
    synchronized (started) {
      started.add(p);
    }
    log("started " + name + " (pid " + p.pid() + ")");
    return p;
  }

  /** Stops what this class started, newest first, each with its descendants (the executors). */
  static void stopAll() {
    synchronized (started) {
      for (int i = started.size() - 1; i >= 0; i--) {
        Process p = started.get(i);
        List<ProcessHandle> children = p.descendants().toList();
        children.forEach(ProcessHandle::destroy);
        p.destroy();
        try {
          if (!p.waitFor(15, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        children.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        log("stopped pid " + p.pid());
      }
      started.clear();
    }
  }

  private static java.util.Optional<JsonNode> masterState() {
    return get(masterUiPort, "/json/");
  }

  /** The JSON a local web UI ({@code 127.0.0.1:port}) serves at {@code path}, if it answers with one. */
  private static java.util.Optional<JsonNode> get(int port, String path) {
    try {
      HttpResponse<String> r = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build().send(
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
              .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
      return r.statusCode() == 200 ? java.util.Optional.of(new ObjectMapper().readTree(r.body())) : java.util.Optional.empty();
    } catch (IOException e) {
      return java.util.Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return java.util.Optional.empty();
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 0, java.net.InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  private static String tail(String s) {
    return s.length() <= 6000 ? s : s.substring(s.length() - 6000);
  }

  private static void log(String s) {
    System.out.println("[cluster-it] " + s);
  }
}
