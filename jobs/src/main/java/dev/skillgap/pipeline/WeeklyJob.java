package dev.skillgap.pipeline;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.skillgap.catalog.CatalogReader;
import dev.skillgap.demand.DemandPolicy;
import dev.skillgap.demand.DemandScope;
import dev.skillgap.demand.TrendRule;
import dev.skillgap.demand.WeekId;
import dev.skillgap.ingest.IngestCounts;
import dev.skillgap.ingest.IngestOptions;
import dev.skillgap.ingest.IngestResult;
import dev.skillgap.ingest.InputFiles;
import dev.skillgap.ingest.Posting;
import dev.skillgap.ingest.PostingParser;
import dev.skillgap.ingest.RoleDescriptionParser;
import dev.skillgap.io.Sha256;
import dev.skillgap.report.WeeklyReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.SerializableConfiguration;

/**
 * One week of the batch: ingest, extract, demand and trends, unlinked phrases, learners' gaps and
 * recommendations, written to the lake through {@link LakeCommitter} so that the week appears
 * whole or not at all. Spark only moves the data: parsing, extraction, demand, gaps and planning
 * are the libraries' functions, called from map functions ({@link WeeklyFunctions}).
 */
public final class WeeklyJob {

  /** Input files listed one per line as the run goes; the manifest lists them all. */
  static final int SHOWN_FILES = 20;

  /**
   * How the week's datasets are kept between stages: on local disk only. A level that keeps blocks
   * in memory also reads a spilled block back whole into one buffer, and a block grows with the
   * week: bench weekly at 100k and 300k postings (20k learners) died of heap in a 4 GB heap doing
   * so under MEMORY_AND_DISK_SER. From disk a block is read as a stream, so the heap a week needs
   * is set by its partitions (see {@link #parse} and {@link #POSTINGS_PER_TASK}), not by its size.
   */
  static final StorageLevel KEPT = StorageLevel.DISK_ONLY();

  /** About how many postings one extraction task takes. */
  static final int POSTINGS_PER_TASK = 2_500;

  /** Tables whose rows already come in a fixed order (they follow the sorted extraction), so are written unsorted. */
  private static final java.util.Set<String> ORDERED = java.util.Set.of("postings", "posting_skills");

  private final SparkSession spark;
  private final Consumer<String> progress;

  public WeeklyJob(SparkSession spark, Consumer<String> progress) {
    this.spark = spark;
    this.progress = progress;
  }

