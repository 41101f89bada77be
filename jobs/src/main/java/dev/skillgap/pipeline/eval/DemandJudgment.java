package dev.skillgap.pipeline.eval;

import java.util.Objects;
import java.util.Optional;

/**
 * A judge's answer for one pair.
 *
 * @param pair the posting and skill judged
 * @param verdict right or wrong
 * @param category why it is wrong; empty when right
 * @param note the judge's own words (never the posting's), may be empty
 */
public record DemandJudgment(DemandPair pair, Verdict verdict, Optional<FailureCategory> category, String note) {

  public DemandJudgment {
    Objects.requireNonNull(pair, "pair");
    Objects.requireNonNull(verdict, "verdict");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(note, "note");
    if (category.isPresent() != (verdict == Verdict.WRONG)) {
      throw new IllegalArgumentException("a wrong pair has a category and a right one none: " + pair.id());
    }
  }

  public boolean right() {
    return verdict == Verdict.RIGHT;
  }
}
