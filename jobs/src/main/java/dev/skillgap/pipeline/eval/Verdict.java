package dev.skillgap.pipeline.eval;

import java.util.Locale;
import java.util.Optional;

/** A judge's answer to "is this demand for this skill by this job?". */
public enum Verdict {
  /** Yes: an adviser would tell a candidate that this job asks for this skill. */
  RIGHT,
  /** No: see the pair's {@link FailureCategory}. */
  WRONG;

  /** {@code right} or {@code wrong}, as the judgements file writes it. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The verdict written {@code s} ({@code right} or {@code wrong}, exactly), if it is one. */
  public static Optional<Verdict> parse(String s) {
    for (Verdict v : values()) {
      if (v.wireName().equals(s)) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }
}