  /** Runs the week and returns its manifest. */
  public ObjectNode run(WeeklyOptions o) throws IOException {
    long t0 = System.nanoTime();
    ObjectMapper json = new ObjectMapper();
    LakeCommitter lake = new LakeCommitter(o.lake(), spark.sparkContext().hadoopConfiguration());
    for (String r : lake.recover()) {
      progress.accept("recovery: " + r);
    }
    String runId = o.week() + "-" + UUID.randomUUID().toString().substring(0, 8);
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    byte[] taxonomy = Files.readAllBytes(Path.of(o.compiledTaxonomy()));
    Broadcast<byte[]> taxonomyB = jsc.broadcast(taxonomy);
    Broadcast<String> configB = jsc.broadcast(o.extractorConfigJson());
    ObjectNode manifest = json.createObjectNode();
    manifest.put("week", o.week().toString());
    manifest.put("run", runId);
    manifest.put("sparkMaster", spark.sparkContext().master());
    ObjectNode versions = manifest.putObject("versions");
    versions.put("spark", spark.version());
    versions.put("taxonomySha256", Sha256.hex(taxonomy));
    versions.put("extractorConfig", o.extractorConfigJson());
    ObjectNode timings = manifest.putObject("seconds");
    ObjectNode counts = manifest.putObject("counts");
    spark.sparkContext().uiWebUrl().foreach(url -> {
      progress.accept("Spark UI: " + url);
      return null;
    });

    // Ingest: list the inputs (saying which files are passed over), parse every file, reject what is
    // invalid, keep the first of each content hash.
    long t = System.nanoTime();
    var conf = spark.sparkContext().hadoopConfiguration();
    InputFiles.Listing postingFiles = InputFiles.list(o.postings(), PostingParser::reads, "posting", conf);
    InputFiles.Listing roleFiles = InputFiles.list(o.roles(), RoleDescriptionParser::reads, "role", conf);
    // the catalogue is listed here with the other inputs, so that what it passes over is said too; it
    // serves the learners' recommendations only, and without learners it is not read at all
    InputFiles.Listing catalogFiles = o.learners() != null
        ? InputFiles.list(o.catalog(), CatalogReader::reads, "catalogue", conf)
        : new InputFiles.Listing(List.of(), o.catalog().stream().map(c -> new InputFiles.Skipped(c,
            "catalogue not read: no learners in this run")).toList());
    IngestOptions postingOptions = new IngestOptions(o.week().sunday(), "the run's week (" + o.week() + ")",
        o.columns().postings());
    Dataset<WeeklyFunctions.ParsedFile> parsedFiles = parse(postingFiles.files(), "postings", postingOptions)
        .union(parse(roleFiles.files(), "roles", postingOptions.withColumns(o.columns().roles()))).persist(KEPT);
    Dataset<IngestResult> parsed = parsedFiles.map((MapFunction<WeeklyFunctions.ParsedFile, IngestResult>)
        WeeklyFunctions.ParsedFile::result, Encoders.javaSerialization(IngestResult.class));
    Dataset<WeeklyFunctions.Deduped> deduped = parsed
        .flatMap((FlatMapFunction<IngestResult, Posting>) r -> r.accepted().iterator(), Encoders.javaSerialization(Posting.class))
        .groupByKey((MapFunction<Posting, String>) Posting::contentHash, Encoders.STRING())
        .flatMapGroups(new WeeklyFunctions.Dedup(), Encoders.javaSerialization(WeeklyFunctions.Deduped.class))
        .persist(KEPT);
    Dataset<Posting> unique = deduped.filter((org.apache.spark.api.java.function.FilterFunction<WeeklyFunctions.Deduped>)
        d -> d.duplicateOf() == null).map((MapFunction<WeeklyFunctions.Deduped, Posting>) WeeklyFunctions.Deduped::posting,
        Encoders.javaSerialization(Posting.class));
    Dataset<Row> rejects = parsed.flatMap(new WeeklyFunctions.RejectRows(), WeeklyFunctions.encoder(LakeSchemas.REJECTS))
        .union(deduped.flatMap(new WeeklyFunctions.DuplicateRows(), WeeklyFunctions.encoder(LakeSchemas.REJECTS)));
    // only counts, hashes and source names reach the driver, not the postings
    List<WeeklyFunctions.FileSummary> summaries = parsedFiles.map(
        (MapFunction<WeeklyFunctions.ParsedFile, WeeklyFunctions.FileSummary>) WeeklyFunctions.FileSummary::of,
        Encoders.javaSerialization(WeeklyFunctions.FileSummary.class)).collectAsList();
    List<String> unread = concat(postingFiles.files(), roleFiles.files());
    summaries.forEach(f -> unread.remove(f.tally().source()));
    if (!unread.isEmpty()) {
      throw new IllegalStateException("input files listed but not read: " + unread);
    }
    // duplicates counted per source file by Spark: one row per file reaches the driver, not one per duplicate
    Map<String, Long> duplicatesBySource = new java.util.HashMap<>();
    deduped.filter((org.apache.spark.api.java.function.FilterFunction<WeeklyFunctions.Deduped>) d -> d.duplicateOf() != null)
        .map((MapFunction<WeeklyFunctions.Deduped, String>) d -> d.posting().source(), Encoders.STRING())
        .groupBy(col("value")).count().collectAsList().forEach(r -> duplicatesBySource.put(r.getString(0), r.getLong(1)));
    List<IngestCounts> perFile = IngestCounts.of(summaries.stream().map(WeeklyFunctions.FileSummary::tally).toList(),
        duplicatesBySource);
    long read = perFile.stream().mapToLong(IngestCounts::read).sum();
    long accepted = perFile.stream().mapToLong(IngestCounts::accepted).sum();
    long dups = perFile.stream().mapToLong(IngestCounts::duplicates).sum();
    long rejected = perFile.stream().mapToLong(IngestCounts::rejected).sum();
    long warned = perFile.stream().mapToLong(IngestCounts::warned).sum();
    ObjectNode ingest = counts.putObject("ingest");
    ingest.put("read", read).put("accepted", accepted).put("duplicates", dups).put("rejected", rejected)
        .put("warned", warned);
    var inputs = manifest.putArray("inputs");
    Map<String, WeeklyFunctions.FileSummary> byPath = new LinkedHashMap<>();
    summaries.forEach(f -> byPath.put(f.tally().source(), f));
    List<String> lines = new ArrayList<>();
    for (IngestCounts c : perFile) {
      WeeklyFunctions.FileSummary s = byPath.get(c.source());
      ObjectNode f = inputs.addObject();
      f.put("kind", s.kind()).put("file", c.source()).put("sha256", s.sha256()).put("bytes", s.bytes());
      f.put("read", c.read()).put("accepted", c.accepted()).put("duplicates", c.duplicates()).put("rejected", c.rejected())
          .put("warned", c.warned());
      s.tally().notes().forEach(f.putArray("notes")::add);
      lines.add(String.format("  %s %s: %d read = %d accepted + %d duplicates + %d rejected; %d warned%s", s.kind(),
          c.source(), c.read(), c.accepted(), c.duplicates(), c.rejected(), c.warned(),
          s.tally().notes().isEmpty() ? "" : " (" + String.join("; ", s.tally().notes()) + ")"));
    }
    if (o.learners() != null) {
      inputs.addObject().put("kind", "learners").put("file", o.learners());
    }
    catalogFiles.files().forEach(c -> inputs.addObject().put("kind", "catalog").put("file", c));
    List<InputFiles.Skipped> skipped = concat(postingFiles.skipped(), roleFiles.skipped(), catalogFiles.skipped());
    for (InputFiles.Skipped sk : skipped) {
      inputs.addObject().put("kind", "skipped").put("file", sk.path()).put("reason", sk.reason());
    }
    timings.put("ingest", secs(t));
    progress.accept(String.format("ingest: %d files, %d records read = %d accepted + %d duplicates + %d rejected;"
        + " %d warned (%.1f s)", perFile.size(), read, accepted, dups, rejected, warned, secs(t)));
    lines.stream().limit(SHOWN_FILES).forEach(progress);
    if (lines.size() > SHOWN_FILES) {
      progress.accept("  ... " + (lines.size() - SHOWN_FILES) + " more files in the manifest");
    }
    if (!skipped.isEmpty()) {
      progress.accept("  passed over " + skipped.size() + " file(s) in the inputs (all in the manifest):");
      InputFiles.describe(skipped, SHOWN_FILES).forEach(l -> progress.accept("  " + l));
    }

    // Extract: models loaded once per executor JVM, used by every record of every partition.
    t = System.nanoTime();
    // Postings in a fixed order within each partition, so that the extracted rows (and every table
    // exploded from them) come out in the same order on every run and need no sort when written.
    // Partitions of about POSTINGS_PER_TASK postings, by hash, so the cores stay balanced and each
    // task's cached output stays small.
    int tasks = (int) Math.max(spark.sparkContext().defaultParallelism(), (accepted + POSTINGS_PER_TASK - 1) / POSTINGS_PER_TASK);
    Dataset<Row> extracted = unique.repartition(tasks, col("value")).sortWithinPartitions(col("value"))
        .mapPartitions(new WeeklyFunctions.Extract(taxonomyB, configB),
        WeeklyFunctions.encoder(WeeklyFunctions.EXTRACTED)).persist(KEPT);
    Dataset<Row> postings = extracted.select(LakeSchemas.POSTINGS.fieldNames()[0],
        java.util.Arrays.copyOfRange(LakeSchemas.POSTINGS.fieldNames(), 1, LakeSchemas.POSTINGS.size()));
    Dataset<Row> postingSkills = extracted
        .select(col("posting_id"), col("occupation_uri"), col("occupation_label"), col("region"), col("country"),
            col("date_posted"), explode(col("skills")).as("s"))
        .select(col("posting_id"), col("occupation_uri"), col("occupation_label"), col("region"), col("country"),
            col("date_posted"), col("s.skill_uri"), col("s.skill_label"), col("s.skill_type"), col("s.skill_kind"),
            col("s.score"), col("s.requirement"), col("s.spans"), col("s.sentences"), col("s.evidence"));
    long extractedCount = extracted.count();
    long skillRows = postingSkills.count();
    Dataset<Row> unlinked = extracted.select(col("posting_id"), explode(col("unlinked")).as("u"))
        .groupBy(lower(col("u.phrase")).as("phrase"))
        // the example is the mention with the least posting id, not the first to arrive, which depends on the partitioning
        .agg(count(lit(1)).as("occurrences"), countDistinct(col("posting_id")).as("postings"),
            min(struct(col("posting_id"), col("u.nearest_uri"), col("u.nearest_label"), col("u.nearest_similarity")))
                .as("example"))
        .filter(col("occurrences").geq(2))
        .select(col("phrase"), col("occurrences"), col("postings"), col("example.posting_id").as("example_posting_id"),
            col("example.nearest_uri").as("nearest_uri"), col("example.nearest_label").as("nearest_label"),
            col("example.nearest_similarity").as("nearest_similarity"));
    counts.putObject("extract").put("postings", extractedCount).put("postingSkills", skillRows);
    timings.put("extract", secs(t));
    progress.accept(String.format("extract: %d postings, %d posting-skill rows (%.1f s)", extractedCount, skillRows, secs(t)));

    // Demand by occupation and region ('' = all regions; '*' = all occupations), then trends.
    t = System.nanoTime();
    Dataset<Row> demand = demand(postings, postingSkills).persist(KEPT);
    List<WeekId> trendWeeks = TrendRule.comparedWeeks(lake.visibleWeeks(), o.week());
    Dataset<Row> trends = trends(demand, trendWeeks, lake).persist(KEPT);
    long demandRows = demand.count();
    counts.putObject("demand").put("rows", demandRows).put("trendRows", trends.count())
        .put("weeksCompared", trendWeeks.size());
    timings.put("demand", secs(t));
    progress.accept(String.format("demand: %d rows; trends against %d earlier week(s) (%.1f s)", demandRows,
        trendWeeks.size(), secs(t)));

    // Learners: skills, gaps and recommendations through the recommender.
    Map<String, Dataset<Row>> tables = new LinkedHashMap<>();
    List<dev.skillgap.rank.LearnerView> learnerDocs = List.of();
    Map<String, dev.skillgap.catalog.Credential> credentials = Map.of();
    tables.put("postings", postings);
    tables.put("posting_skills", postingSkills);
    tables.put("demand", demand);
    tables.put("trends", trends);
    tables.put("unlinked_phrases", unlinked);
    if (o.learners() != null) {
      t = System.nanoTime();
      LearnerStage.Result lr = new LearnerStage(spark, progress).run(o, catalogFiles.files(), taxonomyB, configB,
          postingSkills, DemandPolicy.demandWeeks(lake.visibleWeeks(), o.week()), lake);
      tables.put("learner_skills", lr.skills());
      tables.put("gaps", lr.gaps());
      tables.put("recommendations", lr.recommendations());
      rejects = rejects.union(lr.rejects());
      counts.set("learners", lr.counts());
      learnerDocs = lr.docs();
      credentials = lr.credentials();
      timings.put("learners", secs(t));
    }
    tables.put("rejects", rejects);

    // Write every table to staging, then commit the week.
    t = System.nanoTime();
    List<String> names = new ArrayList<>(tables.keySet());
    for (Map.Entry<String, Dataset<Row>> e : tables.entrySet()) {
      Fault.at("stage:" + e.getKey());
      Dataset<Row> d = e.getValue().coalesce(Math.max(1, Math.min(8, spark.sparkContext().defaultParallelism())));
      if (!ORDERED.contains(e.getKey())) {
        d = d.sortWithinPartitions(java.util.Arrays.stream(e.getValue().columns()).map(org.apache.spark.sql.functions::col)
            .toArray(org.apache.spark.sql.Column[]::new));
      }
      d.write().mode(SaveMode.Overwrite).parquet(lake.stagingPath(runId, e.getKey()));
    }
    timings.put("write", secs(t));

    // The report: plain Java over the staged rows, staged beside them and committed with them.
    t = System.nanoTime();
    Fault.at("stage:" + LakeCommitter.REPORTS);
    // each file is staged as it is made: a week's learner pages are never all in memory
    WeeklyReport.Written report = WeeklyReport.write(ReportStage.collect(spark, lake, runId, o.week(), trendWeeks, names,
        learnerDocs, credentials), lake.stager(runId, LakeCommitter.REPORTS));
    names.add(LakeCommitter.REPORTS);
    counts.putObject("report").put("files", report.files()).put("bytes", report.bytes())
        .put("indexBytes", report.indexBytes());
    timings.put("report", secs(t));
    progress.accept(String.format("report: %d files, index.html %d KB (%.1f s)", report.files(),
        report.indexBytes() / 1024, secs(t)));
    timings.put("total", secs(t0));
    lake.commit(runId, o.week(), names, json.writerWithDefaultPrettyPrinter().writeValueAsString(manifest));
    progress.accept(String.format("committed %s to %s: %s (%.1f s in all)", o.week(), o.lake(), names, secs(t0)));
    parsed.unpersist();
    deduped.unpersist();
    extracted.unpersist();
    demand.unpersist();
    trends.unpersist();
    return manifest;
  }

