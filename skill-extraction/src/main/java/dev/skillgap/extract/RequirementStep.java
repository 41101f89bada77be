package dev.skillgap.extract;

import dev.skillgap.text.Sentence;
import java.util.List;

/**
 * Sets each sentence's requirement level and drops the candidates the text does not ask for: those
 * it negates ("no SAP experience needed") and those in what the employer offers or says of itself
 * ("Benefits: lease car scheme", "About us"; {@link RequirementTagger#offered()}). These are dropped
 * rather than scored low: a skill's score is the calibrated probability that it is right for the
 * text, fitted on sentences without sections, and a benefit is not a skill the posting asks for.
 */
public final class RequirementStep implements ExtractionStep {

  @Override
  public void apply(ExtractionContext context) {
    RequirementTagger tagger = new RequirementTagger();
    List<Sentence> sentences = context.text().sentences();
    boolean[] offered = new boolean[sentences.size()];
    for (int s = 0; s < sentences.size(); s++) {
      context.requirements(s, tagger.tag(sentences.get(s), context.text().text()));
      offered[s] = tagger.offered();
    }
    context.candidates().removeIf(c -> offered[c.sentence()]
        || RequirementTagger.negated(sentences.get(c.sentence()), c.startToken(), c.endToken()));
  }
}
