package dev.skillgap.pipeline;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.skillgap.catalog.Catalog;
import dev.skillgap.catalog.CatalogReader;
import dev.skillgap.catalog.CatalogReject;
import dev.skillgap.catalog.Credential;
import dev.skillgap.demand.DemandCounts;
import dev.skillgap.demand.DemandModel;
import dev.skillgap.demand.DemandPolicy;
import dev.skillgap.demand.RoleDemand;
import dev.skillgap.demand.WeekId;
import dev.skillgap.extract.Requirement;
import dev.skillgap.gap.GapSkill;
import dev.skillgap.gap.LearnerProfile;
import dev.skillgap.gap.LearnerReader;
import dev.skillgap.index.CredentialIndex;
import dev.skillgap.rank.Budget;
import dev.skillgap.rank.LearnerResult;
import dev.skillgap.rank.LearnerView;
import dev.skillgap.rank.Recommender;
import dev.skillgap.rank.RecommenderModel;
import dev.skillgap.taxonomy.Concept;
import dev.skillgap.taxonomy.Taxonomy;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.api.java.function.MapGroupsFunction;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The learner stage of the weekly job: the demand of every role from the recent weeks' postings
 * ({@link DemandCounts} tallied by Spark, {@link DemandModel} per role), then per learner partition the {@link
 * Recommender}, with the catalogue's credential index built once per executor JVM.
 */
final class LearnerStage {

  /** What the stage produced. */
  record Result(Dataset<Row> skills, Dataset<Row> gaps, Dataset<Row> recommendations, Dataset<Row> rejects,
      ObjectNode counts, List<LearnerView> docs, Map<String, Credential> credentials) {}

  static final StructType OUT;

  static {
    List<StructField> f = new ArrayList<>();
    f.add(DataTypes.createStructField("learner_id", DataTypes.StringType, false));
    // what the report renders for the learner, serialized (SerializedObjects): it only travels to the driver
    f.add(DataTypes.createStructField("view", DataTypes.BinaryType, false));
    f.add(DataTypes.createStructField("skills", DataTypes.createArrayType(LakeSchemas.LEARNER_SKILLS, false), false));
    f.add(DataTypes.createStructField("gaps", DataTypes.createArrayType(LakeSchemas.GAPS, false), false));
    f.add(DataTypes.createStructField("recs", DataTypes.createArrayType(LakeSchemas.RECOMMENDATIONS, false), false));
    OUT = DataTypes.createStructType(f);
  }

  private final SparkSession spark;
  private final Consumer<String> progress;

  LearnerStage(SparkSession spark, Consumer<String> progress) {
    this.spark = spark;
    this.progress = progress;
  }

