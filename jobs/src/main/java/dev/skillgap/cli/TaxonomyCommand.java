package dev.skillgap.cli;

import dev.skillgap.io.SkillgapHome;
import dev.skillgap.taxonomy.ConceptKind;
import dev.skillgap.taxonomy.SkillType;
import dev.skillgap.taxonomy.Taxonomy;
import dev.skillgap.taxonomy.TaxonomyBuilder;
import dev.skillgap.taxonomy.TaxonomyCodec;
import dev.skillgap.taxonomy.TaxonomySources;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code skillgap taxonomy build|stats}. */
@Command(name = "taxonomy", mixinStandardHelpOptions = true,
    description = "Build the compiled skills taxonomy from ESCO and O*NET, or summarise it.",
    subcommands = {TaxonomyCommand.Build.class, TaxonomyCommand.Stats.class})
public final class TaxonomyCommand implements Runnable {

  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a subcommand is required: build or stats");
  }

  /** {@code skillgap taxonomy build}. */
  @Command(name = "build", mixinStandardHelpOptions = true,
      description = "Compile ESCO v1.1.1 + O*NET 29.2 sources into one taxonomy file.")
  static final class Build implements Callable<Integer> {

    @Option(names = "--source", paramLabel = "DIR",
        description = "Folder with esco/, onet/ and crosswalk/ (default: data-samples/taxonomy).")
    Path source;

    @Option(names = "--esco", paramLabel = "DIR", description = "ESCO CSV folder (overrides --source).")
    Path esco;

    @Option(names = "--onet", paramLabel = "DIR", description = "O*NET table folder (overrides --source).")
    Path onet;

    @Option(names = "--crosswalk", paramLabel = "DIR", description = "Crosswalk folder (overrides --source).")
    Path crosswalk;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Compiled file (default: build/taxonomy.sgt).")
    Path output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      TaxonomySources layout = TaxonomySources.under(source != null ? source : SkillgapHome.defaultTaxonomySources());
      TaxonomySources src = new TaxonomySources(
          esco != null ? esco : layout.escoDir(),
          onet != null ? onet : layout.onetDir(),
          crosswalk != null ? crosswalk : layout.crosswalkDir());
      for (Path dir : new Path[] {src.escoDir(), src.onetDir()}) {
        if (!Files.isDirectory(dir)) {
          throw new NoSuchFileException(dir.toString(), null, "taxonomy source folder");
        }
      }
      Path out = output != null ? output : SkillgapHome.defaultCompiledTaxonomy();
      PrintWriter w = spec.commandLine().getOut();
      long start = System.nanoTime();
      TaxonomyBuilder builder = new TaxonomyBuilder(src);
      Taxonomy t = builder.build();
      long built = System.nanoTime();
      TaxonomyCodec.write(t, out);
      long written = System.nanoTime();
      TaxonomyBuilder.BuildReport r = builder.report();
      w.printf("read %,d ESCO skill rows (%d with a blank type), %,d occupation-skill relations, "
              + "%,d O*NET technology rows (%,d names, %,d merged into ESCO concepts)%n",
          r.skillRows(), r.blankSkillTypeRows(), r.occupationSkillRelations(), r.technologyRows(),
          r.technologyNames(), r.technologiesMerged());
      w.printf("built %,d concepts and %,d occupations in %.1f s; wrote %s (%,d bytes) in %.1f s%n",
          t.size(), t.occupations().size(), (built - start) / 1e9, out, Files.size(out), (written - built) / 1e9);
      return 0;
    }
  }

  /** {@code skillgap taxonomy stats}. */
  @Command(name = "stats", mixinStandardHelpOptions = true,
      description = "Summarise the taxonomy: concepts by kind and hard/soft, occupations and surface forms.")
  static final class Stats implements Callable<Integer> {

    @Mixin
    TaxonomyOptions taxonomy;

    @Option(names = "--json", description = "Print the summary as one JSON object.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      PrintWriter w = spec.commandLine().getOut();
      long start = System.nanoTime();
      Taxonomy t = taxonomy.open(spec.commandLine().getErr());
      double loadSeconds = (System.nanoTime() - start) / 1e9;
      Taxonomy.Stats s = t.stats();
      if (json) {
        w.println(Json.MAPPER.writeValueAsString(s));
        return 0;
      }
      w.printf("taxonomy      %s (%s, loaded in %.2f s)%n", s.version(), taxonomy.compiledPath(), loadSeconds);
      w.printf("concepts      %,d%n", s.concepts());
      for (ConceptKind k : ConceptKind.values()) {
        w.printf("  %-11s %,7d   hard %,7d   soft %,6d%n", k.wireName(), s.byKind().getOrDefault(k, 0),
            s.byKindAndType().get(k.wireName() + "/hard"), s.byKindAndType().get(k.wireName() + "/soft"));
      }
      for (Map.Entry<SkillType, Integer> e : s.byType().entrySet()) {
        w.printf("  %-11s %,7d%n", e.getKey().wireName(), e.getValue());
      }
      w.printf("technologies  %,d merged into ESCO concepts, %,d O*NET-only, %,d hot%n",
          s.technologiesMergedIntoEsco(), s.onetOnlyTechnologies(), s.hotTechnologies());
      w.printf("occupations   %,d (ESCO %,d, O*NET %,d)%n", s.escoOccupations() + s.onetOccupations(),
          s.escoOccupations(), s.onetOccupations());
      w.printf("surface forms %,d%n", s.surfaceForms());
      w.printf("skill groups  %,d%n", s.skillGroups());
      return 0;
    }
  }
}
