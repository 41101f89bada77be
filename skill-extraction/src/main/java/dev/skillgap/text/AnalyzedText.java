package dev.skillgap.text;

import java.util.List;

/**
 * A text after cleaning and analysis.
 *
 * @param clean the clean text and its map back to the original
 * @param sentences sentences of the clean text
 * @param truncated whether the input was longer than the analyser's cap and was cut
 */
public record AnalyzedText(CleanText clean, List<Sentence> sentences, boolean truncated) {
  public AnalyzedText {
    sentences = List.copyOf(sentences);
  }

  public String text() {
    return clean.text();
  }
}
