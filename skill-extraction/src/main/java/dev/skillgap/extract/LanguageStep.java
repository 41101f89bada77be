package dev.skillgap.extract;

import dev.skillgap.text.LanguageGuesser;

/** Flags text that is not English and stops the pipeline for it: no skills are invented from text we cannot read. */
public final class LanguageStep implements ExtractionStep {

  private final LanguageGuesser guesser = new LanguageGuesser();

  @Override
  public void apply(ExtractionContext context) {
    String lang = guesser.guess(context.text().text());
    context.language(lang);
    if (!"en".equals(lang)) {
      context.stop();
    }
  }
}