  /** Runs the stage for {@code o}'s learners with the catalogue files {@code catalogFiles}, as the job listed them. */
  Result run(WeeklyOptions o, List<String> catalogFiles, Broadcast<byte[]> taxonomyB, Broadcast<String> configB,
      Dataset<Row> postingSkills, List<WeekId> earlier, LakeCommitter lake) throws IOException {
    ExecutorModels m = ExecutorModels.get(taxonomyB.value(), configB.value());
    // read on the driver: from a local copy when they live on HDFS, S3 or another Hadoop file system
    Catalog catalog;
    LearnerReader.Result learners;
    try (LocalInputs local = new LocalInputs(spark.sparkContext().hadoopConfiguration())) {
      catalog = new CatalogReader(m.taxonomy(), m.extractor()).read(local.local(catalogFiles), o.columns().catalog());
      try {
        learners = new LearnerReader().read(local.localWithFolder(o.learners()), o.columns().learners());
      } catch (dev.skillgap.io.ColumnMappingException e) {
        throw new IOException(o.learners() + ": " + e.getMessage(), e);
      }
    }
    LocalDate asOf = o.week().sunday();

    Dataset<Row> asked = postingSkills.select("occupation_uri", "posting_id", "date_posted", "skill_uri", "requirement", "score");
    if (!earlier.isEmpty()) {
      String[] paths = earlier.stream().map(w -> lake.partitionPath("posting_skills", w)).toArray(String[]::new);
      asked = asked.union(spark.read().schema(LakeSchemas.POSTING_SKILLS).parquet(paths)
          .select("occupation_uri", "posting_id", "date_posted", "skill_uri", "requirement", "score"));
    }
    List<RoleDemand> demands = roleDemands(asked, taxonomyB, configB, asOf).collectAsList();
    Map<Integer, RoleDemand> byOcc = new HashMap<>();
    demands.forEach(d -> byOcc.put(d.occupation(), d));
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Broadcast<HashMap<Integer, RoleDemand>> demandB = jsc.broadcast(new HashMap<>(byOcc));
    Broadcast<ArrayList<Credential>> catalogB = jsc.broadcast(new ArrayList<>(catalog.credentials()));

    Dataset<Row> out = spark.createDataset(learners.learners(), Encoders.javaSerialization(LearnerProfile.class))
        .repartition(Math.max(1, spark.sparkContext().defaultParallelism()))
        .mapPartitions(new Recommend(taxonomyB, configB, catalogB, demandB, o.budget(), o.topSkills(), asOf),
            WeeklyFunctions.encoder(OUT))
        .persist(WeeklyJob.KEPT);
    Dataset<Row> skills = out.select(explode(col("skills")).as("x")).select("x.*");
    Dataset<Row> gaps = out.select(explode(col("gaps")).as("x")).select("x.*");
    Dataset<Row> recs = out.select(explode(col("recs")).as("x")).select("x.*");

    List<Row> rejectRows = new ArrayList<>();
    for (LearnerReader.LearnerReject r : learners.rejects()) {
      rejectRows.add(RowFactory.create("learner", r.file(), r.entry(), "learners-" + learners.format(), r.reason(), ""));
    }
    for (LearnerReader.LearnerDuplicate d : learners.duplicates()) {
      rejectRows.add(RowFactory.create("learner-duplicate", d.file(), d.entry(), "learners-" + learners.format(),
          "duplicate of learner " + d.duplicateOf() + " (" + d.match().name().toLowerCase(java.util.Locale.ROOT) + ")", ""));
    }
    for (CatalogReject r : catalog.rejects()) {
      rejectRows.add(RowFactory.create("catalog", r.file(), r.entry(), "catalog", r.reason(), ""));
    }
    Dataset<Row> rejects = spark.createDataFrame(rejectRows, LakeSchemas.REJECTS);
    long n = out.count();
    long recCount = recs.count();
    ObjectNode counts = new ObjectMapper().createObjectNode();
    counts.put("read", learners.read()).put("learners", learners.learners().size())
        .put("duplicates", learners.duplicates().size()).put("rejected", learners.rejects().size())
        .put("warned", learners.warned())
        .put("recommendations", recCount).put("roles", byOcc.size())
        .put("catalogCredentials", catalog.credentials().size()).put("catalogRejected", catalog.rejects().size())
        .put("catalogDuplicates", catalog.duplicates().size());
    progress.accept(String.format("learners: %s: %d read = %d learners + %d duplicates + %d rejected; %d warned;"
            + " %d recommendations; catalogue %d credentials, %d rejected; demand for %d roles", o.learners(),
        learners.read(), n, learners.duplicates().size(), learners.rejects().size(), learners.warned(), recCount,
        catalog.credentials().size(), catalog.rejects().size(), byOcc.size()));
    List<LearnerView> docs = out.select("view").collectAsList().stream()
        .map(r -> SerializedObjects.read((byte[]) r.get(0), LearnerView.class)).toList();
    Map<String, Credential> credentials = new HashMap<>();
    catalog.credentials().forEach(c -> credentials.putIfAbsent(c.id(), c));
    return new Result(skills, gaps, recs, rejects, counts, docs, credentials);
  }

  /** A posting's skill in a role's demand: which role, posting and concept, how strongly asked for, and how old. */
  static final StructType ASKED = DataTypes.createStructType(List.of(
      DataTypes.createStructField("occupation_uri", DataTypes.StringType, false),
      DataTypes.createStructField("posting_id", DataTypes.StringType, false),
      DataTypes.createStructField("concept", DataTypes.IntegerType, false),
      DataTypes.createStructField("strength", DataTypes.IntegerType, false),
      DataTypes.createStructField("age", DataTypes.LongType, false)));