  /**
   * Each of {@code files} parsed as {@code kind} with {@code options}, in their order; nothing when
   * there are none. Every file is read by its path: Spark's file sources drop a file whose name starts
   * with {@code _} or {@code .}, even one named directly, with no more than a log line.
   */
  private Dataset<WeeklyFunctions.ParsedFile> parse(List<String> files, String kind, IngestOptions options) {
    var encoder = Encoders.javaSerialization(WeeklyFunctions.ParsedFile.class);
    if (files.isEmpty()) {
      return spark.emptyDataset(encoder);
    }
    Broadcast<SerializableConfiguration> conf = JavaSparkContext.fromSparkContext(spark.sparkContext())
        .broadcast(new SerializableConfiguration(spark.sparkContext().hadoopConfiguration()));
    // one file a partition: a parsed file is one row, so a partition of many files would be one
    // block (and one cached batch) as large as all of them together
    return spark.createDataset(JavaSparkContext.fromSparkContext(spark.sparkContext()).parallelize(files, files.size()).rdd(),
        Encoders.STRING()).map(new WeeklyFunctions.Parse(kind, options, conf), encoder);
  }

  @SafeVarargs
  private static <T> List<T> concat(List<T>... lists) {
    List<T> out = new ArrayList<>();
    for (List<T> l : lists) {
      out.addAll(l);
    }
    return out;
  }

