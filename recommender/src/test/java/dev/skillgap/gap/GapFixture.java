package dev.skillgap.gap;

import dev.skillgap.io.SkillgapHome;
import dev.skillgap.taxonomy.Taxonomy;
import dev.skillgap.taxonomy.TaxonomySources;
import dev.skillgap.taxonomy.TaxonomyStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** The real taxonomy, compiled once per test JVM. */
final class GapFixture {
  private static Taxonomy taxonomy;

  private GapFixture() {}

  static synchronized Taxonomy taxonomy() {
    if (taxonomy == null) {
      try {
        taxonomy = TaxonomyStore.open(Path.of("target", "test-taxonomy.sgt"),
            TaxonomySources.under(SkillgapHome.defaultTaxonomySources()), s -> {});
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return taxonomy;
  }
}
