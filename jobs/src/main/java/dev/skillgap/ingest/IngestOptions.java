package dev.skillgap.ingest;

import dev.skillgap.io.ColumnMapping;
import dev.skillgap.io.InputLimits;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What a run tells its readers: the date a record without a usable date takes, the user's column
 * mapping for CSV files and flat JSON records, and the size limits of files and records.
 *
 * @param runDate the date of the run's week that undated records take
 * @param runDateLabel how that date is named in warnings: {@code the run's week (2026-W49)}
 * @param columns the column mapping ({@link ColumnMapping#NONE} to recognise headers only)
 * @param limits the size limits ({@link InputLimits#DEFAULTS} in every run)
 */
public record IngestOptions(LocalDate runDate, String runDateLabel, ColumnMapping columns, InputLimits limits)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  public IngestOptions {
    Objects.requireNonNull(runDate, "runDate");
    Objects.requireNonNull(runDateLabel, "runDateLabel");
    Objects.requireNonNull(columns, "columns");
    Objects.requireNonNull(limits, "limits");
  }

  /** Options with the default {@link InputLimits}. */
  public IngestOptions(LocalDate runDate, String runDateLabel, ColumnMapping columns) {
    this(runDate, runDateLabel, columns, InputLimits.DEFAULTS);
  }

  /** Options for a run dated {@code runDate} (named "the run's date"), recognising headers only. */
  public static IngestOptions of(LocalDate runDate) {
    return new IngestOptions(runDate, "the run's date", ColumnMapping.NONE);
  }

  /** These options with {@code mapping}. */
  public IngestOptions withColumns(ColumnMapping mapping) {
    return new IngestOptions(runDate, runDateLabel, mapping, limits);
  }

  /** These options with {@code newLimits}. */
  public IngestOptions withLimits(InputLimits newLimits) {
    return new IngestOptions(runDate, runDateLabel, columns, newLimits);
  }
}