  /**
   * Demand per occupation, region and skill: postings asking for the skill (at {@link
   * DemandPolicy#MIN_SCORE} or more) over the postings in scope. A posting has one row per skill, so
   * counting rows counts postings, also when two sources happen to use the same posting id.
   */
  static Dataset<Row> demand(Dataset<Row> postings, Dataset<Row> postingSkills) {
    Dataset<Row> totals = scopes(postings.filter(col("error").isNull())
        .select(col("occupation_uri"), col("occupation_label"), col("region")))
        .groupBy("occupation_uri", "region").agg(count(lit(1)).as("total_postings"));
    Dataset<Row> s = postingSkills.filter(col("score").geq(DemandPolicy.MIN_SCORE))
        .select(col("occupation_uri"), col("occupation_label"), col("region"), col("skill_uri"), col("skill_label"),
            col("skill_type"), col("skill_kind"), col("requirement"));
    return scopes(s)
        .groupBy("occupation_uri", "region", "skill_uri")
        .agg(min("occupation_label").as("occupation_label"), min("skill_label").as("skill_label"),
            min("skill_type").as("skill_type"), min("skill_kind").as("skill_kind"),
            count(lit(1)).as("postings"),
            count(when(col("requirement").equalTo("required"), lit(1))).as("required_postings"))
        .join(totals, new String[] {"occupation_uri", "region"}).withColumn("share",
            col("postings").divide(col("total_postings")))
        .select(java.util.Arrays.stream(LakeSchemas.DEMAND.fieldNames()).map(org.apache.spark.sql.functions::col)
            .toArray(org.apache.spark.sql.Column[]::new));
  }

