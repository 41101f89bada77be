package dev.skillgap.extract;

import dev.skillgap.io.SkillgapHome;
import dev.skillgap.taxonomy.Taxonomy;
import dev.skillgap.taxonomy.TaxonomySources;
import dev.skillgap.taxonomy.TaxonomyStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** The real taxonomy and lexical extraction models, loaded once per test JVM (shared by the extract and eval tests). */
public final class ExtractorFixture {

  private static ExtractionModels models;

  private ExtractorFixture() {}

  public static synchronized ExtractionModels models() {
    if (models == null) {
      try {
        Path compiled = Path.of("target", "test-taxonomy.sgt");
        Taxonomy t = TaxonomyStore.open(compiled, TaxonomySources.under(SkillgapHome.defaultTaxonomySources()), s -> {});
        models = ExtractionModels.load(t);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return models;
  }
}
