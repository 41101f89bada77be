package dev.skillgap.catalog;

import dev.skillgap.extract.ExtractorConfig;
import dev.skillgap.extract.ExtractorFixture;
import dev.skillgap.extract.PipelineSkillExtractor;
import dev.skillgap.extract.SkillExtractor;
import dev.skillgap.io.SkillgapHome;
import dev.skillgap.taxonomy.TaxonomyFixture;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/** A lexical extractor over {@link TaxonomyFixture}'s taxonomy and the sample catalogue, loaded once per test JVM. */
public final class CatalogFixture {
  private static SkillExtractor extractor;
  private static Catalog sample;

  private CatalogFixture() {}

  public static synchronized SkillExtractor extractor() {
    if (extractor == null) {
      extractor = new PipelineSkillExtractor(ExtractorFixture.models(), ExtractorConfig.defaults().lexicalOnly());
    }
    return extractor;
  }

  public static CatalogReader reader() {
    return new CatalogReader(TaxonomyFixture.taxonomy(), extractor());
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