  /**
   * Each row once in every scope it belongs to ({@link DemandScope#of}), its occupation and region
   * replaced by the scope's; a scope over all occupations is labelled {@link
   * DemandScope#ALL_OCCUPATIONS_LABEL}. The rows need columns occupation_uri, occupation_label and region.
   */
  private static Dataset<Row> scopes(Dataset<Row> rows) {
    StructType schema = rows.schema();
    int occ = schema.fieldIndex("occupation_uri");
    int label = schema.fieldIndex("occupation_label");
    int region = schema.fieldIndex("region");
    return rows.flatMap((org.apache.spark.api.java.function.FlatMapFunction<Row, Row>) r -> {
      List<Row> out = new ArrayList<>(3);
      for (DemandScope scope : DemandScope.of(r.getString(occ), r.getString(region))) {
        Object[] values = new Object[r.size()];
        for (int i = 0; i < values.length; i++) {
          values[i] = r.get(i);
        }
        values[occ] = scope.occupation();
        values[region] = scope.region();
        if (scope.allOccupations()) {
          values[label] = DemandScope.ALL_OCCUPATIONS_LABEL;
        }
        out.add(org.apache.spark.sql.RowFactory.create(values));
      }
      return out.iterator();
    }, org.apache.spark.sql.Encoders.row(schema));
  }

