package dev.skillgap.pipeline;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import dev.skillgap.catalog.Credential;
import dev.skillgap.demand.DemandScope;
import dev.skillgap.demand.WeekId;
import dev.skillgap.rank.LearnerView;
import dev.skillgap.report.DemandRow;
import dev.skillgap.report.GapRow;
import dev.skillgap.report.RecommendationRow;
import dev.skillgap.report.ReportInput;
import dev.skillgap.report.ReportTables;
import dev.skillgap.report.TrendRow;
import dev.skillgap.report.UnlinkedRow;
import dev.skillgap.report.UnrecognisedTitle;
import dev.skillgap.report.UnrecognisedTitles;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/**
 * Collects a run's staged tables into a {@link ReportInput} for {@link dev.skillgap.report.WeeklyReport}:
 * the report is made from exactly the rows the week commits.
 */
final class ReportStage {

  private ReportStage() {}

  static ReportInput collect(SparkSession spark, LakeCommitter lake, String runId, WeekId week,
      List<WeekId> compared, List<String> tables, List<LearnerView> docs, Map<String, Credential> credentials) {
    List<DemandRow> demand = read(spark, lake, runId, "demand", LakeSchemas.DEMAND, tables).stream()
        .map(r -> new DemandRow(r.getString(0), r.getString(1), r.getString(2), r.getString(3), r.getString(4),
            r.getString(5), r.getString(6), r.getLong(7), r.getLong(8), r.getLong(9), r.getDouble(10))).toList();
    List<TrendRow> trends = read(spark, lake, runId, "trends", LakeSchemas.TRENDS, tables).stream()
        .map(r -> new TrendRow(r.getString(0), r.getString(1), r.getString(2), r.getString(3), r.getString(4),
            r.getDouble(5), r.getDouble(6), r.getDouble(7), r.getString(8), r.getInt(9))).toList();
    List<GapRow> gaps = read(spark, lake, runId, "gaps", LakeSchemas.GAPS, tables).stream()
        .map(r -> new GapRow(r.getString(0), r.getString(2), r.getString(3), r.getString(5), r.getString(6),
            r.getString(7), r.isNullAt(8) ? 0 : r.getDouble(8), !r.isNullAt(12) && r.getBoolean(12),
            !r.isNullAt(15) && r.getBoolean(15))).toList();
    List<RecommendationRow> recs = read(spark, lake, runId, "recommendations", LakeSchemas.RECOMMENDATIONS, tables)
        .stream().map(r -> new RecommendationRow(r.getString(0), r.getInt(1), r.getString(2), r.getString(3),
            r.getString(4), r.isNullAt(5) ? null : r.getDouble(5), r.isNullAt(6) ? null : r.getDouble(6),
            r.getString(7), r.isNullAt(9) ? 0 : r.getDouble(9), r.isNullAt(10) ? 0 : r.getDouble(10))).toList();
    List<UnlinkedRow> unlinked = read(spark, lake, runId, "unlinked_phrases", LakeSchemas.UNLINKED, tables).stream()
        .map(r -> new UnlinkedRow(r.getString(0), r.getLong(1), r.getLong(2), r.getString(3), r.getString(4),
            r.getString(5), r.isNullAt(6) ? null : r.getDouble(6))).toList();
    long postings = demand.stream().filter(d -> DemandScope.ALL_OCCUPATIONS.equals(d.occupationUri()) && d.region().isEmpty())
        .mapToLong(DemandRow::totalPostings).max().orElse(0);
    return new ReportInput(week.toString(), compared.stream().map(WeekId::toString).toList(), postings, demand, trends,
        gaps, recs, unlinked, unrecognised(spark, lake, runId, tables), docs, credentials);
  }

  /**
   * The week's postings with no occupation, counted, and their {@link ReportTables#UNRECOGNISED_TOP}
   * commonest titles: Spark groups them, so the driver holds that many rows whatever the week.
   */
  static UnrecognisedTitles unrecognised(SparkSession spark, LakeCommitter lake, String runId, List<String> tables) {
    if (!tables.contains("postings")) {
      return UnrecognisedTitles.NONE;
    }
    Dataset<Row> none = spark.read().schema(LakeSchemas.POSTINGS).parquet(lake.stagingPath(runId, "postings"))
        .filter(col("occupation_uri").isNull().or(col("occupation_uri").equalTo("")))
        .select(coalesce(col("title"), lit("")).as("title"));
    long n = none.count();
    List<UnrecognisedTitle> top = none.groupBy("title").count()
        .orderBy(col("count").desc(), col("title").asc()).limit(ReportTables.UNRECOGNISED_TOP).collectAsList().stream()
        .map(r -> new UnrecognisedTitle(r.getString(0), r.getLong(1))).toList();
    return new UnrecognisedTitles(n, top);
  }

  private static List<Row> read(SparkSession spark, LakeCommitter lake, String runId, String table, StructType schema,
      List<String> tables) {
    if (!tables.contains(table)) {
      return List.of();
    }
    return spark.read().schema(schema).parquet(lake.stagingPath(runId, table)).collectAsList();
  }
}
