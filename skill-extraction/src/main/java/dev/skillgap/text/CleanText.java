package dev.skillgap.text;

/**
 * Text with markup removed, and for every character of it the range it came from in the original.
 * Spans found in {@link #text()} map back through {@link #toOriginal(int, int)}.
 */
public final class CleanText {

  private final String original;
  private final String text;
  private final int[] from;
  private final int[] to;

  CleanText(String original, String text, int[] from, int[] to) {
    this.original = original;
    this.text = text;
    this.from = from;
    this.to = to;
  }

  /** Wraps text that needs no cleaning: offsets are the identity. */
  public static CleanText identity(String text) {
    int[] f = new int[text.length()];
    int[] t = new int[text.length()];
    for (int i = 0; i < f.length; i++) {
      f[i] = i;
      t[i] = i + 1;
    }
    return new CleanText(text, text, f, t);
  }

  public String original() {
    return original;
  }

  public String text() {
    return text;
  }

  /**
   * Maps the clean span {@code [start, end)} to the original: from the first character's source
   * start to the last character's source end. Returns {@code {start, end}} in original offsets.
   */
  public int[] toOriginal(int start, int end) {
    if (start < 0 || end > text.length() || start >= end) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ") for length " + text.length());
    }
    return new int[] {from[start], to[end - 1]};
  }
}