  /** The earlier weeks' shares of a skill in an occupation, with its labels, as {@link #trends} joins them. */
  private static final StructType PREVIOUS = DataTypes.createStructType(List.of(
      DataTypes.createStructField("occupation_uri", DataTypes.StringType, true),
      DataTypes.createStructField("skill_uri", DataTypes.StringType, true),
      DataTypes.createStructField("previous_shares", DataTypes.createArrayType(DataTypes.DoubleType, false), true),
      DataTypes.createStructField("p_label", DataTypes.StringType, true),
      DataTypes.createStructField("p_skill_label", DataTypes.StringType, true),
      DataTypes.createStructField("p_skill_type", DataTypes.StringType, true)));

  private Dataset<Row> trends(Dataset<Row> demand, List<WeekId> weeks, LakeCommitter lake) {
    Dataset<Row> now = demand.filter(col("region").equalTo(DemandScope.ALL_REGIONS))
        .select("occupation_uri", "occupation_label", "skill_uri", "skill_label", "skill_type", "share");
    Dataset<Row> before;
    if (weeks.isEmpty()) {
      before = spark.createDataFrame(List.of(), PREVIOUS);
    } else {
      // each week's share as a list, which TrendRule sums in a fixed order: a sum() here adds them in
      // the order the partitions arrive, and the last bits of the mean then change from run to run
      String[] paths = weeks.stream().map(w -> lake.partitionPath("demand", w)).toArray(String[]::new);
      before = spark.read().schema(LakeSchemas.DEMAND).parquet(paths).filter(col("region").equalTo(DemandScope.ALL_REGIONS))
          .groupBy("occupation_uri", "skill_uri")
          .agg(collect_list("share").as("previous_shares"), min("occupation_label").as("p_label"),
              min("skill_label").as("p_skill_label"), min("skill_type").as("p_skill_type"));
    }
    int n = weeks.size();
    return now.join(before, new String[] {"occupation_uri", "skill_uri"}, "full_outer")
        .map(new WeeklyFunctions.Trend(n), WeeklyFunctions.encoder(LakeSchemas.TRENDS));
  }

  private static double secs(long start) {
    return Math.round((System.nanoTime() - start) / 1e8) / 10.0;
  }
}
