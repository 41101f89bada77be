package dev.skillgap.pipeline.eval;

import dev.skillgap.taxonomy.SkillType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Demand on one feed (or several pooled) against the judgements: precision of the drawn pairs that
 * are judged, overall and for hard and soft skills, and how many skills a posting gives at the
 * cut-off. Pooled feeds count each drawn pair once, so the pooled figure weighs the feeds by the
 * pairs drawn from each (equal by default), not by their size.
 *
 * @param name the feed, or {@code all} for several
 * @param postings distinct postings in the feeds
 * @param sampledPostings postings sampled
 * @param pairsAtCutoff pairs the sampled postings give at the cut-off
 * @param hardAtCutoff of which with a hard skill
 * @param softAtCutoff of which with a soft skill
 * @param skillsMean mean skills per sampled posting at the cut-off
 * @param skillsMedian median skills per sampled posting at the cut-off
 * @param drawn pairs drawn for judging
 * @param unjudged drawn pairs without a judgement (the rest are judged)
 * @param judgedOutsideDraw judgements of pairs given at the cut-off but not drawn (not counted)
 * @param judgedNotReturned judgements of these feeds whose pair this run does not give at the cut-off (not counted)
 * @param precision drawn pairs judged right over drawn pairs judged
 * @param hard the same over hard skills
 * @param soft the same over soft skills
 * @param categories the judged wrong pairs by why
 */
public record PoolScores(String name, int postings, int sampledPostings, int pairsAtCutoff, int hardAtCutoff,
    int softAtCutoff, double skillsMean, double skillsMedian, int drawn, int unjudged, int judgedOutsideDraw,
    int judgedNotReturned, Proportion precision, Proportion hard, Proportion soft,
    Map<FailureCategory, Integer> categories) {

  public PoolScores {
    EnumMap<FailureCategory, Integer> c = new EnumMap<>(FailureCategory.class);
    c.putAll(categories);
    categories = Collections.unmodifiableMap(c);
  }

  /** Drawn pairs with a judgement. */
  public int judged() {
    return drawn - unjudged;
  }

  /** Scores {@code pools} (one feed, or several pooled under {@code name}) against {@code judgments}. */
  public static PoolScores score(String name, List<SourcePool> pools, DemandJudgments judgments) {
    int postings = 0;
    List<Integer> skills = new ArrayList<>();
    Set<String> atCutoff = new HashSet<>();
    Set<String> drawnIds = new HashSet<>();
    Set<String> sources = new HashSet<>();
    int hardAt = 0;
    int softAt = 0;
    int drawn = 0;
    int unjudged = 0;
    Proportion hard = new Proportion(0, 0);
    Proportion soft = new Proportion(0, 0);
    Map<FailureCategory, Integer> categories = new EnumMap<>(FailureCategory.class);
    for (SourcePool pool : pools) {
      sources.add(pool.source());
      postings += pool.postings();
      pool.sampled().forEach(s -> skills.add(s.skills()));
      for (PoolPair p : pool.atCutoff()) {
        atCutoff.add(p.pair().id());
        if (p.concept().type() == SkillType.SOFT) {
          softAt++;
        } else {
          hardAt++;
        }
      }
      for (PoolPair p : pool.drawn()) {
        drawn++;
        drawnIds.add(p.pair().id());
        var j = judgments.get(p.pair());
        if (j.isEmpty()) {
          unjudged++;
          continue;
        }
        Proportion one = new Proportion(j.get().right() ? 1 : 0, 1);
        if (p.concept().type() == SkillType.SOFT) {
          soft = soft.plus(one);
        } else {
          hard = hard.plus(one);
        }
        j.get().category().ifPresent(c -> categories.merge(c, 1, Integer::sum));
      }
    }
    int outside = 0;
    int notReturned = 0;
    for (DemandJudgment j : judgments.of(sources)) {
      if (!atCutoff.contains(j.pair().id())) {
        notReturned++;
      } else if (!drawnIds.contains(j.pair().id())) {
        outside++;
      }
    }
    return new PoolScores(name, postings, skills.size(), atCutoff.size(), hardAt, softAt, mean(skills), median(skills),
        drawn, unjudged, outside, notReturned, hard.plus(soft), hard, soft, categories);
  }

  static double mean(List<Integer> xs) {
    return xs.isEmpty() ? 0 : xs.stream().mapToInt(Integer::intValue).sum() / (double) xs.size();
  }

  static double median(List<Integer> xs) {
    if (xs.isEmpty()) {
      return 0;
    }
    List<Integer> s = new ArrayList<>(xs);
    Collections.sort(s);
    int n = s.size();
    return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2.0;
  }

  /** A few lines for the console and the summary file. */
  public String summary() {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "%s: %d postings sampled of %d; %d pairs at the cut-off (%d hard, %d soft);"
        + " skills per posting mean %.2f, median %.1f%n", name, sampledPostings, postings, pairsAtCutoff, hardAtCutoff,
        softAtCutoff, skillsMean, skillsMedian));
    b.append(String.format(Locale.ROOT, "  %d pairs drawn: %d judged, %d unjudged; judgements not counted: %d outside"
        + " the draw, %d of pairs this run does not give%n", drawn, judged(), unjudged, judgedOutsideDraw,
        judgedNotReturned));
    b.append(String.format(Locale.ROOT, "  precision %s; hard %s; soft %s%n", precision, hard, soft));
    if (!categories.isEmpty()) {
      b.append("  wrong by category: ").append(categories).append('\n');
    }
    return b.toString();
  }
}
