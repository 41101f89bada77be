package dev.skillgap.occupation.eval;

import dev.skillgap.occupation.ResolvedRole;
import dev.skillgap.occupation.RoleResolver;
import dev.skillgap.taxonomy.Occupation;
import dev.skillgap.taxonomy.Taxonomy;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Scores a {@link RoleResolver} on a real feed's titles against {@link RoleJudgments}: each
 * distinct title is resolved once, joined to its judgement by {@link TitleKey#hash title key}, and
 * counted as a {@link RoleOutcome}. Stateless apart from the resolver's cache.
 */
public final class RoleEvaluator {

  private final Taxonomy taxonomy;
  private final RoleResolver resolver;

  public RoleEvaluator(Taxonomy taxonomy, RoleResolver resolver) {
    this.taxonomy = taxonomy;
    this.resolver = resolver;
  }

  /** Scores the titles of feed {@code source} (in file order, as {@link RealTitles} reads them). */
  public RoleScores evaluate(String source, List<String> titles, RoleJudgments judgments) {
    Map<String, Integer> count = new LinkedHashMap<>();
    Map<String, String> spelling = new LinkedHashMap<>();
    for (String t : titles) {
      String h = TitleKey.hash(t);
      count.merge(h, 1, Integer::sum);
      spelling.putIfAbsent(h, t);
    }
    int resolvedPostings = 0;
    Map<String, Optional<ResolvedRole>> outcome = new LinkedHashMap<>();
    for (String t : titles) {
      // each spelling once: the file's own repeats are what the resolver's cache is for
      Optional<ResolvedRole> r = outcome.computeIfAbsent(t, resolver::resolve);
      if (r.isPresent()) {
        resolvedPostings++;
      }
    }
    Map<RoleOutcome, Integer> byTitle = new EnumMap<>(RoleOutcome.class);
    Map<RoleOutcome, Integer> byPosting = new EnumMap<>(RoleOutcome.class);
    List<RoleScores.RoleError> errors = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    int judged = 0;
    for (Map.Entry<String, String> e : spelling.entrySet()) {
      Optional<RoleJudgment> j = judgments.get(source, e.getKey());
      if (j.isEmpty()) {
        continue;
      }
      judged++;
      seen.add(e.getKey());
      Optional<ResolvedRole> r = outcome.get(e.getValue());
      RoleOutcome o = outcome(r, j.get());
      byTitle.merge(o, 1, Integer::sum);
      byPosting.merge(o, count.get(e.getKey()), Integer::sum);
      if (o == RoleOutcome.WRONG || o == RoleOutcome.MISSED) {
        errors.add(new RoleScores.RoleError(e.getValue(), o, r.map(ResolvedRole::label).orElse(""),
            j.get().occupations(), j.get().reason()));
      }
    }
    int unmatched = (int) judgments.of(source).stream().filter(j -> !seen.contains(j.hash())).count();
    return new RoleScores(source, titles.size(), resolvedPostings, judged, unmatched, byTitle, byPosting, errors);
  }

  /** The outcome of resolving to {@code r} a title judged {@code j}. */
  RoleOutcome outcome(Optional<ResolvedRole> r, RoleJudgment j) {
    if (r.isEmpty()) {
      return j.none() ? RoleOutcome.ABSTAINED : RoleOutcome.MISSED;
    }
    String id = r.get().id();
    if (j.occupations().contains(id)) {
      return RoleOutcome.RIGHT;
    }
    Occupation got = taxonomy.occupation(r.get().occupation());
    for (String uri : j.occupations()) {
      int o = taxonomy.occupationIndexOf(uri);
      if (got.isEsco() && o >= 0 && related(got.code(), taxonomy.occupation(o).code())) {
        return RoleOutcome.NEAR;
      }
    }
    return RoleOutcome.WRONG;
  }

  /** Whether one ESCO code extends the other ({@code 2269.8} and {@code 2269.8.1}): an ancestor and its descendant. */
  static boolean related(String a, String b) {
    return a.startsWith(b + ".") || b.startsWith(a + ".");
  }
}
