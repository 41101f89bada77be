package dev.skillgap.io;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The fields one kind of CSV record is read into (postings, roles, learners, catalogue entries),
 * in the order they are shown; the contract between a reader and {@link ColumnMapping}.
 *
 * @param kind what the records are, as the user names them ({@code postings}, {@code learners})
 * @param fields the fields, in display order, names unique
 */
public record CsvSchema(String kind, List<CsvField> fields) implements Serializable {

  private static final long serialVersionUID = 1L;

  public CsvSchema {
    Objects.requireNonNull(kind, "kind");
    fields = List.copyOf(fields);
    Map<String, CsvField> seen = new LinkedHashMap<>();
    for (CsvField f : fields) {
      if (seen.put(f.name(), f) != null) {
        throw new IllegalArgumentException(kind + ": field " + f.name() + " given twice");
      }
    }
  }

  /** The field called {@code name}, if this schema has one. */
  public Optional<CsvField> field(String name) {
    return fields.stream().filter(f -> f.name().equals(name)).findFirst();
  }

  /** The field names, in order. */
  public List<String> names() {
    List<String> out = new ArrayList<>();
    fields.forEach(f -> out.add(f.name()));
    return out;
  }
}
