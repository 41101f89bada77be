package dev.skillgap.report;

import dev.skillgap.catalog.Credential;
import dev.skillgap.rank.LearnerView;
import java.util.List;
import java.util.Map;

/**
 * Everything one week's report is made from: the week's committed-to-be tables, collected.
 *
 * @param week the ISO week, e.g. {@code 2026-W48}
 * @param comparedWeeks the earlier weeks trends compare with, oldest first
 * @param postings postings the week counted (accepted, unique, extracted)
 * @param demand the {@code demand} table
 * @param trends the {@code trends} table
 * @param gaps the {@code gaps} table (empty for a week run without learners)
 * @param recommendations the {@code recommendations} table
 * @param unlinked the {@code unlinked_phrases} table
 * @param unrecognised the most frequent titles of postings counted under no occupation ({@link
 *     ReportTables#UNRECOGNISED_TOP} at most), and how many postings have no occupation in all
 * @param learners what the recommender said about each learner, to render as their files and summarise
 * @param credentials the catalogue by credential id, for the learners' Open Badges alignments
 */
public record ReportInput(String week, List<String> comparedWeeks, long postings, List<DemandRow> demand,
    List<TrendRow> trends, List<GapRow> gaps, List<RecommendationRow> recommendations, List<UnlinkedRow> unlinked,
    UnrecognisedTitles unrecognised, List<LearnerView> learners, Map<String, Credential> credentials) {
  public ReportInput {
    comparedWeeks = List.copyOf(comparedWeeks);
    demand = List.copyOf(demand);
    trends = List.copyOf(trends);
    gaps = List.copyOf(gaps);
    recommendations = List.copyOf(recommendations);
    unlinked = List.copyOf(unlinked);
    learners = List.copyOf(learners);
    credentials = Map.copyOf(credentials);
  }
}
