package dev.skillgap.pipeline;

import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;
import static org.apache.spark.sql.types.DataTypes.createStructField;
import static org.apache.spark.sql.types.DataTypes.createStructType;

import java.util.List;
import java.util.Map;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The explicit Parquet schema of every lake table, column order as written. Tables are
 * partitioned by {@code week}, which is not a column of the files themselves.
 */
public final class LakeSchemas {

  private LakeSchemas() {}

  private static StructField f(String name, DataType type) {
    return createStructField(name, type, true);
  }

  private static StructField req(String name, DataType type) {
    return createStructField(name, type, false);
  }

  static final StructType SPAN = createStructType(List.of(req("start", IntegerType), req("end", IntegerType)));

  public static final StructType POSTINGS = createStructType(List.of(
      req("posting_id", StringType), req("source", StringType), req("entry", StringType), req("format", StringType),
      f("title", StringType), f("company", StringType), f("city", StringType), f("region", StringType),
      f("country", StringType), f("date_posted", StringType), f("employment_type", StringType), f("salary", StringType),
      f("occupation_code", StringType), f("occupation_uri", StringType), f("occupation_label", StringType),
      f("occupation_method", StringType), req("content_hash", StringType), f("language", StringType),
      f("truncated", BooleanType), f("skill_count", IntegerType), f("error", StringType),
      f("flags", createArrayType(StringType, false))));

  public static final StructType POSTING_SKILLS = createStructType(List.of(
      req("posting_id", StringType), f("occupation_uri", StringType), f("occupation_label", StringType),
      f("region", StringType), f("country", StringType), f("date_posted", StringType), req("skill_uri", StringType),
      f("skill_label", StringType), f("skill_type", StringType), f("skill_kind", StringType), f("score", DoubleType),
      f("requirement", StringType), f("spans", createArrayType(SPAN, false)),
      f("sentences", createArrayType(SPAN, false)), f("evidence", createArrayType(StringType, false))));

  public static final StructType DEMAND = createStructType(List.of(
      req("occupation_uri", StringType), f("occupation_label", StringType), req("region", StringType),
      req("skill_uri", StringType), f("skill_label", StringType), f("skill_type", StringType),
      f("skill_kind", StringType), req("postings", LongType), req("required_postings", LongType),
      req("total_postings", LongType), req("share", DoubleType)));

  public static final StructType TRENDS = createStructType(List.of(
      req("occupation_uri", StringType), f("occupation_label", StringType), req("skill_uri", StringType),
      f("skill_label", StringType), f("skill_type", StringType), req("share", DoubleType),
      req("previous_share", DoubleType), req("change", DoubleType), req("status", StringType),
      req("weeks_compared", IntegerType)));

  public static final StructType UNLINKED = createStructType(List.of(
      req("phrase", StringType), req("occurrences", LongType), req("postings", LongType),
      f("example_posting_id", StringType), f("nearest_uri", StringType), f("nearest_label", StringType),
      f("nearest_similarity", DoubleType)));

  public static final StructType REJECTS = createStructType(List.of(
      req("kind", StringType), req("source", StringType), req("entry", StringType), f("format", StringType),
      req("reason", StringType), f("excerpt", StringType)));

  public static final StructType LEARNER_SKILLS = createStructType(List.of(
      req("learner_id", StringType), req("skill_uri", StringType), f("skill_label", StringType),
      f("skill_type", StringType), f("source", StringType), f("confidence", DoubleType)));

  /**
   * One row per skill of a learner's gap: each of the role's top hard skills ({@code rank} 1 to N, its
   * {@code skill_status} held, strengthen or missing) and each of its short soft list; {@code in_gap}
   * marks the skills counted in the gap (hard, not held), and {@code share_met} and {@code
   * share_met_with_plan}, repeated on each row, the shares of the top skills' demand the learner meets
   * now and after the plan. A learner with no role, or whose role demands nothing, has one row with no skill.
   */
  public static final StructType GAPS = createStructType(List.of(
      req("learner_id", StringType), f("target_role", StringType), f("occupation_uri", StringType),
      f("occupation_label", StringType), f("status", StringType), f("skill_uri", StringType),
      f("skill_label", StringType), f("skill_type", StringType), f("weight", DoubleType), f("demand", DoubleType),
      f("demand_share", DoubleType), f("proficiency", DoubleType), f("covered_by_catalog", BooleanType),
      f("rank", IntegerType), f("skill_status", StringType), f("in_gap", BooleanType), f("share_met", DoubleType),
      f("share_met_with_plan", DoubleType)));

  static final StructType COVER = createStructType(List.of(req("uri", StringType), f("label", StringType),
      f("weight", DoubleType), f("demand_share", DoubleType), f("why", StringType)));

  public static final StructType RECOMMENDATIONS = createStructType(List.of(
      req("learner_id", StringType), req("rank", IntegerType), req("credential_id", StringType),
      f("title", StringType), f("provider", StringType), f("hours", DoubleType), f("cost", DoubleType),
      f("currency", StringType), f("level", StringType), f("gain", DoubleType), f("gap_remaining", DoubleType),
      f("covers", createArrayType(COVER, false)), f("hours_estimated", BooleanType), f("cost_unknown", BooleanType)));

  /** Every table of a week, by name. */
  public static final Map<String, StructType> TABLES = Map.of(
      "postings", POSTINGS, "posting_skills", POSTING_SKILLS, "demand", DEMAND, "trends", TRENDS,
      "unlinked_phrases", UNLINKED, "rejects", REJECTS, "learner_skills", LEARNER_SKILLS, "gaps", GAPS,
      "recommendations", RECOMMENDATIONS);
}
