package dev.skillgap.cli;

import dev.skillgap.check.CheckText;
import dev.skillgap.check.FileCheck;
import dev.skillgap.check.InputCheck;
import dev.skillgap.ingest.IngestOptions;
import dev.skillgap.ingest.PostingColumns;
import dev.skillgap.io.ColumnMapping;
import dev.skillgap.io.CsvSchema;
import dev.skillgap.demand.WeekId;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.hadoop.conf.Configuration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code skillgap check postings|roles PATH...}: a dry run of ingest, without extraction, that
 * says per file what a weekly run would accept, count as duplicate, reject and warn about, and why.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = {"Dry run of ingest: read the files as the weekly run does, without extracting skills, and say per",
        "file how many records are read, accepted, duplicates, rejected and warned, the commonest reasons with",
        "an example, and how the file was read (format, encoding, delimiter, column mapping). Exit code 1 when",
        "any record is rejected."},
    subcommands = {CheckCommand.Postings.class, CheckCommand.Roles.class, CheckCommand.Learners.class,
        CheckCommand.Catalog.class})
public final class CheckCommand implements Runnable {

  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a subcommand is required");
  }

  /** The options every check takes. */
  static final class Inputs {
    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or folders (folders are walked).")
    List<String> paths;

    @Option(names = "--columns", paramLabel = "MAPPING", description = "Columns of CSV files: " + ColumnOptions.HELP)
    String columns;

    @Option(names = "--week", paramLabel = "YYYY-Www",
        description = "The run's week, which undated records take (default: the current ISO week).")
    String week;

    @Option(names = "--json", description = "One JSON document instead of text.")
    boolean json;

    IngestOptions options(CommandSpec spec, CsvSchema schema) throws java.io.IOException {
      for (String p : paths) {
        if (!p.contains("://") && !Files.exists(Path.of(p))) {
          throw new NoSuchFileException(p);
        }
      }
      WeekId w;
      try {
        w = week != null ? WeekId.parse(week) : WeekId.of(LocalDate.now());
      } catch (IllegalArgumentException e) {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--week: " + e.getMessage());
      }
      ColumnMapping mapping;
      try {
        mapping = ColumnOptions.mapping(columns, schema);
      } catch (IllegalArgumentException e) {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
      }
      return new IngestOptions(w.sunday(), "the run's week (" + w + ")", mapping);
    }

    int print(CommandSpec spec, InputCheck.Result r, long startNanos) throws java.io.IOException {
      PrintWriter out = spec.commandLine().getOut();
      double seconds = (System.nanoTime() - startNanos) / 1e9;
      if (json) {
        out.println(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(r));
      } else {
        CheckText.lines(r, seconds).forEach(out::println);
      }
      out.flush();
      return r.files().stream().mapToInt(FileCheck::rejected).sum() > 0 ? 1 : 0;
    }
  }

  /** One kind of input: its fields and how to check it. */
  abstract static class Kind implements Callable<Integer> {
    @Mixin
    Inputs inputs;

    @Spec
    CommandSpec spec;

    abstract CsvSchema schema();

    /** Checks {@code paths}; {@code options} carries the run's date and the validated mapping. */
    abstract InputCheck.Result check(InputCheck checker, List<String> paths, IngestOptions options)
        throws java.io.IOException;

    @Override
    public Integer call() throws Exception {
      long t0 = System.nanoTime();
      IngestOptions o = inputs.options(spec, schema());
      return inputs.print(spec, check(new InputCheck(new Configuration()), inputs.paths, o), t0);
    }
  }

  /** {@code skillgap check postings PATH...}. */
  @Command(name = "postings", mixinStandardHelpOptions = true,
      description = "Check posting files (.csv, .tsv, .jsonl, .ndjson, .json, .jsonld, .parquet, each also .gz).")
  static final class Postings extends Kind {
    @Override
    CsvSchema schema() {
      return PostingColumns.POSTINGS;
    }

    @Override
    InputCheck.Result check(InputCheck checker, List<String> paths, IngestOptions options) throws java.io.IOException {
      return checker.postings(paths, options);
    }
  }

  /** {@code skillgap check roles PATH...}. */
  @Command(name = "roles", mixinStandardHelpOptions = true,
      description = "Check HR role description files (.txt, .md, .csv, .json, .jsonld).")
  static final class Roles extends Kind {
    @Override
    CsvSchema schema() {
      return PostingColumns.ROLES;
    }

    @Override
    InputCheck.Result check(InputCheck checker, List<String> paths, IngestOptions options) throws java.io.IOException {
      return checker.roles(paths, options);
    }
  }

  /** {@code skillgap check learners PATH...}. */
  @Command(name = "learners", mixinStandardHelpOptions = true,
      description = {"Check learner files: a CSV of CVs (map its columns, e.g. --columns target=Category,cv=Resume)",
          "or JSON Lines as in data-samples/FORMATS.md. CV text is never printed."})
  static final class Learners extends Kind {
    @Override
    CsvSchema schema() {
      return dev.skillgap.gap.LearnerReader.CSV_SCHEMA;
    }

    @Override
    InputCheck.Result check(InputCheck checker, List<String> paths, IngestOptions options) throws java.io.IOException {
      return checker.learners(paths, options.columns());
    }
  }

  /** {@code skillgap check catalog PATH...}. */
  @Command(name = "catalog", mixinStandardHelpOptions = true,
      description = {"Check catalogue files (CSV such as edX or Udemy exports, Open Badges 2.0/3.0, CTDL). Skills are",
          "linked by exact name only (no extraction), so a run may still reject entries without a usable skill."})
  static final class Catalog extends Kind {
    @Mixin
    TaxonomyOptions taxonomy;

    @Override
    CsvSchema schema() {
      return dev.skillgap.catalog.CsvCatalogFormat.SCHEMA;
    }

    @Override
    InputCheck.Result check(InputCheck checker, List<String> paths, IngestOptions options) throws java.io.IOException {
      return checker.catalog(paths, options.columns(), taxonomy.open(spec.commandLine().getErr()));
    }
  }
}
