package dev.skillgap.eval;

import dev.skillgap.extract.TagLink;
import dev.skillgap.extract.TagLinker;
import dev.skillgap.extract.TagScoring;
import dev.skillgap.taxonomy.Concept;
import dev.skillgap.taxonomy.Taxonomy;
import dev.skillgap.text.TermNormalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;

/**
 * Leave-one-out evaluation of tag linking on ESCO's own alternative labels: each sampled label is
 * linked as a tag by a linker that has been denied that label ({@link TagLinker#withholding}), and
 * the answer is right when it is the label's concept. Also fits {@link TagScoring} on a disjoint
 * sample. Pure given the linker.
 */
public final class TagLinkingEvaluator {

  /** Ranks returned per tag for recall. */
  public static final int RECALL_AT = 5;

  /** One alternative label of one concept, to link with that label withheld. */
  public record Sample(int concept, String label) {
    /** Number of words of the label. */
    public int words() {
      return label.strip().split("\\s+").length;
    }
  }

  /** One answer of a ranker: a concept, its score, and whether the ranker keeps it. */
  public record Ranked(int concept, double score, boolean kept) {}

  private TagLinkingEvaluator() {}

  /**
   * The alternative labels of ESCO concepts that name their concept alone: no other concept has a
   * label, O*NET name or hidden label written the same ({@link TermNormalizer#nameKey}), and it is
   * not the concept's own preferred label written otherwise. In taxonomy order. A label several
   * concepts share has no single right answer, so it is left out.
   */
  public static List<Sample> eligible(Taxonomy t) {
    Map<String, Set<Integer>> owners = new HashMap<>();
    for (int i = 0; i < t.size(); i++) {
      Concept c = t.concept(i);
      List<String> all = new ArrayList<>(c.altLabels());
      all.add(c.preferredLabel());
      all.addAll(c.onetNames());
      all.addAll(c.hiddenLabels());
      for (String l : all) {
        owners.computeIfAbsent(TermNormalizer.nameKey(l), k -> new HashSet<>()).add(i);
      }
    }
    List<Sample> out = new ArrayList<>();
    for (int i = 0; i < t.size(); i++) {
      Concept c = t.concept(i);
      if (!c.isEsco()) {
        continue;
      }
      String preferred = TermNormalizer.nameKey(c.preferredLabel());
      Set<String> seen = new HashSet<>();
      for (String a : c.altLabels()) {
        String k = TermNormalizer.nameKey(a);
        if (!k.isEmpty() && !k.equals(preferred) && owners.get(k).size() == 1 && seen.add(k)) {
          out.add(new Sample(i, a.strip()));
        }
      }
    }
    return out;
  }

  /** {@code n} samples of {@code eligible} after the first {@code skip}, in an order shuffled by {@code seed}. */
  public static List<Sample> draw(List<Sample> eligible, long seed, int skip, int n) {
    List<Sample> shuffled = new ArrayList<>(eligible);
    Collections.shuffle(shuffled, new Random(seed));
    return List.copyOf(shuffled.subList(Math.min(skip, shuffled.size()), Math.min(skip + n, shuffled.size())));
  }

  /**
   * The figures of one ranker over {@code samples}.
   *
   * @param samples labels linked
   * @param tags the samples, their share of one-word tags
   * @param top1 right at rank 1
   * @param atK right within the first {@link #RECALL_AT}
   * @param kept samples whose first answer is kept
   * @param keptRight of those, right
   * @param ece expected calibration error of the first answer's score against being right (ten bins)
   * @param byWords right at rank 1 and samples, for labels of 1, 2 and 3 or more words
   */
  public record Figures(int samples, int top1, int atK, int kept, int keptRight, double ece, int[][] byWords) {
    public String summary(String name) {
      return String.format(Locale.ROOT, "%s: %d labels, top-1 %.3f, recall@%d %.3f, kept %.3f of which right %.3f,"
          + " ECE %.3f; top-1 by words 1: %.3f (%d), 2: %.3f (%d), 3+: %.3f (%d)", name, samples,
          top1 / (double) samples, RECALL_AT, atK / (double) samples, kept / (double) samples,
          keptRight / (double) Math.max(1, kept), ece, share(byWords[0]), byWords[0][1], share(byWords[1]),
          byWords[1][1], share(byWords[2]), byWords[2][1]);
    }

