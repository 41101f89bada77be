package dev.skillgap.occupation.eval;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Occupation resolution on one real feed, over its judged distinct titles and, weighted by how
 * often each appears, over the postings that carry them.
 *
 * @param source the feed
 * @param postings non-blank titles in the file
 * @param postingsResolved of which resolved to an occupation (judged or not)
 * @param judgedTitles distinct judged titles found in the file
 * @param unmatchedJudgments judgements of this feed whose title the file does not hold (a changed file or key)
 * @param titleOutcomes distinct judged titles by outcome
 * @param postingOutcomes postings with a judged title, by the outcome of their title
 * @param errors the judged titles resolved wrongly or missed, for reading
 */
public record RoleScores(String source, int postings, int postingsResolved, int judgedTitles, int unmatchedJudgments,
    Map<RoleOutcome, Integer> titleOutcomes, Map<RoleOutcome, Integer> postingOutcomes, List<RoleError> errors) {

  /**
   * A judged title whose outcome was {@link RoleOutcome#WRONG} or {@link RoleOutcome#MISSED}.
   *
   * @param title the title as the feed wrote it (licensed data: print it, never commit it)
   * @param outcome the outcome
   * @param resolved the label it resolved to, empty when unresolved
   * @param judged the judged occupation URIs, empty for none
   * @param reason the judge's reason
   */
  public record RoleError(String title, RoleOutcome outcome, String resolved, List<String> judged, String reason) {}

  public RoleScores {
    titleOutcomes = inOrder(titleOutcomes);
    postingOutcomes = inOrder(postingOutcomes);
    errors = List.copyOf(errors);
  }

  /** {@code m} unmodifiable, in {@link RoleOutcome} order, so that summaries print alike from run to run. */
  private static Map<RoleOutcome, Integer> inOrder(Map<RoleOutcome, Integer> m) {
    EnumMap<RoleOutcome, Integer> e = new EnumMap<>(RoleOutcome.class);
    e.putAll(m);
    return Collections.unmodifiableMap(e);
  }

  /** Share of all the file's postings whose title resolves to an occupation, right or wrong. */
  public double fileCoverage() {
    return ratio(postingsResolved, postings);
  }

  /** Share of judged distinct titles that resolve to an occupation. */
  public double coverage() {
    return ratio(resolved(titleOutcomes), total(titleOutcomes));
  }

  /** Share of resolved judged titles whose occupation is {@link RoleOutcome#correct() correct} (right or near). */
  public double precision() {
    return ratio(correct(titleOutcomes), resolved(titleOutcomes));
  }

  /** Share of resolved judged titles resolved to a judged occupation itself (near counts as wrong). */
  public double strictPrecision() {
    return ratio(titleOutcomes.getOrDefault(RoleOutcome.RIGHT, 0), resolved(titleOutcomes));
  }

  /** Share of judged titles handled as judged: resolved correctly, or left unresolved where none fits. */
  public double accuracy() {
    return ratio(correct(titleOutcomes) + titleOutcomes.getOrDefault(RoleOutcome.ABSTAINED, 0), total(titleOutcomes));
  }

  /** {@link #coverage()} over postings: each judged title weighted by how many postings carry it. */
  public double postingCoverage() {
    return ratio(resolved(postingOutcomes), total(postingOutcomes));
  }

  /** {@link #precision()} over postings. */
  public double postingPrecision() {
    return ratio(correct(postingOutcomes), resolved(postingOutcomes));
  }

  /** One line for logs and reports. */
  public String summary() {
    return String.format(Locale.ROOT,
        "%s: file coverage %.3f (%d/%d postings); %d judged titles (%d unmatched judgements): coverage %.3f,"
            + " precision %.3f (strict %.3f), accuracy %.3f; over %d postings: coverage %.3f, precision %.3f; %s",
        source, fileCoverage(), postingsResolved, postings, judgedTitles, unmatchedJudgments, coverage(), precision(),
        strictPrecision(), accuracy(), total(postingOutcomes), postingCoverage(), postingPrecision(), titleOutcomes);
  }

  private static int resolved(Map<RoleOutcome, Integer> m) {
    return m.entrySet().stream().filter(e -> e.getKey().resolved()).mapToInt(Map.Entry::getValue).sum();
  }

  private static int correct(Map<RoleOutcome, Integer> m) {
    return m.entrySet().stream().filter(e -> e.getKey().correct()).mapToInt(Map.Entry::getValue).sum();
  }

  private static int total(Map<RoleOutcome, Integer> m) {
    return m.values().stream().mapToInt(Integer::intValue).sum();
  }

  private static double ratio(int a, int b) {
    return b == 0 ? 0 : a / (double) b;
  }
}
