package dev.skillgap.cli;

import dev.skillgap.catalog.Catalog;
import dev.skillgap.catalog.CatalogReader;
import dev.skillgap.extract.PipelineSkillExtractor;
import dev.skillgap.gap.LearnerReader;
import dev.skillgap.occupation.RoleResolver;
import dev.skillgap.ingest.InputFiles;
import dev.skillgap.ingest.PostingParser;
import dev.skillgap.io.ColumnMappingException;
import dev.skillgap.io.SkillgapHome;
import dev.skillgap.taxonomy.Taxonomy;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The inputs of {@code recommend} and {@code eval recommend}: learners, catalogues and postings,
 * with data-samples read only when none is named, so that a user's figures are never mixed with
 * invented ones.
 */
final class RecommendInputOptions {

  @Option(names = "--learners", paramLabel = "FILE", description = "Learners file (JSON Lines or CSV).")
  Path learners;

  @Option(names = "--catalog", paramLabel = "PATH", arity = "1..*", description = "Catalogue files or folders.")
  List<Path> catalog;

  @Option(names = "--postings", paramLabel = "PATH", arity = "1..*", description = "Posting files or folders.")
  List<Path> postings;

  @Option(names = "--as-of", paramLabel = "DATE", description = "Date demand is measured at (default: the newest date a posting states; undated postings take it).")
  LocalDate asOf;

  /**
   * The files to read.
   *
   * @param samples true when no input was named and data-samples is read
   */
  record Inputs(Path learners, List<Path> catalogs, List<Path> postings, boolean samples) {}

  /**
   * The posting and catalogue files under {@code in}'s folders, listed as the weekly run lists them
   * ({@link InputFiles#list}): every file is read or said to be passed over, with its reason, on
   * {@code err} (the first {@value #SKIPPED_SHOWN}, then how many more).
   *
   * @param postings the posting files to read
   * @param catalogs the catalogue files to read
   * @param skipped every file passed over, and why
   */
  record Listed(List<Path> postings, List<Path> catalogs, List<InputFiles.Skipped> skipped) {}

  /**
   * Everything a recommendation is computed from, read one way for {@code recommend} and {@code eval
   * recommend}.
   *
   * @param models the taxonomy and extractor, loaded once
   * @param demand the listed postings, extracted and resolved, with each role's demand
   * @param catalog the listed catalogue files, read
   * @param learners the learners file, read
   */
  record Loaded(LoadedModels models, RoleResolver roles, DemandInputs demand, Catalog catalog,
      LearnerReader.Result learners) {}

  /**
   * Opens the models and reads {@code in}: its folders listed ({@link #list}), postings, catalogue and
   * learners with the user's columns.
   *
   * @throws IOException naming the learners file when its column mapping does not fit it
   */
  Loaded load(Inputs in, ExtractorOptions models, ColumnOptions columns, PrintWriter err) throws IOException {
    LoadedModels m = models.load(err);
    PipelineSkillExtractor x = m.extractor();
    Taxonomy t = m.taxonomy();
    RoleResolver roles = new RoleResolver(t);
    Listed listed = list(in, err);
    DemandInputs demand = DemandInputs.read(listed.postings(), columns.columns().postings(), asOf, x, roles, t);
    Catalog catalog = new CatalogReader(t, x).read(listed.catalogs(), columns.columns().catalog());
    LearnerReader.Result learners;
    try {
      learners = new LearnerReader().read(in.learners(), columns.columns().learners());
    } catch (ColumnMappingException e) {
      throw new IOException(in.learners() + ": " + e.getMessage(), e);
    }
    return new Loaded(m, roles, demand, catalog, learners);
  }

  /** Files passed over that are printed one by one. */
  static final int SKIPPED_SHOWN = 20;

  /** Lists {@code in}'s posting and catalogue folders, printing what is passed over on {@code err}. */
  static Listed list(Inputs in, PrintWriter err) throws IOException {
    Configuration conf = new Configuration();
    InputFiles.Listing postings = InputFiles.list(strings(in.postings()), PostingParser::reads, "posting", conf);
    InputFiles.Listing catalogs = InputFiles.list(strings(in.catalogs()), CatalogReader::reads, "catalogue", conf);
    List<InputFiles.Skipped> skipped = new ArrayList<>(postings.skipped());
    skipped.addAll(catalogs.skipped());
    if (!skipped.isEmpty()) {
      err.println("skillgap: " + skipped.size() + " file(s) under the input folders passed over:");
      InputFiles.describe(skipped, SKIPPED_SHOWN).forEach(err::println);
    }
    return new Listed(paths(postings.files()), paths(catalogs.files()), skipped);
  }

  private static List<String> strings(List<Path> paths) {
    return paths.stream().map(p -> p.toAbsolutePath().toString()).toList();
  }

  private static List<Path> paths(List<String> files) {
    return files.stream().map(f -> Path.of(URI.create(f))).toList();
  }

  /**
   * The named inputs, or data-samples when none is named.
   *
   * @throws ParameterException when an input is named but not {@code --learners}
   * @throws NoSuchFileException when a named input does not exist
   */
  Inputs resolve(CommandSpec spec) throws NoSuchFileException {
    Path dataSamples = SkillgapHome.dataSamples();
    boolean samples = learners == null && catalog == null && postings == null;
    if (!samples && learners == null) {
      throw new ParameterException(spec.commandLine(),
          "--learners is needed: once an input is named, data-samples is not read");
    }
    Inputs in = new Inputs(learners != null ? learners : dataSamples.resolve("learners/learners.jsonl"),
        catalog != null ? catalog : samples ? List.of(dataSamples.resolve("catalog")) : List.of(),
        postings != null ? postings : samples ? List.of(dataSamples.resolve("postings")) : List.of(), samples);
    List<Path> all = new ArrayList<>(List.of(in.learners()));
    all.addAll(in.catalogs());
    all.addAll(in.postings());
    for (Path p : all) {
      if (!Files.exists(p)) {
        throw new NoSuchFileException(p.toString());
      }
    }
    return in;
  }
}
