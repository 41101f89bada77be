package dev.skillgap.extract;

import dev.skillgap.text.Sentence;
import java.util.List;

/** Proposes every taxonomy surface form found in the text ({@link LexicalMatcher}). */
public final class LexicalStep implements ExtractionStep {

  /** Factor for a match whose words are reordered ("management of projects" for "manage projects"). */
  static final double REORDERED = 0.9;
  /** Factor for an ambiguous short form that passed the context check. */
  static final double AMBIGUOUS = 0.85;

  private final LexicalMatcher matcher;

  public LexicalStep(LexicalMatcher matcher) {
    this.matcher = matcher;
  }

  @Override
  public void apply(ExtractionContext context) {
    List<Sentence> sentences = context.text().sentences();
    for (int s = 0; s < sentences.size(); s++) {
      for (LexicalMatch m : matcher.match(sentences.get(s))) {
        for (SurfaceForm f : m.forms()) {
          double strength = f.kind().prior() * (m.exactOrder() ? 1.0 : REORDERED) * (f.ambiguous() ? AMBIGUOUS : 1.0);
          context.candidates().add(new Candidate(f.concept(), s, m.startToken(), m.endToken(), Evidence.LEXICAL,
              strength, 0, 0));
        }
      }
    }
  }
}
