package dev.skillgap.extract;

/**
 * A proposed link between a token range of one sentence and a concept, before scoring.
 *
 * @param concept taxonomy index
 * @param sentence index of the sentence in the analysed text
 * @param startToken first token
 * @param endToken one past the last token
 * @param evidence the step that proposed it
 * @param lexical strength of the lexical evidence in [0, 1] (0 if none)
 * @param semantic cosine similarity of the phrase to the concept's label (0 if not computed)
 * @param span span-detector probability for the phrase (0 if none)
 */
public record Candidate(int concept, int sentence, int startToken, int endToken, Evidence evidence, double lexical,
    double semantic, double span) {

  public boolean overlaps(int sentence, int start, int end) {
    return this.sentence == sentence && startToken < end && start < endToken;
  }
}
