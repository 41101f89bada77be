package dev.skillgap.extract;

import dev.skillgap.spans.DecodingCache;
import dev.skillgap.spans.DetectedSpan;
import dev.skillgap.spans.SpanDetector;
import dev.skillgap.cache.CacheStats;
import dev.skillgap.link.SemanticLinker;
import dev.skillgap.taxonomy.SkillType;
import dev.skillgap.taxonomy.Taxonomy;
import dev.skillgap.text.Sentence;
import dev.skillgap.text.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds skill phrases with the trained {@link SpanDetector} and links each to its nearest concepts
 * by meaning ({@link SemanticLinker}), mixing in the similarity of the whole sentence; a lexical
 * match inside a detected phrase is widened to cite the whole phrase. Up to {@link ExtractorConfig.Semantic#candidates()}
 * concepts per phrase are proposed, all citing the phrase, as long as they are within {@link
 * #MARGIN} of the best; a phrase whose best link is too weak is kept as an unlinked phrase. A
 * hard skill near a phrase that a surface form names whole as another concept ({@link
 * #namedConcepts}) counts at {@link #NEIGHBOUR_WEIGHT} of its similarity. Sentences met again are
 * not decoded again ({@link DecodingCache}).
 */
public final class SpanStep implements ExtractionStep {

  /** Concepts within this similarity of a phrase's best link are proposed as alternatives. */
  static final double MARGIN = 0.1;
  /**
   * The weight of the similarity of a hard skill near in meaning to a phrase that a surface form
   * names as another concept ({@link #neighbour}). At half, one such mention scores under 0.05 raw
   * with the shipped weights (calibrated under 0.2, the demand cut-off being 0.5), so demand counts
   * the concept only where other evidence adds up, while a ranking ({@code extract --top K}) still
   * lists it, after the named concept.
   */
  static final double NEIGHBOUR_WEIGHT = 0.5;

  private final DecodingCache decodings;
  private final SemanticLinker linker;
  private final ExtractorConfig.Spans spans;
  private final ExtractorConfig.Semantic semantic;
  private final Taxonomy taxonomy;

  public SpanStep(SpanDetector detector, SemanticLinker linker, ExtractorConfig.Spans spans,
      ExtractorConfig.Semantic semantic, Taxonomy taxonomy) {
    this.decodings = new DecodingCache(detector, DecodingCache.DEFAULT_MAX_ENTRIES);
    this.taxonomy = taxonomy;
    this.linker = linker;
    this.spans = spans;
    this.semantic = semantic;
  }

  /** The decoding cache's counters so far. */
  CacheStats decodingStats() {
    return new CacheStats("span decodings", decodings.hits(), decodings.misses());
  }

  @Override
  public void apply(ExtractionContext ctx) {
    String text = ctx.text().text();
    List<Sentence> sentences = ctx.text().sentences();
    for (int s = 0; s < sentences.size(); s++) {
      Sentence sentence = sentences.get(s);
      List<Token> tokens = sentence.tokens();
      List<DetectedSpan> detected = new ArrayList<>();
      SpanDetector.Decoding decoding = decodings.decode(sentence);
      List<Candidate> lexical = lexicalOf(ctx.candidates(), s);
      Map<Long, Set<Integer>> named = new HashMap<>();
      for (Candidate c : lexical) {
        named.computeIfAbsent(key(c.startToken(), c.endToken()), k -> new LinkedHashSet<>()).add(c.concept());
      }
      for (DetectedSpan d : decoding.spans()) {
        if (d.probability() >= spans.minProbability()) {
          Set<Integer> n = namedConcepts(lexical, d.startToken(), coreEnd(tokens, d.startToken(), d.endToken()));
          if (!n.isEmpty()) {
            named.computeIfAbsent(key(d.startToken(), d.endToken()), k -> new LinkedHashSet<>()).addAll(n);
          }
          widenLexical(ctx, s, d);
          detected.add(d);
        }
      }
      if (spans.minCover() > 0 && hasVerb(tokens)) {
        dropUncovered(ctx, s, detected, decoding);
      }
      Map<Long, Double> phrases = citedPhrases(ctx, s, detected);
      String sentenceText = text.substring(sentence.start(), sentence.end());
      if (phrases.isEmpty()) {
        if (ctx.ranked() && semantic.sentenceCandidates() > 0) {
          wholeSentenceLinks(ctx, s, sentenceText);
        }
        continue;
      }
      float[] sentenceVector = semantic.sentenceWeight() > 0 ? linker.embed(sentenceText) : null;
      for (DetectedSpan d : detected) {
        String phrase = text.substring(tokens.get(d.startToken()).start(), tokens.get(d.endToken() - 1).end());
        List<SemanticLinker.Link> links = linker.link(withoutGenericHead(phrase), sentenceVector,
            Math.max(1, semantic.candidates()));
        double best = links.isEmpty() ? 0 : links.get(0).phraseSimilarity();
        if (best < semantic.minSimilarity()) {
          int[] o = ctx.text().clean().toOriginal(tokens.get(d.startToken()).start(), tokens.get(d.endToken() - 1).end());
          ctx.unlinked().add(new UnlinkedPhrase(phrase, o[0], o[1], links.isEmpty() ? -1 : links.get(0).concept(), best));
          continue;
        }
        Set<Integer> names = named.get(key(d.startToken(), d.endToken()));
        for (SemanticLinker.Link l : links) {
          if (l.phraseSimilarity() < semantic.minSimilarity() || l.phraseSimilarity() < best - MARGIN) {
            continue;
          }
          double sim = (l.phraseSimilarity() + semantic.sentenceWeight() * l.sentenceSimilarity())
              * (neighbour(names, l.concept()) ? NEIGHBOUR_WEIGHT : 1);
          ctx.candidates().add(new Candidate(l.concept(), s, d.startToken(), d.endToken(), Evidence.SPAN, 0, sim,
              d.probability()));
        }
      }
      if (semantic.sentenceCandidates() > 0) {
        sentenceLinks(ctx, s, sentenceText, phrases, named);
      }
    }
  }

  /**
   * Words that end a skill phrase without saying which skill it is ("problem-solving skills",
   * "influencing abilities"): linked with them, any such phrase is near ESCO's one label that
   * holds the word ("develop personal skills"), which judges found wrong every time.
   */
  static final java.util.Set<String> GENERIC_HEADS = java.util.Set.of("skills", "skill", "abilities", "ability",
      "capabilities", "capability", "competencies", "competences", "competency", "competence", "expertise");

  /** {@code phrase} without its trailing {@link #GENERIC_HEADS}, unless nothing else is left. */
  static String withoutGenericHead(String phrase) {
    String p = phrase.strip();
    while (true) {
      int space = p.lastIndexOf(' ');
      if (space < 0 || !GENERIC_HEADS.contains(p.substring(space + 1).toLowerCase(java.util.Locale.ROOT))) {
        return p;
      }
      p = p.substring(0, space).stripTrailing();
    }
  }

  /**
   * The concepts whose surface form names the whole of a detected phrase: those of the lexical
   * candidates that cover the phrase's core, from its start {@code start} to {@code coreEnd}, the
   * end of the phrase without a trailing generic head ({@link #coreEnd}). Such a phrase asks for
   * these concepts, not for the hard skills near it in meaning ({@link #neighbour}):
   * "communication skills" names communication, and *communication studies*, a field of study, is
   * a neighbour the text does not ask for, as *computer engineering* is of "computer science".
   * Empty when no form covers the core; the phrase is then linked by meaning alone.
   *
   * @param lexical the lexical candidates of the phrase's sentence, as matched (before widening)
   */
  static Set<Integer> namedConcepts(List<Candidate> lexical, int start, int coreEnd) {
    Set<Integer> out = new LinkedHashSet<>();
    for (Candidate c : lexical) {
      if (c.startToken() <= start && c.endToken() >= coreEnd) {
        out.add(c.concept());
      }
    }
    return out;
  }

  /**
   * Whether {@code concept}, linked by meaning to a phrase that surface forms name as {@code
   * names} (null when none does), is a hard-skill neighbour of those concepts: another field or
   * specialism than the one the text names, whose similarity counts at {@link #NEIGHBOUR_WEIGHT}.
   * A soft neighbour counts in full: it is how the named skill is exercised ("customer service"
   * asks for communicating with customers).
   */
  private boolean neighbour(Set<Integer> names, int concept) {
    return names != null && !names.contains(concept) && taxonomy.concept(concept).type() == SkillType.HARD;
  }

  /**
   * One past the last token of phrase [{@code start}, {@code end}) without its trailing {@link
   * #GENERIC_HEADS}, unless nothing else is left.
   */
  static int coreEnd(List<Token> tokens, int start, int end) {
    int e = end;
    while (e - 1 > start && GENERIC_HEADS.contains(tokens.get(e - 1).text().toLowerCase(java.util.Locale.ROOT))) {
      e--;
    }
    return e;
  }

  /** The lexical candidates of sentence {@code s}, as they are now. */
  private static List<Candidate> lexicalOf(List<Candidate> candidates, int s) {
    List<Candidate> out = new ArrayList<>();
    for (Candidate c : candidates) {
      if (c.evidence() == Evidence.LEXICAL && c.sentence() == s) {
        out.add(c);
      }
    }
    return out;
  }

  private static boolean hasVerb(List<Token> tokens) {
    for (Token t : tokens) {
      if ("VERB".equals(t.pos())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Removes the lexical candidates of sentence {@code s} that overlap no detected phrase and whose
   * words the detector gives less than {@link ExtractorConfig.Spans#minCover()} chance of lying in
   * any skill span.
   */
  private void dropUncovered(ExtractionContext ctx, int s, List<DetectedSpan> detected, SpanDetector.Decoding decoding) {
    Map<Long, Boolean> keep = new HashMap<>();
    ctx.candidates().removeIf(c -> c.evidence() == Evidence.LEXICAL && c.sentence() == s
        && detected.stream().noneMatch(d -> c.overlaps(s, d.startToken(), d.endToken()))
        && !keep.computeIfAbsent(key(c.startToken(), c.endToken()),
            k -> decoding.coverProbability(c.startToken(), c.endToken()) >= spans.minCover()));
  }

  /** A token range of one sentence as one map key. */
  private static long key(int start, int end) {
    return ((long) start << 32) | end;
  }

  private static int start(long key) {
    return (int) (key >>> 32);
  }

  private static int end(long key) {
    return (int) key;
  }

  /** The token ranges of sentence {@code s} that candidates or detected phrases cite, each with its best detector probability. */
  private static Map<Long, Double> citedPhrases(ExtractionContext ctx, int s, List<DetectedSpan> detected) {
    Map<Long, Double> phrases = new LinkedHashMap<>();
    for (Candidate c : ctx.candidates()) {
      if (c.sentence() == s) {
        phrases.merge(key(c.startToken(), c.endToken()), c.span(), Math::max);
      }
    }
    for (DetectedSpan d : detected) {
      phrases.merge(key(d.startToken(), d.endToken()), d.probability(), Math::max);
    }
    return phrases;
  }

  /**
   * For a ranking only ({@link ExtractionContext#ranked()}): the concepts nearest in meaning to a
   * sentence in which nothing was found, each citing the whole sentence, scored by that similarity
   * alone, so far under the return threshold. A ranking benchmark scores a sentence without any
   * guess as 0 (11 to 26% of the held-out ESCO sentences had none); a threshold never shows these.
   */
  private void wholeSentenceLinks(ExtractionContext ctx, int s, String sentenceText) {
    int tokens = ctx.text().sentences().get(s).tokens().size();
    for (SemanticLinker.Link l : linker.linkSentence(sentenceText, semantic.sentenceCandidates())) {
      ctx.candidates().add(new Candidate(l.concept(), s, 0, tokens, Evidence.SPAN, 0, l.phraseSimilarity(), 0));
    }
  }

  /**
   * Proposes the concepts nearest in meaning to the whole sentence, which no phrase linked on its
   * own ("Be able to drive technological advances" is about technical expertise), each citing the
   * sentence's already-cited phrase nearest to it: a sentence no candidate cites gets none, so no
   * new spans appear. Scored like phrase links, phrase similarity plus the sentence's, weighted.
   * A hard skill whose nearest phrase a surface form names whole as another concept ({@code named}:
   * a lexical match's own words, or a detected phrase it covers) counts at {@link #NEIGHBOUR_WEIGHT}
   * of its similarity: that phrase names its skill already ({@link #namedConcepts}, {@link #neighbour}).
   */
  private void sentenceLinks(ExtractionContext ctx, int s, String sentenceText, Map<Long, Double> phrases,
      Map<Long, Set<Integer>> named) {
    Set<Integer> present = new HashSet<>();
    Set<Long> cited = new LinkedHashSet<>();
    for (Candidate c : ctx.candidates()) {
      if (c.sentence() == s) {
        present.add(c.concept());
        cited.add(key(c.startToken(), c.endToken()));
      }
    }
    if (cited.isEmpty()) {
      return;
    }
    String text = ctx.text().text();
    List<Token> tokens = ctx.text().sentences().get(s).tokens();
    Map<Long, float[]> vectors = new LinkedHashMap<>();
    for (long key : cited) {
      vectors.put(key, linker.embed(withoutGenericHead(
          text.substring(tokens.get(start(key)).start(), tokens.get(end(key) - 1).end()))));
    }
    for (SemanticLinker.Link l : linker.linkSentence(sentenceText, semantic.sentenceCandidates())) {
      if (present.contains(l.concept())) {
        continue;
      }
      long best = -1;
      double bestSim = Double.NEGATIVE_INFINITY;
      for (Map.Entry<Long, float[]> v : vectors.entrySet()) {
        double sim = linker.similarity(l.concept(), v.getValue());
        if (sim > bestSim) {
          bestSim = sim;
          best = v.getKey();
        }
      }
      if (best >= 0 && bestSim >= semantic.sentenceMinSimilarity()) {
        ctx.candidates().add(new Candidate(l.concept(), s, start(best), end(best), Evidence.SPAN, 0,
            (bestSim + semantic.sentenceWeight() * l.phraseSimilarity())
                * (neighbour(named.get(best), l.concept()) ? NEIGHBOUR_WEIGHT : 1), phrases.get(best)));
      }
    }
  }

  /**
   * A lexical match inside a longer detected phrase cites the phrase: postings say "Python
   * programming" and "SQL queries", and the phrase is the evidence a reader wants to see.
   */
  private static void widenLexical(ExtractionContext ctx, int sentence, DetectedSpan d) {
    List<Candidate> cs = ctx.candidates();
    for (int i = 0; i < cs.size(); i++) {
      Candidate c = cs.get(i);
      if (c.evidence() == Evidence.LEXICAL && c.sentence() == sentence && c.startToken() >= d.startToken()
          && c.endToken() <= d.endToken() && c.endToken() - c.startToken() < d.endToken() - d.startToken()
          && !coveredByOtherLexical(cs, c, d)) {
        cs.set(i, new Candidate(c.concept(), sentence, d.startToken(), d.endToken(), Evidence.LEXICAL, c.lexical(),
            c.semantic(), d.probability()));
      }
    }
  }

  /** True when another lexical match of a different concept also lies in the phrase ("Java and Python"). */
  private static boolean coveredByOtherLexical(List<Candidate> cs, Candidate c, DetectedSpan d) {
    for (Candidate o : cs) {
      if (o != c && o.evidence() == Evidence.LEXICAL && o.sentence() == c.sentence() && o.concept() != c.concept()
          && o.startToken() >= d.startToken() && o.endToken() <= d.endToken()
          && (o.startToken() != c.startToken() || o.endToken() != c.endToken())) {
        return true;
      }
    }
    return false;
  }


}
