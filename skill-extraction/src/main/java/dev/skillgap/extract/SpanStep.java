package dev.skillgap.extract;

import dev.skillgap.link.SemanticLinker;
import dev.skillgap.text.Sentence;
import dev.skillgap.text.Token;
import java.util.List;

/**
 * Finds skill phrases with the trained {@link SpanDetector} and links each to its nearest concepts
 * by meaning ({@link SemanticLinker}), mixing in the similarity of the whole sentence; a lexical
 * match inside a detected phrase is widened to cite the whole phrase. Up to {@link ExtractorConfig.Semantic#candidates()}
 * concepts per phrase are proposed, all citing the phrase, as long as they are within {@link
 * #MARGIN} of the best; a phrase whose best link is too weak is kept as an unlinked phrase.
 */
public final class SpanStep implements ExtractionStep {

  /** Concepts within this similarity of a phrase's best link are proposed as alternatives. */
  static final double MARGIN = 0.1;

  private final SpanDetector detector;
  private final SemanticLinker linker;
  private final ExtractorConfig.Spans spans;
  private final ExtractorConfig.Semantic semantic;

  public SpanStep(SpanDetector detector, SemanticLinker linker, ExtractorConfig.Spans spans,
      ExtractorConfig.Semantic semantic) {
    this.detector = detector;
    this.linker = linker;
    this.spans = spans;
    this.semantic = semantic;
  }

  @Override
  public void apply(ExtractionContext ctx) {
    String text = ctx.text().text();
    List<Sentence> sentences = ctx.text().sentences();
    for (int s = 0; s < sentences.size(); s++) {
      Sentence sentence = sentences.get(s);
      float[] sentenceVector = null;
      for (DetectedSpan d : detector.detect(sentence)) {
        if (d.probability() < spans.minProbability()) {
          continue;
        }
        widenLexical(ctx, s, d);
        List<Token> tokens = sentence.tokens();
        String phrase = text.substring(tokens.get(d.startToken()).start(), tokens.get(d.endToken() - 1).end());
        if (sentenceVector == null && semantic.sentenceWeight() > 0) {
          sentenceVector = linker.embed(text.substring(sentence.start(), sentence.end()));
        }
        List<SemanticLinker.Link> links = linker.link(phrase, sentenceVector, Math.max(1, semantic.candidates()));
        double best = links.isEmpty() ? 0 : links.get(0).phraseSimilarity();
        if (best < semantic.minSimilarity()) {
          int[] o = ctx.text().clean().toOriginal(tokens.get(d.startToken()).start(), tokens.get(d.endToken() - 1).end());
          ctx.unlinked().add(new UnlinkedPhrase(phrase, o[0], o[1], links.isEmpty() ? -1 : links.get(0).concept(), best));
          continue;
        }
        for (SemanticLinker.Link l : links) {
          if (l.phraseSimilarity() < semantic.minSimilarity() || l.phraseSimilarity() < best - MARGIN) {
            continue;
          }
          double sim = l.phraseSimilarity() + semantic.sentenceWeight() * l.sentenceSimilarity();
          ctx.candidates().add(new Candidate(l.concept(), s, d.startToken(), d.endToken(), Evidence.SPAN, 0, sim,
              d.probability()));
        }
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
