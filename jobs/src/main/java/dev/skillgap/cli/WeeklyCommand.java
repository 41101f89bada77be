package dev.skillgap.cli;

import dev.skillgap.ingest.RoleInbox;
import dev.skillgap.io.SkillgapHome;
import dev.skillgap.pipeline.LakeCommitter;
import dev.skillgap.pipeline.SparkSessions;
import dev.skillgap.demand.WeekId;
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
        "With no input option: data-samples in, ./lake out, Spark local[*]; the week is the newest weekly drop",
        "folder (YYYY-Www) under data-samples/postings, and earlier drop weeks missing from the lake are run",
        "first, so trends have weeks to compare with (--no-backfill turns this off). Once any input option is",
        "given, only the inputs named are read (no learners: no learner stage), and the week is --week or",
        "the current ISO week."})
public final class WeeklyCommand implements Callable<Integer> {

  @Option(names = "--week", paramLabel = "YYYY-Www", description = "ISO week to run, e.g. 2026-W48.")
  String week;

  @Option(names = "--lake", paramLabel = "DIR", description = "Lake root: folder, hdfs:// or s3a:// (default: ./lake).")
  String lake;

  @Option(names = "--postings", paramLabel = "PATH", arity = "1..*",
      description = "Posting files or folders (.csv, .tsv, .jsonl, .ndjson, .json, .jsonld, .parquet, each also .gz).")
  List<String> postings;

  @Option(names = "--roles", paramLabel = "PATH", arity = "1..*",
      description = "HR role description files or folders (.txt, .md, .csv, .json, .jsonld).")
  List<String> roles;

  @Option(names = "--learners", paramLabel = "PATH", description = "Learners file (JSON Lines).")
  String learners;

  @Option(names = "--catalog", paramLabel = "PATH", arity = "1..*", description = "Catalogue files or folders.")
  List<String> catalog;

  @Option(names = "--master", paramLabel = "URL",
      description = "Spark master (default: spark-submit's, else local[*]).")
  String master;

  @Option(names = "--no-backfill", description = "Run only the given week, not earlier drop weeks missing from the lake.")
  boolean noBackfill;

  @Mixin
  BudgetOptions budgetOptions;

  @Mixin
  ColumnOptions columnOptions;

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
    // data-samples only when no input is named: a user's figures are never mixed with invented ones
    boolean samplesRun = postings == null && roles == null && learners == null && catalog == null;
    TreeSet<WeekId> drops = new TreeSet<>();
    if (samplesRun && Files.isDirectory(postingRoot)) {
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
    String lakeRoot = lake != null ? lake : SkillgapHome.dir().resolve("lake").toString();
    List<String> roleInputs = roles != null ? roles : samplesRun ? existing(samples.resolve("roles")) : List.of();
    String learnerInput = learners != null ? learners
        : samplesRun ? samples.resolve("learners/learners.jsonl").toString() : null;
    List<String> catalogInputs = catalog != null ? catalog : samplesRun ? existing(samples.resolve("catalog")) : List.of();
    List<String> postingInputs = postings != null ? postings : List.of();
    List<String> named = concat(roleInputs, catalogInputs, postingInputs);
    if (learnerInput != null) {
      named.add(learnerInput);
    }
    WeeklyOptions.Columns columns = columnOptions.columns();
    for (String p : named) {
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
    out.println("inputs" + (samplesRun ? " (data-samples: no input named)" : "") + ":");
    out.println("  postings: " + (samplesRun ? postingRoot + "/<week>" : describe(postingInputs)));
    int uploads = targetRoles.size() - roleInputs.size();
    out.println("  roles:    " + describe(roleInputs) + (uploads == 0 ? "" : "; " + uploads + " uploaded role file(s) from "
        + inbox.pending()));
    out.println("  learners: " + (learnerInput != null ? learnerInput : "none (the learner stage is skipped)"));
    out.println("  catalogue: " + (catalogInputs.isEmpty() && learnerInput != null
        ? "none (learners get their gaps but no recommendations)" : describe(catalogInputs)));
    out.flush();
    extractor.openTaxonomy(err); // compiles the file when needed: the job broadcasts the file to its tasks
    String config = extractor.config().toJson();
    Budget budget = budgetOptions.budget();
    SparkSession spark = SparkSessions.create("skillgap-weekly", master);
    try {
      WeeklyJob job = new WeeklyJob(spark, msg -> {
        out.println(msg);
        out.flush();
      });
      List<WeekId> weeks = new ArrayList<>();
      if (samplesRun && !noBackfill) {
        List<WeekId> visible = new LakeCommitter(lakeRoot, spark.sparkContext().hadoopConfiguration()).visibleWeeks();
        drops.headSet(target).stream().filter(w -> !visible.contains(w)).forEach(weeks::add);
      }
      weeks.add(target);
      for (WeekId w : weeks) {
        List<String> in = samplesRun ? List.of(postingRoot.resolve(w.toString()).toString()) : postingInputs;
        if (samplesRun && !Files.isDirectory(postingRoot.resolve(w.toString()))) {
          throw new NoSuchFileException(postingRoot.resolve(w.toString()).toString(), null, "no weekly drop for " + w);
        }
        boolean isTarget = w.equals(target);
        out.printf("== week %s%s%n", w, isTarget ? "" : " (backfill: postings only)");
        job.run(new WeeklyOptions(w, lakeRoot, in, isTarget ? targetRoles : List.of(), isTarget ? learnerInput : null,
            isTarget ? catalogInputs : List.of(), extractor.taxonomyFile().toString(), config, budget,
            budgetOptions.topSkills(), columns));
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

  private static String describe(List<String> paths) {
    return paths.isEmpty() ? "none" : String.join(" ", paths);
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
