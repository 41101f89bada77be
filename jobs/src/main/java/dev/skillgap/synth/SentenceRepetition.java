package dev.skillgap.synth;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How much of a corpus repeats itself: the share of its sentences whose exact text appeared earlier
 * in the corpus. Caches of sentence analyses, decodings and embeddings answer exactly those
 * sentences, so a throughput figure means little without this share beside it.
 *
 * <p>A sentence is a piece of text between HTML tags, line breaks or sentence-final punctuation
 * followed by white space, with at least {@value #MIN_WORDS} words: headings and list labels
 * ("What you'll do", "Pension") recur everywhere but cost an extractor next to nothing.
 */
public final class SentenceRepetition {

  /** Pieces with fewer words are headings or labels, not sentences. */
  public static final int MIN_WORDS = 5;

  private static final Pattern BREAK = Pattern.compile("<[^>]*>|\\R|(?<=[.!?])\\s+");
  private static final Pattern SPACE = Pattern.compile("\\s+");

  /** Sentences counted, and how many of them repeat an earlier one. */
  public record Share(long sentences, long repeated) {
    /** Repeated sentences over all sentences; 0 for none. */
    public double share() {
      return sentences == 0 ? 0 : (double) repeated / sentences;
    }
  }

  private SentenceRepetition() {}

  /** The repetition of {@code texts}, read in order. */
  public static Share of(List<String> texts) {
    Set<String> seen = new HashSet<>();
    long n = 0;
    long repeated = 0;
    for (String t : texts) {
      for (String piece : BREAK.split(t)) {
        String s = SPACE.matcher(piece.strip()).replaceAll(" ");
        if (s.isEmpty() || s.split(" ").length < MIN_WORDS) {
          continue;
        }
        n++;
        if (!seen.add(s)) {
          repeated++;
        }
      }
    }
    return new Share(n, repeated);
  }
}
