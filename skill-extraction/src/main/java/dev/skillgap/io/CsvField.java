package dev.skillgap.io;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * One field a CSV reader fills from a user's columns: its name in {@code --columns}, what it
 * means, and the header names recognised for it without any option.
 *
 * @param name the field's name in a column mapping ({@code id}, {@code title}, {@code text}, ...)
 * @param meaning what the field holds, for help and error messages
 * @param synonyms header names recognised without a mapping, best first; compared by {@link
 *     ColumnMapping#headerKey(String)}, so {@code "Job Title"}, {@code job_title} and {@code JobTitle}
 *     are one name
 * @param text whether several columns form one text, each under its header as a heading (the
 *     header names a section: "Minimum Qualifications"); a field that is not text joins several
 *     columns with {@code ", "} (a city and a country)
 * @param gathers whether, without a mapping, every header column that matches a synonym joins the
 *     field (responsibilities, qualifications and a description form one text), rather than the
 *     best match only
 */
public record CsvField(String name, String meaning, List<String> synonyms, boolean text, boolean gathers)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  public CsvField {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(meaning, "meaning");
    synonyms = List.copyOf(synonyms);
  }

  /** A one-value field such as an id or a title, recognised by {@code synonyms}. */
  public static CsvField value(String name, String meaning, String... synonyms) {
    return new CsvField(name, meaning, List.of(synonyms), false, false);
  }

  /** A text field that every matching column joins, each under its header. */
  public static CsvField text(String name, String meaning, String... synonyms) {
    return new CsvField(name, meaning, List.of(synonyms), true, true);
  }
}
