package dev.skillgap.taxonomy;

import dev.skillgap.io.SkillgapHome;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * The data-samples taxonomy of the tests, compiled once per test JVM and opened once: every
 * module's tests share it through skill-extraction's test-jar. Tests of the builder itself, of other
 * sources, or of the full ESCO taxonomy make their own.
 */
public final class TaxonomyFixture {

  /** Under the {@code target/} of the module whose tests run (Surefire runs them in the module's folder). */
  private static final Path COMPILED = Path.of("target", "test-taxonomy.sgt").toAbsolutePath();

  private static Taxonomy taxonomy;

  private TaxonomyFixture() {}

  /**
   * The compiled taxonomy file, for code that opens it by path (commands, Spark jobs); compiled from
   * {@link SkillgapHome#defaultTaxonomySources()} when missing or older than the sources.
   */
  public static Path compiled() {
    taxonomy();
    return COMPILED;
  }

  /** The taxonomy compiled at {@link #compiled()}, the same instance on every call. */
  public static synchronized Taxonomy taxonomy() {
    if (taxonomy == null) {
      try {
        taxonomy = TaxonomyStore.open(COMPILED, TaxonomySources.under(SkillgapHome.defaultTaxonomySources()), s -> {});
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return taxonomy;
  }
}
