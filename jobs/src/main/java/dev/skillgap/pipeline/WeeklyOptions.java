package dev.skillgap.pipeline;

import dev.skillgap.rank.Budget;
import java.util.List;

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
 */
public record WeeklyOptions(WeekId week, String lake, List<String> postings, List<String> roles, String learners,
    List<String> catalog, String compiledTaxonomy, String extractorConfigJson, Budget budget) {
  public WeeklyOptions {
    postings = List.copyOf(postings);
    roles = List.copyOf(roles);
    catalog = List.copyOf(catalog);
  }
}