  /**
   * The demand of every role with postings, from the rows of {@code asked} (occupation_uri,
   * posting_id, date_posted, skill_uri, requirement, score). Spark tallies the {@link DemandCounts}
   * (a posting counted once per role, at its latest date, and once per skill, at the strongest
   * requirement stated), so a role's group holds its counts by skill, age and requirement, however
   * many postings it has; {@link DemandModel} then computes each role's demand from them.
   */
  static Dataset<RoleDemand> roleDemands(Dataset<Row> asked, Broadcast<byte[]> taxonomyB, Broadcast<String> configB,
      LocalDate asOf) {
    Dataset<Row> rows = asked.filter(col("occupation_uri").isNotNull().and(col("score").geq(DemandPolicy.MIN_SCORE)))
        .mapPartitions(new AskedRows(taxonomyB, configB, asOf), WeeklyFunctions.encoder(ASKED));
    Dataset<Row> postings = rows.groupBy("occupation_uri", "posting_id").agg(min("age").as("age"));
    Dataset<Row> skills = rows.groupBy("occupation_uri", "posting_id", "concept").agg(max("strength").as("strength"))
        .join(postings, new String[] {"occupation_uri", "posting_id"})
        .groupBy("occupation_uri", "concept", "age", "strength").count();
    Dataset<Row> roles = postings.groupBy("occupation_uri", "age").count()
        .select(col("occupation_uri"), lit(null).cast(DataTypes.IntegerType).as("concept"), col("age"),
            lit(null).cast(DataTypes.IntegerType).as("strength"), col("count"));
    return skills.select("occupation_uri", "concept", "age", "strength", "count").unionByName(roles)
        .groupByKey((MapFunction<Row, String>) r -> r.getString(0), Encoders.STRING())
        .mapGroups(new Demand(taxonomyB, configB), Encoders.javaSerialization(RoleDemand.class));
  }

  /** Maps skill rows to {@link #ASKED} rows: concepts the taxonomy knows, strength and age as of the week's end. */
  static final class AskedRows implements MapPartitionsFunction<Row, Row> {
    private final Broadcast<byte[]> taxonomy;
    private final Broadcast<String> config;
    private final LocalDate asOf;

    AskedRows(Broadcast<byte[]> taxonomy, Broadcast<String> config, LocalDate asOf) {
      this.taxonomy = taxonomy;
      this.config = config;
      this.asOf = asOf;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> in) {
      Taxonomy t = ExecutorModels.get(taxonomy.value(), config.value()).taxonomy();
      return WeeklyFunctions.lazily(in).map(r -> {
        int c = t.indexOf(r.getString(3));
        return c < 0 ? null : RowFactory.create(r.getString(0), r.getString(1), c,
            DemandCounts.strength(Requirement.parse(r.getString(4))),
            DemandModel.age(parseDate(r.getString(2), asOf), asOf));
      }).filter(java.util.Objects::nonNull).iterator();
    }
  }

  /** The demand of one occupation from its tallied counts: rows with a concept count its skills, rows without count its postings. */
  static final class Demand implements MapGroupsFunction<String, Row, RoleDemand> {
    private final Broadcast<byte[]> taxonomy;
    private final Broadcast<String> config;

    Demand(Broadcast<byte[]> taxonomy, Broadcast<String> config) {
      this.taxonomy = taxonomy;
      this.config = config;
    }

    @Override
    public RoleDemand call(String occupationUri, Iterator<Row> rows) {
      Taxonomy t = ExecutorModels.get(taxonomy.value(), config.value()).taxonomy();
      DemandCounts counts = new DemandCounts();
      rows.forEachRemaining(r -> {
        if (r.isNullAt(1)) {
          counts.postings(r.getLong(2), r.getLong(4));
        } else {
          counts.asked(r.getInt(1), r.getLong(2), DemandCounts.ofStrength(r.getInt(3)), r.getLong(4));
        }
      });
      return new DemandModel(t).demand(t.occupationIndexOf(occupationUri), counts);
    }
  }

  static LocalDate parseDate(String s, LocalDate fallback) {
    try {
      return s == null ? fallback : LocalDate.parse(s);
    } catch (java.time.format.DateTimeParseException e) {
      return fallback;
    }
  }

  /** Credential indexes per executor JVM, by catalogue fingerprint. */
  private static final ConcurrentHashMap<String, CredentialIndex> INDEXES = new ConcurrentHashMap<>();

