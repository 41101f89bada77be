package dev.skillgap.eval;

/**
 * A character range of a text.
 *
 * @param start first character (inclusive)
 * @param end character after the last (exclusive)
 */
public record CharSpan(int start, int end) {
  public CharSpan {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }

  /** True when the two ranges share at least one character. */
  public boolean overlaps(CharSpan o) {
    return start < o.end && o.start < end;
  }
}
