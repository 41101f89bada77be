package dev.skillgap.cli;

import dev.skillgap.catalog.CsvCatalogFormat;
import dev.skillgap.gap.LearnerReader;
import dev.skillgap.ingest.PostingColumns;
import dev.skillgap.io.ColumnMapping;
import dev.skillgap.io.CsvSchema;
import dev.skillgap.pipeline.WeeklyOptions;
import java.io.IOException;
import picocli.CommandLine.Option;

/**
 * The column mappings of a run's CSV inputs, one option per kind: {@code --posting-columns
 * id=job_id,title="Job Title",text=Responsibilities+"Minimum Qualifications"}, or a mapping file
 * of such entries. Unknown fields are errors.
 */
public final class ColumnOptions {

  static final String HELP = "field=column[+column],... or a mapping file of them; fields not named are found by"
      + " common header names.";

  @Option(names = "--posting-columns", paramLabel = "MAPPING", description = "Columns of posting CSVs. " + HELP)
  String postings;

  @Option(names = "--role-columns", paramLabel = "MAPPING", description = "Columns of role CSVs. " + HELP)
  String roles;

  @Option(names = "--learner-columns", paramLabel = "MAPPING",
      description = "Columns of a learners CSV (e.g. target=Category,cv=Resume). " + HELP)
  String learners;

  @Option(names = "--catalog-columns", paramLabel = "MAPPING", description = "Columns of catalogue CSVs. " + HELP)
  String catalog;

  /** The mappings given, each checked against its kind's fields. */
  WeeklyOptions.Columns columns() throws IOException {
    return new WeeklyOptions.Columns(mapping(postings, PostingColumns.POSTINGS), mapping(roles, PostingColumns.ROLES),
        mapping(learners, LearnerReader.CSV_SCHEMA), mapping(catalog, CsvCatalogFormat.SCHEMA));
  }

  /** {@code value} read as a mapping for {@code schema}; {@link ColumnMapping#NONE} when absent. */
  static ColumnMapping mapping(String value, CsvSchema schema) throws IOException {
    return value == null ? ColumnMapping.NONE : ColumnMapping.fromOption(value).validate(schema);
  }
}
