package dev.skillgap.extract;

import dev.skillgap.link.SemanticLinker;
import dev.skillgap.taxonomy.Taxonomy;
import dev.skillgap.text.AnalyzedText;
import dev.skillgap.text.Sentence;
import dev.skillgap.text.TermNormalizer;
import dev.skillgap.text.TextAnalyzer;
import dev.skillgap.text.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Links a short skill tag ("Git", "bookkeeping", "Process Mapping": a declared skill, a catalogue
 * tag, an item of a skills list) to the concepts it may name, best first. A tag is a name, not a
 * sentence, so it is read as one: first its exact name ({@link TagNames}); then the surface form
 * that covers all its content words by their normalised terms ({@link LexicalMatcher#matchWhole}:
 * inflections, order, forms without qualifier or vendor, a vendor's name before a product's), where an ambiguous short form ("Excel",
 * "Go") counts fully only when the tag is written with the form's capitals or in capitals, since
 * no sentence says which sense is meant; then the bare tag's embedding against the embedded labels,
 * not a sentence's. Each candidate's evidence is scored by {@link TagScoring} into a calibrated
 * probability, and one threshold, {@link #MIN_SCORE}, decides which links are kept. Thread-safe.
 */
public final class TagLinker {

  /**
   * Links scoring at least this are kept: the score is a calibrated probability, so a kept link is
   * more likely right than wrong.
   */
  public static final double MIN_SCORE = 0.5;
  /** Nearest labels looked at per tag: the lead of the best is measured against these. */
  static final int SEMANTIC_CANDIDATES = 10;
  /**
   * Form strength kept by an ambiguous short form matched in other case ("excel", "go"): a lower-case
   * ordinary word is as likely the word as the product, so the form alone does not carry it.
   */
  static final double CASE_MISMATCH = 0.5;

  private final Taxonomy taxonomy;
  private final TagNames names;
  private final SurfaceFormIndex forms;
  private final LexicalMatcher matcher;
  private final SemanticLinker linker;
  private final TagScoring scoring;
  private final ThreadLocal<TextAnalyzer> analyzers;
  private final int withheldConcept;
  private final String withheldKey;

  /** A linker over {@code models}: by meaning too when they include the semantic linker. */
  public TagLinker(ExtractionModels models, TagScoring scoring) {
    this(models.taxonomy(), TagNames.of(models.taxonomy()), models.forms(), models.contextualLinker(), scoring,
        ThreadLocal.withInitial(() -> new TextAnalyzer(models.nlp(), models.normalizer())), -1, null);
  }

  private TagLinker(Taxonomy taxonomy, TagNames names, SurfaceFormIndex forms, SemanticLinker linker,
      TagScoring scoring, ThreadLocal<TextAnalyzer> analyzers, int withheldConcept, String withheldKey) {
    this.taxonomy = taxonomy;
    this.names = names;
    this.forms = forms;
    this.matcher = new LexicalMatcher(forms, new AmbiguityPolicy(taxonomy));
    this.linker = linker;
    this.scoring = scoring;
    this.analyzers = analyzers;
    this.withheldConcept = withheldConcept;
    this.withheldKey = withheldKey;
  }

  /**
   * This linker as it would be had the taxonomy not listed {@code label} for concept {@code
   * concept}: neither as an exact name nor as a surface form. For leave-one-out evaluation. The
   * label vector index embeds preferred labels only, so an alternative label is in none of its
   * vectors and nothing needs withholding there.
   *
   * @throws IllegalArgumentException when {@code label} is the concept's preferred label, which is embedded
   */
  public TagLinker withholding(int concept, String label) {
    String key = TermNormalizer.nameKey(label);
    if (key.equals(TermNormalizer.nameKey(taxonomy.concept(concept).preferredLabel()))) {
      throw new IllegalArgumentException("'" + label + "' is the preferred label of " + taxonomy.concept(concept).id()
          + ", which the label vector index embeds; only other labels can be withheld");
    }
    return new TagLinker(taxonomy, names, forms.withholding(concept, label), linker, scoring, analyzers, concept, key);
  }

  /** The exact names this linker looks up first. */
  public TagNames names() {
    return names;
  }

  /**
   * Up to {@code k} concepts {@code tag} may name, best first (by score, then similarity, then
   * taxonomy order), each marked whether it reaches {@link #MIN_SCORE}; empty for a blank tag or
   * one nothing resembles.
   *
   * @throws IllegalArgumentException when {@code k} is less than 1
   */
  public List<TagLink> link(String tag, int k) {
    if (k < 1) {
      throw new IllegalArgumentException("k must be at least 1: " + k);
    }
    String t = tag == null ? "" : tag.strip();
    if (TermNormalizer.nameKey(t).isEmpty()) {
      return List.of();
    }
    Optional<TagNames.Match> exact = names.find(t).filter(m -> !withheld(m.concept(), TermNormalizer.nameKey(t)));
    if (exact.isPresent() && k == 1) {
      return List.of(exactLink(exact.get(), t));
    }
    Map<Integer, double[]> pool = new LinkedHashMap<>(); // concept -> {lexical, similarity}
    Map<Integer, String> matched = new LinkedHashMap<>();
    lexical(t, pool, matched);
    if (linker != null) {
      float[] v = linker.embed(t);
      pool.forEach((c, e) -> e[1] = linker.similarity(c, v)); // NaN for a concept without an embedded label
      for (SemanticLinker.Link l : linker.link(t, null, SEMANTIC_CANDIDATES)) {
        double[] e = pool.computeIfAbsent(l.concept(), c -> new double[2]);
        e[1] = l.phraseSimilarity();
        matched.putIfAbsent(l.concept(), l.label());
      }
    }
    List<TagLink> out = new ArrayList<>(pool.size() + 1);
    exact.ifPresent(m -> out.add(exactLink(m, t)));
    for (Map.Entry<Integer, double[]> e : pool.entrySet()) {
      int c = e.getKey();
      if (exact.isPresent() && exact.get().concept() == c) {
        continue;
      }
      double lex = e.getValue()[0];
      double sim = e.getValue()[1];
      double lead = 0;
      double score;
      if (linker == null || Double.isNaN(sim)) {
        score = scoring.lexicalOnlyScore(lex); // not embedded (an O*NET technology), or no linking by meaning
        sim = 0;
      } else {
        lead = lead(c, pool);
        score = scoring.score(lex, sim, lead);
      }
      out.add(new TagLink(c, taxonomy.concept(c), lex > 0 ? TagEvidence.LEXICAL : TagEvidence.SEMANTIC,
          matched.get(c), lex, sim, lead, score, score >= MIN_SCORE));
    }
    out.sort(Comparator.comparingDouble(TagLink::score).reversed()
        .thenComparing(Comparator.comparingDouble(TagLink::similarity).reversed())
        .thenComparingInt(TagLink::conceptIndex));
    return List.copyOf(out.subList(0, Math.min(k, out.size())));
  }

  /** The cosine lead of concept {@code c} over the best other candidate (negative when another is nearer). */
  static double lead(int c, Map<Integer, double[]> pool) {
    double other = Double.NEGATIVE_INFINITY;
    for (Map.Entry<Integer, double[]> e : pool.entrySet()) {
      double s = e.getValue()[1];
      if (e.getKey() != c && !Double.isNaN(s)) {
        other = Math.max(other, s);
      }
    }
    return other == Double.NEGATIVE_INFINITY ? pool.get(c)[1] : pool.get(c)[1] - other;
  }

  private TagLink exactLink(TagNames.Match m, String tag) {
    return new TagLink(m.concept(), taxonomy.concept(m.concept()), m.evidence(), tag, 1.0, 0, 0, 1.0, true);
  }

  private boolean withheld(int concept, String key) {
    return concept == withheldConcept && key.equals(withheldKey);
  }

  /** Adds the concepts whose surface form covers all of the tag's content words, with the form's strength. */
  private void lexical(String tag, Map<Integer, double[]> pool, Map<Integer, String> matched) {
    AnalyzedText at = analyzers.get().analyzePlain(tag);
    if (at.sentences().size() != 1) {
      return;
    }
    var sentence = at.sentences().get(0);
    LexicalMatch m = matcher.matchWhole(sentence);
    List<Token> tokens = sentence.tokens();
    if (m == null && tokens.size() > 1 && SurfaceFormIndex.isVendorName(tokens.get(0).text())) {
      // "MS Excel", "Microsoft Teams": the vendor's name before a product's, which forms list without it
      m = matcher.matchWhole(new Sentence(sentence.start(), sentence.end(), tokens.subList(1, tokens.size())));
      if (m != null) {
        tokens = tokens.subList(1, tokens.size());
      }
    }
    if (m == null) {
      return;
    }
    for (SurfaceForm f : m.forms()) {
      double strength = f.kind().prior() * (m.exactOrder() ? 1.0 : LexicalStep.REORDERED)
          * (f.ambiguous() && !writtenAsName(f, tokens.subList(m.startToken(), m.endToken()))
              ? CASE_MISMATCH : 1.0);
      double[] e = pool.computeIfAbsent(f.concept(), c -> new double[2]);
      if (strength > e[0]) {
        e[0] = strength;
        matched.put(f.concept(), f.text());
      }
    }
  }

  /**
   * Whether a tag's words write an ambiguous one-word form as a name: with the form's own capitals
   * ("Excel", "Go"), or all in capitals ("EXCEL"). A form without capitals is written as it is.
   */
  static boolean writtenAsName(SurfaceForm f, List<Token> window) {
    if (!f.caseMatters()) {
      return true;
    }
    String word = SurfaceFormIndex.contentWord(f.text());
    for (Token t : window) {
      if (LexicalMatcher.isContent(t)) {
        String w = t.text();
        return w.equals(word) || (w.equals(w.toUpperCase(Locale.ROOT)) && w.equalsIgnoreCase(word))
            || LexicalMatcher.isFormOf(w, word, false) && Character.isUpperCase(w.charAt(0));
      }
    }
    return false;
  }
}
