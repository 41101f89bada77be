package dev.skillgap.report;

import java.util.List;

/**
 * The week's postings counted under no occupation: how many, and their most frequent titles.
 *
 * @param postings postings with no occupation
 * @param titles their most frequent titles, at most {@link ReportTables#UNRECOGNISED_TOP}, in any order
 */
public record UnrecognisedTitles(long postings, List<UnrecognisedTitle> titles) {
  /** None: a week whose postings all have an occupation, or a report made without postings. */
  public static final UnrecognisedTitles NONE = new UnrecognisedTitles(0, List.of());

  public UnrecognisedTitles {
    titles = List.copyOf(titles);
  }
}
