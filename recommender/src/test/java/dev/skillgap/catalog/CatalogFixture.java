package dev.skillgap.catalog;

import dev.skillgap.extract.ExtractionModels;
import dev.skillgap.extract.ExtractorConfig;
import dev.skillgap.extract.PipelineSkillExtractor;
import dev.skillgap.extract.SkillExtractor;
import dev.skillgap.io.SkillgapHome;
import dev.skillgap.taxonomy.Taxonomy;
import dev.skillgap.taxonomy.TaxonomySources;
import dev.skillgap.taxonomy.TaxonomyStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/** The real taxonomy, extractor and sample catalogue, loaded once per test JVM. */
public final class CatalogFixture {
  private static Taxonomy taxonomy;
  private static SkillExtractor extractor;
  private static Catalog sample;

  private CatalogFixture() {}

  public static synchronized Taxonomy taxonomy() {
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

  public static synchronized SkillExtractor extractor() {
    if (extractor == null) {
      try {
        extractor = new PipelineSkillExtractor(ExtractionModels.load(taxonomy()), ExtractorConfig.defaults().lexicalOnly());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return extractor;
  }

  public static CatalogReader reader() {
    return new CatalogReader(taxonomy(), extractor());
  }

  /** {@code data-samples/catalog}. */
  public static Path sampleDir() {
    return SkillgapHome.dataSamples().resolve("catalog");
  }

  /** The sample catalogue, read once. */
  public static synchronized Catalog sample() {
    if (sample == null) {
      try {
        sample = reader().read(List.of(sampleDir()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return sample;
  }
}
