package dev.skillgap.pipeline;

import dev.skillgap.extract.ExtractionModels;
import dev.skillgap.extract.ExtractorConfig;
import dev.skillgap.extract.PipelineSkillExtractor;
import dev.skillgap.occupation.RoleResolver;
import dev.skillgap.io.SkillgapHome;
import dev.skillgap.taxonomy.Taxonomy;
import dev.skillgap.taxonomy.TaxonomyCodec;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The models one executor JVM shares between its tasks: the taxonomy (from the broadcast compiled
 * file), the thread-safe skill extractor and the role resolver. Loaded once per JVM and per
 * (taxonomy, configuration), not once per record or partition: this JVM-wide registry is the one
 * static cache in the project, because Spark gives executors no other place to keep loaded models.
 */
public final class ExecutorModels {

  private static final ConcurrentHashMap<String, ExecutorModels> SHARED = new ConcurrentHashMap<>();

  private final Taxonomy taxonomy;
  private final PipelineSkillExtractor extractor;
  private final RoleResolver roles;

  private ExecutorModels(Taxonomy taxonomy, PipelineSkillExtractor extractor, RoleResolver roles) {
    this.taxonomy = taxonomy;
    this.extractor = extractor;
    this.roles = roles;
  }

  /** The models for this compiled taxonomy and configuration, loading them on first use in this JVM. */
  public static ExecutorModels get(byte[] compiledTaxonomy, String configJson) {
    String key = java.util.Arrays.hashCode(compiledTaxonomy) + ":" + compiledTaxonomy.length + ":" + configJson;
    return SHARED.computeIfAbsent(key, k -> {
      try {
        Taxonomy t = TaxonomyCodec.read(new ByteArrayInputStream(compiledTaxonomy), "broadcast taxonomy");
        ExtractorConfig cfg = ExtractorConfig.fromJson(configJson);
        ExtractionModels m = ExtractionModels.load(t, cfg, SkillgapHome.cacheDir(), msg -> System.err.println("skillgap: " + msg));
        return new ExecutorModels(t, new PipelineSkillExtractor(m, cfg), new RoleResolver(t));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  public Taxonomy taxonomy() {
    return taxonomy;
  }

  public PipelineSkillExtractor extractor() {
    return extractor;
  }

  public RoleResolver roles() {
    return roles;
  }
}
