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
  TaxonomyOptions taxonomy;

  @Option(names = "--config", paramLabel = "FILE",
      description = "Extractor configuration JSON (default: the tuned one in the jar). Unknown keys are errors.")
  Path config;

  @Option(names = "--lexical-only", description = "Only match taxonomy surface forms (fastest; lower recall).")
  boolean lexicalOnly;

  ExtractorConfig config() throws IOException {
    ExtractorConfig c = config != null ? ExtractorConfig.read(config) : ExtractorConfig.defaults();
    return lexicalOnly ? c.lexicalOnly() : c;
  }

  /** Loads the taxonomy and models once and returns a thread-safe extractor. */
  PipelineSkillExtractor open(PrintWriter err) throws IOException {
    return open(err, config());
  }

  /** As {@link #open(PrintWriter)}, with configuration {@code c} in place of the chosen one. */
  PipelineSkillExtractor open(PrintWriter err, ExtractorConfig c) throws IOException {
    Taxonomy t = taxonomy.open(err);
    ExtractionModels models = ExtractionModels.load(t, c, SkillgapHome.cacheDir(), Progress.to(err));
    return new PipelineSkillExtractor(models, c);
  }
}
