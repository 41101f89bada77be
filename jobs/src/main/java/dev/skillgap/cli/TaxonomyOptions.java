package dev.skillgap.cli;

import dev.skillgap.io.SkillgapHome;
import dev.skillgap.taxonomy.Taxonomy;
import dev.skillgap.taxonomy.TaxonomySources;
import dev.skillgap.taxonomy.TaxonomyStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where commands find the taxonomy: the compiled file, built on first use from the sources. */
public final class TaxonomyOptions {

  @Option(names = "--taxonomy", paramLabel = "FILE",
      description = "Compiled taxonomy (default: build/taxonomy.sgt; compiled from --taxonomy-sources when missing).")
  Path compiled;

  @Option(names = "--taxonomy-sources", paramLabel = "DIR",
      description = "Taxonomy sources with esco/, onet/ and crosswalk/ (default: data-samples/taxonomy).")
  Path sources;

  Path compiledPath() {
    return compiled != null ? compiled : SkillgapHome.defaultCompiledTaxonomy();
  }

  TaxonomySources sources() {
    return TaxonomySources.under(sources != null ? sources : SkillgapHome.defaultTaxonomySources());
  }

  /** Opens the taxonomy, telling {@code err} when it has to compile it first. */
  Taxonomy open(PrintWriter err) throws IOException {
    return TaxonomyStore.open(compiledPath(), sources(), Progress.to(err));
  }
}