    private static double share(int[] rightOfN) {
      return rightOfN[0] / (double) Math.max(1, rightOfN[1]);
    }
  }

  /** Links every sample with {@code ranker} (given the sample, so it can withhold its label) and scores the answers. */
  public static Figures measure(List<Sample> samples, Function<Sample, List<Ranked>> ranker) {
    int top1 = 0;
    int atK = 0;
    int kept = 0;
    int keptRight = 0;
    int[][] byWords = new int[3][2];
    double[][] bins = new double[10][3]; // sum of scores, rights, count
    for (Sample s : samples) {
      List<Ranked> r = ranker.apply(s);
      boolean right = !r.isEmpty() && r.get(0).concept() == s.concept();
      top1 += right ? 1 : 0;
      for (int i = 0; i < Math.min(RECALL_AT, r.size()); i++) {
        if (r.get(i).concept() == s.concept()) {
          atK++;
          break;
        }
      }
      int w = Math.min(3, s.words()) - 1;
      byWords[w][0] += right ? 1 : 0;
      byWords[w][1]++;
      double score = r.isEmpty() ? 0 : r.get(0).score();
      double[] bin = bins[Math.min(9, (int) (score * 10))];
      bin[0] += score;
      bin[1] += right ? 1 : 0;
      bin[2]++;
      if (!r.isEmpty() && r.get(0).kept()) {
        kept++;
        keptRight += right ? 1 : 0;
      }
    }
    double ece = 0;
    for (double[] b : bins) {
      if (b[2] > 0) {
        ece += b[2] / samples.size() * Math.abs(b[0] / b[2] - b[1] / b[2]);
      }
    }
    return new Figures(samples.size(), top1, atK, kept, keptRight, ece, byWords);
  }

  /** {@code linker}'s answers for a sample, its label withheld. */
  public static List<Ranked> ranked(TagLinker linker, Sample s, int k) {
    return linker.withholding(s.concept(), s.label()).link(s.label(), k).stream()
        .map(l -> new Ranked(l.conceptIndex(), l.score(), l.aboveThreshold())).toList();
  }

  /**
   * {@link TagScoring} fitted by logistic regression on {@code samples} (which must not be the ones
   * measured): every candidate {@code full} proposes for a withheld label is a row, positive when it
   * is the label's concept; candidates {@code lexicalOnly} proposes fit the model without linking by
   * meaning. Only candidates with an embedded label (ESCO concepts) enter the first model.
   *
   * @param ridge L2 penalty on the weights
   */
  public static TagScoring fit(List<Sample> samples, TagLinker full, TagLinker lexicalOnly, double ridge) {
    List<LogisticFit.Row> semantic = new ArrayList<>();
    List<LogisticFit.Row> lexical = new ArrayList<>();
    for (Sample s : samples) {
      for (TagLink l : full.withholding(s.concept(), s.label()).link(s.label(), Integer.MAX_VALUE)) {
        if (l.concept().isEsco() && !l.evidence().exact()) {
          semantic.add(new LogisticFit.Row(new double[] {l.lexical(), l.similarity(), l.lead()},
              l.conceptIndex() == s.concept()));
        }
      }
      for (TagLink l : lexicalOnly.withholding(s.concept(), s.label()).link(s.label(), Integer.MAX_VALUE)) {
        if (!l.evidence().exact()) {
          lexical.add(new LogisticFit.Row(new double[] {l.lexical()}, l.conceptIndex() == s.concept()));
        }
      }
    }
    double[] a = LogisticFit.fit(semantic, ridge);
    double[] b = LogisticFit.fit(lexical, ridge);
    return new TagScoring(a[0], a[1], a[2], a[3], b[0], b[1]);
  }
}
