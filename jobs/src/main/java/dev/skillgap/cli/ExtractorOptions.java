package dev.skillgap.cli;

import dev.skillgap.extract.ExtractionModels;
import dev.skillgap.extract.ExtractorConfig;
import dev.skillgap.extract.PipelineSkillExtractor;
import dev.skillgap.io.SkillgapHome;
import dev.skillgap.taxonomy.Taxonomy;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** How commands build the skill extractor: taxonomy, configuration file, lexical-only switch. */
public final class ExtractorOptions {

  @Mixin
  private TaxonomyOptions taxonomy;

  @Option(names = "--config", paramLabel = "FILE",
      description = "Extractor configuration JSON (default: the tuned one in the jar). Unknown keys are errors.")
  Path config;

  @Option(names = "--lexical-only", description = "Only match taxonomy surface forms (fastest; lower recall).")
  boolean lexicalOnly;

  ExtractorConfig config() throws IOException {
    ExtractorConfig c = config != null ? ExtractorConfig.read(config) : ExtractorConfig.defaults();
    return lexicalOnly ? c.lexicalOnly() : c;
  }

  /** Loads the taxonomy and the models of the chosen configuration, once, with a thread-safe extractor over them. */
  LoadedModels load(PrintWriter err) throws IOException {
    return load(err, config());
  }

  /** As {@link #load(PrintWriter)}, with configuration {@code c} in place of the chosen one. */
  LoadedModels load(PrintWriter err, ExtractorConfig c) throws IOException {
    Taxonomy t = taxonomy.open(err);
    ExtractionModels models = ExtractionModels.load(t, c, SkillgapHome.cacheDir(), Progress.to(err));
    return new LoadedModels(models.taxonomy(), new PipelineSkillExtractor(models, c));
  }

  /**
   * Opens the taxonomy alone, compiling it first when needed, for commands whose models a job loads
   * from {@link #taxonomyFile()}.
   */
  Taxonomy openTaxonomy(PrintWriter err) throws IOException {
    return taxonomy.open(err);
  }

  /** The compiled taxonomy's file, as chosen ({@code --taxonomy} or the default). */
  Path taxonomyFile() {
    return taxonomy.compiledPath();
  }
}
