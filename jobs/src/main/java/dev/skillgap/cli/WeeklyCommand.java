package dev.skillgap.cli;

import dev.skillgap.ingest.RoleInbox;
import dev.skillgap.io.SkillgapHome;
import dev.skillgap.pipeline.LakeCommitter;
import dev.skillgap.pipeline.SparkSessions;
import dev.skillgap.pipeline.WeekId;
import dev.skillgap.pipeline.WeeklyJob;
import dev.skillgap.pipeline.WeeklyOptions;
import dev.skillgap.rank.Budget;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code skillgap weekly}: the weekly batch on Spark, into the Parquet lake. */
@Command(name = "weekly", mixinStandardHelpOptions = true,
    description = {"Run the week: ingest postings and role descriptions, extract skills, demand and trends,",
        "learners' gaps and recommendations, into the Parquet lake (a week appears whole or not at all).",
        "With no options: data-samples in, ./lake out, Spark local[*]; the week is the newest weekly drop",
        "folder (YYYY-Www) under the postings folder, else the current ISO week. Earlier drop weeks missing",
        "from the lake are run first, so trends have weeks to compare with (--no-backfill turns this off)."})
public final class WeeklyCommand implements Callable<Integer> {

  @Option(names = "--week", paramLabel = "YYYY-Www", description = "ISO week to run, e.g. 2026-W48.")
  String week;

  @Option(names = "--lake", paramLabel = "DIR", description = "Lake root: folder, hdfs:// or s3a:// (default: ./lake).")
  String lake;

  @Option(names = "--postings", paramLabel = "PATH", arity = "1..*",
      description = "Posting files or folders (default: data-samples/postings/<week>/).")
  List<String> postings;

  @Option(names = "--roles", paramLabel = "PATH", arity = "1..*",
      description = "HR role description files or folders (default: data-samples/roles).")
  List<String> roles;

  @Option(names = "--learners", paramLabel = "PATH", description = "Learners JSON Lines (default: data-samples/learners/learners.jsonl).")
  String learners;

  @Option(names = "--catalog", paramLabel = "PATH", arity = "1..*", description = "Catalogue files or folders (default: data-samples/catalog).")
  List<String> catalog;

  @Option(names = "--master", paramLabel = "URL",
      description = "Spark master (default: spark-submit's, else local[*]).")
  String master;

  @Option(names = "--k", defaultValue = "5", description = "Credentials per learner (default: ${DEFAULT-VALUE}).")
  int k;

  @Option(names = "--max-hours", paramLabel = "H", description = "Hours budget per learner.")
  Double maxHours;

  @Option(names = "--max-cost", paramLabel = "C", description = "Cost budget per learner (credentials of unknown cost are left out).")
  Double maxCost;

  @Option(names = "--no-backfill", description = "Run only the given week, not earlier drop weeks missing from the lake.")
  boolean noBackfill;

  @Mixin
  ExtractorOptions extractor;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path samples = SkillgapHome.dataSamples();
    Path postingRoot = samples.resolve("postings");
    TreeSet<WeekId> drops = new TreeSet<>();
    if (postings == null && Files.isDirectory(postingRoot)) {
      try (Stream<Path> s = Files.list(postingRoot)) {
        s.filter(Files::isDirectory).forEach(p -> {
          try {
            drops.add(WeekId.parse(p.getFileName().toString()));
          } catch (IllegalArgumentException e) {
            // not a weekly drop folder
          }
        });
      }
    }
    WeekId target;
    try {
      target = week != null ? WeekId.parse(week) : !drops.isEmpty() ? drops.last() : WeekId.of(LocalDate.now());
    } catch (IllegalArgumentException e) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--week: " + e.getMessage());
    }
    if (k < 0) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--k must be at least 0");
    }
    String lakeRoot = lake != null ? lake : SkillgapHome.dir().resolve("lake").toString();
    List<String> roleInputs = roles != null ? roles : existing(samples.resolve("roles"));
    String learnerInput = learners != null ? learners : samples.resolve("learners/learners.jsonl").toString();
    List<String> catalogInputs = catalog != null ? catalog : existing(samples.resolve("catalog"));
    for (String p : concat(roleInputs, catalogInputs, List.of(learnerInput), postings == null ? List.of() : postings)) {
      if (!p.contains("://") && !Files.exists(Path.of(p))) {
        throw new NoSuchFileException(p);
      }
    }
    // Uploaded roles (bin/skillgap upload roles) join the target week's roles; see RoleInbox.
    RoleInbox inbox = lakeRoot.contains("://") ? null : new RoleInbox(Path.of(lakeRoot));
    List<String> targetRoles = new ArrayList<>(roleInputs);
    if (inbox != null) {
      inbox.inputsFor(target.toString()).forEach(f -> targetRoles.add(f.toString()));
    }
    extractor.taxonomy.open(err);
    String config = extractor.config().toJson();
    Budget budget = new Budget(k, maxHours, maxCost);
    SparkSession spark = SparkSessions.create("skillgap-weekly", master);
    try {
      WeeklyJob job = new WeeklyJob(spark, msg -> {
        out.println(msg);
        out.flush();
      });
      List<WeekId> weeks = new ArrayList<>();
      if (postings == null && !noBackfill) {
        List<WeekId> visible = new LakeCommitter(lakeRoot, spark.sparkContext().hadoopConfiguration()).visibleWeeks();
        drops.headSet(target).stream().filter(w -> !visible.contains(w)).forEach(weeks::add);
      }
      weeks.add(target);
      for (WeekId w : weeks) {
        List<String> in = postings != null ? postings : List.of(postingRoot.resolve(w.toString()).toString());
        if (postings == null && !Files.isDirectory(postingRoot.resolve(w.toString()))) {
          throw new NoSuchFileException(postingRoot.resolve(w.toString()).toString(), null, "no weekly drop for " + w);
        }
        boolean isTarget = w.equals(target);
        out.printf("== week %s%s%n", w, isTarget ? "" : " (backfill: postings only)");
        job.run(new WeeklyOptions(w, lakeRoot, in, isTarget ? targetRoles : List.of(), isTarget ? learnerInput : null,
            catalogInputs, extractor.taxonomy.compiledPath().toString(), config, budget));
      }
      if (inbox != null) {
        List<Path> moved = inbox.markProcessed(target.toString());
        if (!moved.isEmpty()) {
          out.printf("inbox: %d uploaded role file%s read by %s, now in %s%n", moved.size(), moved.size() == 1 ? "" : "s",
              target, inbox.processed(target.toString()));
        }
      }
    } finally {
      spark.stop();
    }
    return 0;
  }

  private static List<String> existing(Path p) {
    return Files.exists(p) ? List.of(p.toString()) : List.of();
  }

  @SafeVarargs
  private static List<String> concat(List<String>... lists) {
    List<String> out = new ArrayList<>();
    for (List<String> l : lists) {
      out.addAll(l);
    }
    return out;
  }
}