  static CredentialIndex index(List<Credential> catalog, Taxonomy t) {
    return INDEXES.computeIfAbsent(CredentialIndex.fingerprint(catalog, t), k -> {
      try {
        Path dir = Files.createTempDirectory("skillgap-credentials-");
        return CredentialIndex.build(dir.resolve("index"), catalog, t);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  /** Recommends for each learner of a partition. */
  static final class Recommend implements MapPartitionsFunction<LearnerProfile, Row>, Serializable {
    private final Broadcast<byte[]> taxonomy;
    private final Broadcast<String> config;
    private final Broadcast<ArrayList<Credential>> catalog;
    private final Broadcast<HashMap<Integer, RoleDemand>> demand;
    private final Budget budget;
    private final int topSkills;
    private final LocalDate asOf;

    Recommend(Broadcast<byte[]> taxonomy, Broadcast<String> config, Broadcast<ArrayList<Credential>> catalog,
        Broadcast<HashMap<Integer, RoleDemand>> demand, Budget budget, int topSkills, LocalDate asOf) {
      this.taxonomy = taxonomy;
      this.config = config;
      this.catalog = catalog;
      this.demand = demand;
      this.budget = budget;
      this.topSkills = topSkills;
      this.asOf = asOf;
    }

    @Override
    public Iterator<Row> call(Iterator<LearnerProfile> learners) throws IOException {
      ExecutorModels m = ExecutorModels.get(taxonomy.value(), config.value());
      Taxonomy t = m.taxonomy();
      List<Credential> creds = catalog.value();
      CredentialIndex index = index(creds, t);
      DemandModel essentials = new DemandModel(t);
      Map<Integer, RoleDemand> known = demand.value();
      Recommender rec = RecommenderModel.of(t, m.extractor(), m.roles(),
          occ -> known.containsKey(occ) ? known.get(occ) : essentials.demand(occ, List.of(), asOf), topSkills, index,
          creds).recommender();
      return WeeklyFunctions.lazily(learners).map(l -> row(t, index, rec.recommend(l, budget))).iterator();
    }
  }

  /** The learner's {@link #OUT} row: their view, and their rows of the skill, gap and recommendation tables. */
  static Row row(Taxonomy t, CredentialIndex index, LearnerResult r) {
    String id = r.learner().learnerId();
    LearnerView view = LearnerView.of(r, t, index::get);
    List<Row> skills = new ArrayList<>();
    for (LearnerView.Skill s : view.skills()) {
      skills.add(RowFactory.create(id, s.uri(), s.label(), s.type().wireName(), s.source().wireName(), s.confidence()));
    }
    String occUri = r.role() == null ? null : r.role().id();
    String occLabel = r.role() == null ? null : r.role().label();
    List<Row> gaps = new ArrayList<>();
    if (r.gap() == null || r.gap().top().isEmpty() && r.gap().soft().isEmpty()) {
      gaps.add(RowFactory.create(id, r.learner().targetRole(), occUri, occLabel, r.status().wireName(), null, null, null, null, null,
          null, null, null, null, null, null, null, null));
    } else {
      java.util.Set<Integer> uncovered = new java.util.HashSet<>();
      r.uncovered().forEach(g -> uncovered.add(g.concept()));
      java.util.Set<Integer> inGap = new java.util.HashSet<>();
      r.gap().gap().forEach(g -> inGap.add(g.concept()));
      double met = round(r.gap().shareMet());
      double withPlan = round(r.shareMetWithPlan());
      for (List<GapSkill> list : List.of(r.gap().top(), r.gap().soft())) {
        for (int i = 0; i < list.size(); i++) {
          GapSkill g = list.get(i);
          Concept c = t.concept(g.concept());
          gaps.add(RowFactory.create(id, r.learner().targetRole(), occUri, occLabel, r.status().wireName(), c.id(),
              c.preferredLabel(), c.type().wireName(), round(g.weight()), round(g.demand()), round(g.postingShare()),
              round(g.proficiency()),
              inGap.contains(g.concept()) ? Boolean.valueOf(!uncovered.contains(g.concept())) : null, i + 1,
              g.status().wireName(), inGap.contains(g.concept()), met, withPlan));
        }
      }
    }
    List<Row> recs = new ArrayList<>();
    for (int i = 0; i < view.recommendations().size(); i++) {
      LearnerView.Recommendation v = view.recommendations().get(i);
      List<Row> covers = new ArrayList<>();
      for (LearnerView.Covered cv : v.covers()) {
        covers.add(RowFactory.create(cv.uri(), cv.label(), cv.weight(), cv.demandShare(), cv.why(view.roleLabel())));
      }
      recs.add(RowFactory.create(id, v.rank(), v.credentialId(), v.title(), v.provider(), v.hours(), v.cost(),
          v.currency(), v.level().wireName(), v.gain(), v.gapRemaining(), WeeklyFunctions.seq(covers),
          v.hoursEstimate() != null, r.plan().steps().get(i).option().costUnknown()));
    }
    return RowFactory.create(id, SerializedObjects.bytes(view), seq(skills), seq(gaps), seq(recs));
  }

  private static scala.collection.immutable.Seq<Row> seq(List<Row> rows) {
    return WeeklyFunctions.seq(rows);
  }

  private static double round(double v) {
    return LearnerView.round(v);
  }
}
