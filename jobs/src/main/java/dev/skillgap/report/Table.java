package dev.skillgap.report;

import java.util.List;

/**
 * One table of the report, as shown in the page and exported to {@code csv/<name>.csv}.
 *
 * @param name file-name stem of the CSV export
 * @param title heading in the page
 * @param columns column names, in order
 * @param rows cells, one list per row in column order: String, Long, Integer, Double, Boolean or null
 */
public record Table(String name, String title, List<String> columns, List<List<Object>> rows) {
  public Table {
    columns = List.copyOf(columns);
    rows = rows.stream().map(r -> java.util.Collections.unmodifiableList(new java.util.ArrayList<>(r))).toList();
    for (List<Object> r : rows) {
      if (r.size() != columns.size()) {
        throw new IllegalArgumentException(name + ": a row has " + r.size() + " cells for " + columns.size() + " columns");
      }
    }
  }

  /** The index of {@code column}; throws when the table has no such column. */
  public int column(String column) {
    int i = columns.indexOf(column);
    if (i < 0) {
      throw new IllegalArgumentException(name + " has no column " + column);
    }
    return i;
  }
}
