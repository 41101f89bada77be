package dev.skillgap.text;

import java.util.List;

/**
 * One sentence of clean text, with its tokens.
 *
 * @param start offset in the clean text
 * @param end offset in the clean text (exclusive)
 * @param tokens its tokens, in order
 */
public record Sentence(int start, int end, List<Token> tokens) {
  public Sentence {
    tokens = List.copyOf(tokens);
  }
}
