package dev.skillgap.eval;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.Comparator;

/**
 * Computes strict and loose span precision, recall and F1 exactly as the official {@code score.py}
 * ({@code score_spans}) does: per sentence, predicted and gold spans are sets of character ranges
 * (duplicates count once), strict matches are equal ranges, a loose hit is any overlap counted on
 * each side. Sentences are added one at a time; not thread-safe.
 */
public final class SpanEvaluator {

  private int gold;
  private int predicted;
  private int strictTp;
  private int loosePredHits;
  private int looseGoldHits;

  /** Adds one sentence's predicted and gold spans. */
  public void add(Collection<CharSpan> predictedSpans, Collection<CharSpan> goldSpans) {
    Set<CharSpan> p = new LinkedHashSet<>(predictedSpans);
    Set<CharSpan> g = new LinkedHashSet<>(goldSpans);
    predicted += p.size();
    gold += g.size();
    for (CharSpan a : p) {
      if (g.contains(a)) {
        strictTp++;
      }
      if (g.stream().anyMatch(a::overlaps)) {
        loosePredHits++;
      }
    }
    for (CharSpan b : g) {
      if (p.stream().anyMatch(b::overlaps)) {
        looseGoldHits++;
      }
    }
  }

  /** The scores over every sentence added so far. */
  public SpanScores scores() {
    double ps = predicted == 0 ? 0 : (double) strictTp / predicted;
    double rs = gold == 0 ? 0 : (double) strictTp / gold;
    double pl = predicted == 0 ? 0 : (double) loosePredHits / predicted;
    double rl = gold == 0 ? 0 : (double) looseGoldHits / gold;
    return new SpanScores(gold, predicted, ps, rs, f1(ps, rs), pl, rl, f1(pl, rl));
  }

  /**
   * Scores predictions against gold keyed by sentence id; like score.py, only ids in {@code gold}
   * count and a missing prediction is an empty one.
   */
  public static SpanScores score(Map<String, ? extends Collection<CharSpan>> pred,
      Map<String, ? extends Collection<CharSpan>> gold) {
    SpanEvaluator e = new SpanEvaluator();
    gold.forEach((id, g) -> {
      Collection<CharSpan> p = pred.get(id);
      e.add(p == null ? List.of() : p, g);
    });
    return e.scores();
  }

  private static double f1(double p, double r) {
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** The character range of tokens [startToken, endToken) in the tokens joined by single spaces. */
  public static CharSpan charSpan(List<String> tokens, int startToken, int endToken) {
    if (startToken < 0 || endToken > tokens.size() || endToken <= startToken) {
      throw new IllegalArgumentException("bad token span [" + startToken + ", " + endToken + ")");
    }
    int pos = 0;
    int start = 0;
    for (int i = 0; i < endToken; i++) {
      if (i == startToken) {
        start = pos;
      }
      pos += tokens.get(i).length() + 1;
    }
    return new CharSpan(start, pos - 1);
  }

  /**
   * The gold spans of BIO tag layers over {@code tokens}, as devsets.py's {@code bio_spans} reads
   * them: a B, or an I outside a run, starts a span; an O or a B ends it. Sorted by offsets.
   */
  public static List<CharSpan> bioSpans(List<String> tokens, List<List<String>> tagLayers) {
    Set<CharSpan> spans = new TreeSet<>(Comparator.comparingInt(CharSpan::start).thenComparingInt(CharSpan::end));
    for (List<String> tags : tagLayers) {
      if (tags.size() != tokens.size()) {
        throw new IllegalArgumentException("tags and tokens differ in length");
      }
      int start = -1;
      for (int i = 0; i <= tags.size(); i++) {
        String tag = i < tags.size() ? tags.get(i) : "O";
        boolean b = tag.startsWith("B");
        boolean in = tag.startsWith("I");
        if (b || tag.equals("O") || (in && start < 0)) {
          if (start >= 0) {
            spans.add(charSpan(tokens, start, i));
            start = -1;
          }
          if (b || in) {
            start = i;
          }
        }
      }
    }
    return new ArrayList<>(spans);
  }
}
