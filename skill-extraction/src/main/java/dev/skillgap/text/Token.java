package dev.skillgap.text;

/**
 * One token of clean text.
 *
 * @param start offset in the clean text (inclusive)
 * @param end offset in the clean text (exclusive)
 * @param text the token as written
 * @param pos its Universal Dependencies part-of-speech tag (NOUN, PROPN, VERB, ...)
 * @param term its normalised form (lower case, stemmed), or empty for punctuation
 * @param stop whether it is an English stop word
 */
public record Token(int start, int end, String text, String pos, String term, boolean stop) {

  /** True for tokens without a letter or digit. */
  public boolean isPunct() {
    return term.isEmpty();
  }
}
