package dev.skillgap.extract;

import dev.skillgap.text.Sentence;
import java.util.List;

/** Sets each sentence's requirement level and drops candidates the text negates ("no SAP experience needed"). */
public final class RequirementStep implements ExtractionStep {

  @Override
  public void apply(ExtractionContext context) {
    RequirementTagger tagger = new RequirementTagger();
    List<Sentence> sentences = context.text().sentences();
    for (int s = 0; s < sentences.size(); s++) {
      context.requirements(s, tagger.tag(sentences.get(s), context.text().text()));
    }
    context.candidates().removeIf(c ->
        RequirementTagger.negated(sentences.get(c.sentence()), c.startToken(), c.endToken()));
  }
}
