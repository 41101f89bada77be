package dev.skillgap.extract;

import dev.skillgap.taxonomy.TaxonomyFixture;
import java.io.IOException;
import java.io.UncheckedIOException;

/** The lexical extraction models over {@link TaxonomyFixture}'s taxonomy, loaded once per test JVM. */
public final class ExtractorFixture {

  private static ExtractionModels models;

  private ExtractorFixture() {}

  public static synchronized ExtractionModels models() {
    if (models == null) {
      try {
        models = ExtractionModels.load(TaxonomyFixture.taxonomy());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return models;
  }
}
