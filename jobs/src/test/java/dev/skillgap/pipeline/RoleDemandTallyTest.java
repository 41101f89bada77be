package dev.skillgap.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skillgap.demand.DemandModel;
import dev.skillgap.demand.DemandPolicy;
import dev.skillgap.demand.PostingSkills;
import dev.skillgap.demand.RoleDemand;
import dev.skillgap.extract.ExtractorConfig;
import dev.skillgap.extract.Requirement;
import dev.skillgap.taxonomy.SkillType;
import dev.skillgap.taxonomy.Taxonomy;
import dev.skillgap.taxonomy.TaxonomyFixture;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/**
 * The weekly job tallies each role's demand in Spark ({@link LearnerStage#roleDemands}) so that no
 * group holds a role's postings. Its demand must be the very bits {@link DemandModel} computes from
 * the role's postings one by one, as the job did before: seeded random skill rows, with repeated
 * skills at different requirements, postings seen in two weeks (the later date counts), dates that
 * do not parse, unknown skills, rows without an occupation or under the score cut-off, a posting in
 * two roles and a role asking for soft skills only, on three cores and five shuffle partitions.
 */
class RoleDemandTallyTest {

  static final StructType ASKED = DataTypes.createStructType(List.of(
      DataTypes.createStructField("occupation_uri", DataTypes.StringType, true),
      DataTypes.createStructField("posting_id", DataTypes.StringType, false),
      DataTypes.createStructField("date_posted", DataTypes.StringType, true),
      DataTypes.createStructField("skill_uri", DataTypes.StringType, false),
      DataTypes.createStructField("requirement", DataTypes.StringType, false),
      DataTypes.createStructField("score", DataTypes.DoubleType, false)));

  @Test
  void sparksTallyGivesTheDemandOfThePostingsOneByOne() throws Exception {
    long seed = Long.getLong("seed", new Random().nextLong());
    System.out.println("RoleDemandTallyTest seed " + seed);
    Taxonomy t = TaxonomyFixture.taxonomy();
    Random random = new Random(seed);
    LocalDate asOf = LocalDate.of(2026, 11, 29);
    List<Integer> roles = new ArrayList<>();
    for (int i = 0; i < t.occupations().size() && roles.size() < 4; i++) {
      if (t.occupation(i).essentialSkills().length > 0) {
        roles.add(i);
      }
    }
    List<Integer> hard = new ArrayList<>();
    List<Integer> soft = new ArrayList<>();
    // 12 hard skills over about 100 postings a role, 1 to 8 skills each: every one is asked for by some
    // 28% of a role's postings, far above the one in ten that demand needs, whatever the seed
    for (int c = 0; c < t.size() && (hard.size() < 12 || soft.size() < 6); c++) {
      (t.concept(c).type() == SkillType.HARD ? hard : soft).add(c);
    }
    hard = hard.subList(0, 12);
    soft = soft.subList(0, 6);
    List<Row> rows = new ArrayList<>();
    for (int p = 0; p < 400; p++) {
      String id = "p" + p;
      int role = roles.get(random.nextInt(roles.size()));
      boolean softOnly = role == roles.get(3);
      String occ = random.nextInt(20) == 0 ? null : t.occupation(role).id();
      int weeks = random.nextInt(4) == 0 ? 2 : 1;
      for (int w = 0; w < weeks; w++) {
        String date = random.nextInt(15) == 0 ? "not a date" : asOf.minusDays(random.nextInt(60) - 3).toString();
        int n = 1 + random.nextInt(8);
        for (int s = 0; s < n; s++) {
          List<Integer> pool = softOnly || random.nextInt(4) == 0 ? soft : hard;
          String skill = random.nextInt(20) == 0 ? "http://example.org/unknown/" + random.nextInt(3)
              : t.concept(pool.get(random.nextInt(pool.size()))).id();
          Requirement r = Requirement.values()[random.nextInt(Requirement.values().length)];
          rows.add(RowFactory.create(occ, id, date, skill, r.wireName(), random.nextDouble()));
        }
      }
      if (p == 7) { // reclassified: the same posting under a second role
        rows.add(RowFactory.create(t.occupation(roles.get(0)).id(), id, asOf.toString(), t.concept(hard.get(0)).id(),
            "required", 0.9));
        rows.add(RowFactory.create(t.occupation(roles.get(1)).id(), id, asOf.toString(), t.concept(hard.get(0)).id(),
            "preferred", 0.9));
      }
    }

    Map<Integer, RoleDemand> expected = onePostingAtATime(t, rows, asOf);
    SparkSession spark = SparkSessions.create("role-demand-tally", "local[3]");
    Map<Integer, RoleDemand> actual = new HashMap<>();
    try {
      spark.conf().set("spark.sql.shuffle.partitions", "5");
      spark.conf().set("spark.sql.adaptive.coalescePartitions.enabled", "false");
      JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
      Broadcast<byte[]> taxonomyB = jsc.broadcast(Files.readAllBytes(TaxonomyFixture.compiled()));
      Broadcast<String> configB = jsc.broadcast(ExtractorConfig.defaults().lexicalOnly().toJson());
      Dataset<Row> asked = spark.createDataFrame(rows, ASKED).repartition(4);
      for (RoleDemand d : LearnerStage.roleDemands(asked, taxonomyB, configB, asOf).collectAsList()) {
        actual.put(d.occupation(), d);
      }
    } finally {
      spark.stop();
    }
    assertEquals(new TreeMap<>(expected), new TreeMap<>(actual), "seed " + seed);
    assertEquals(RoleDemand.Basis.ESCO_ESSENTIAL, actual.get(roles.get(3)).basis(), "a role asking for soft skills only");
    assertTrue(actual.get(roles.get(0)).skills().size() >= 8, "a role with postings has demand: " + actual.get(roles.get(0)));
  }

  /** What the job computed before: each role's postings grouped one by one, then {@link DemandModel}. */
  static Map<Integer, RoleDemand> onePostingAtATime(Taxonomy t, List<Row> rows, LocalDate asOf) {
    Map<String, Map<String, List<PostingSkills.Asked>>> byRole = new LinkedHashMap<>();
    Map<String, LocalDate> dates = new HashMap<>();
    for (Row r : rows) {
      int c = t.indexOf(r.getString(3));
      if (r.isNullAt(0) || !DemandPolicy.counts(r.getDouble(5)) || c < 0) {
        continue;
      }
      byRole.computeIfAbsent(r.getString(0), k -> new LinkedHashMap<>()).computeIfAbsent(r.getString(1),
          k -> new ArrayList<>()).add(new PostingSkills.Asked(c, Requirement.parse(r.getString(4)), r.getDouble(5)));
      dates.merge(r.getString(0) + " " + r.getString(1), LearnerStage.parseDate(r.getString(2), asOf),
          (a, b) -> a.isAfter(b) ? a : b);
    }
    Map<Integer, RoleDemand> out = new HashMap<>();
    DemandModel model = new DemandModel(t);
    byRole.forEach((uri, postings) -> {
      int occ = t.occupationIndexOf(uri);
      List<PostingSkills> list = new ArrayList<>();
      postings.forEach((id, asked) -> list.add(new PostingSkills(id, occ, dates.get(uri + " " + id), asked)));
      out.put(occ, model.demand(occ, list, asOf));
    });
    return out;
  }
}
