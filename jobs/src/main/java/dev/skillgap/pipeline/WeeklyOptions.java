package dev.skillgap.pipeline;

import dev.skillgap.demand.WeekId;
import dev.skillgap.gap.GapModel;
import dev.skillgap.io.ColumnMapping;
import dev.skillgap.rank.Budget;
import java.util.List;
import java.util.Objects;

/**
 * What one weekly run reads and where it writes.
 *
 * @param week the ISO week to compute
 * @param lake the lake root (local folder, hdfs:// or s3a:// URI)
 * @param postings files or folders of postings for the week
 * @param roles files or folders of HR role descriptions (may be empty)
 * @param learners the learners JSON Lines file, or null to skip the learner stage
 * @param catalog catalogue files or folders
 * @param compiledTaxonomy the compiled taxonomy file
 * @param extractorConfigJson the extractor configuration, as JSON
 * @param budget the recommendation budget per learner
 * @param topSkills the number of a role's most demanded hard skills each learner's gap is measured on
 * @param columns the user's column mappings, one per kind of input
 */
public record WeeklyOptions(WeekId week, String lake, List<String> postings, List<String> roles, String learners,
    List<String> catalog, String compiledTaxonomy, String extractorConfigJson, Budget budget, int topSkills,
    Columns columns) {
  public WeeklyOptions {
    if (topSkills < 1) {
      throw new IllegalArgumentException("topSkills must be at least 1, was " + topSkills);
    }
    postings = List.copyOf(postings);
    roles = List.copyOf(roles);
    catalog = List.copyOf(catalog);
    Objects.requireNonNull(columns, "columns");
  }

  /** Options whose inputs' columns are recognised from their headers, with gaps of {@link GapModel#DEFAULT_TOP} skills. */
  public WeeklyOptions(WeekId week, String lake, List<String> postings, List<String> roles, String learners,
      List<String> catalog, String compiledTaxonomy, String extractorConfigJson, Budget budget) {
    this(week, lake, postings, roles, learners, catalog, compiledTaxonomy, extractorConfigJson, budget,
        GapModel.DEFAULT_TOP, Columns.NONE);
  }

  /**
   * The column mapping of each kind of CSV (and flat JSON) input.
   *
   * @param postings job postings
   * @param roles HR role descriptions
   * @param learners learners
   * @param catalog catalogue entries
   */
  public record Columns(ColumnMapping postings, ColumnMapping roles, ColumnMapping learners, ColumnMapping catalog)
      implements java.io.Serializable {
    /** Headers recognised for every kind. */
    public static final Columns NONE = new Columns(ColumnMapping.NONE, ColumnMapping.NONE, ColumnMapping.NONE,
        ColumnMapping.NONE);

    public Columns {
      Objects.requireNonNull(postings, "postings");
      Objects.requireNonNull(roles, "roles");
      Objects.requireNonNull(learners, "learners");
      Objects.requireNonNull(catalog, "catalog");
    }
  }
}
