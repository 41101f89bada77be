package dev.skillgap.io;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A column mapping resolved against one file's header: which columns fill each field, and
 * whether the user named them or the header was recognised. Reads a field's value from a row.
 * Immutable.
 */
public final class CsvColumns implements Serializable {

  private static final long serialVersionUID = 1L;

  /** How a field found its columns. */
  public enum Origin {
    /** The user named the columns ({@code --columns} or a mapping file). */
    NAMED,
    /** A header name the field recognises. */
    RECOGNISED
  }

  private final CsvSchema schema;
  private final List<String> header;
  private final Map<String, List<Integer>> columns;
  private final Map<String, Origin> origins;

  CsvColumns(CsvSchema schema, List<String> header, Map<String, List<Integer>> columns, Map<String, Origin> origins) {
    this.schema = schema;
    this.header = List.copyOf(header);
    Map<String, List<Integer>> c = new LinkedHashMap<>();
    columns.forEach((k, v) -> c.put(k, List.copyOf(v)));
    this.columns = Collections.unmodifiableMap(c);
    this.origins = Collections.unmodifiableMap(new LinkedHashMap<>(origins));
  }

  /** The file's header, as written. */
  public List<String> header() {
    return header;
  }

  /** Whether {@code field} has at least one column. */
  public boolean has(String field) {
    List<Integer> c = columns.get(field);
    return c != null && !c.isEmpty();
  }

  /** The header names of the columns that fill {@code field}; empty when none. */
  public List<String> columnsOf(String field) {
    List<String> out = new ArrayList<>();
    columns.getOrDefault(field, List.of()).forEach(i -> out.add(header.get(i)));
    return out;
  }

  /**
   * The value of {@code field} in {@code row}: null when the field has no column; otherwise the
   * stripped value of its one column, or its non-blank columns joined (a text field puts each under
   * its header as a heading line, {@code "Minimum Qualifications:"}; another field joins with
   * {@code ", "}). Cells missing from a short row are empty.
   */
  public String get(List<String> row, String field) {
    List<Integer> idx = columns.get(field);
    if (idx == null || idx.isEmpty()) {
      return null;
    }
    if (idx.size() == 1) {
      return cell(row, idx.get(0)).strip();
    }
    boolean text = schema.field(field).map(CsvField::text).orElse(false);
    List<String> parts = new ArrayList<>();
    for (int i : idx) {
      String v = cell(row, i).strip();
      if (!v.isEmpty()) {
        parts.add(text ? header.get(i).strip() + ":\n" + v : v);
      }
    }
    return String.join(text ? "\n\n" : ", ", parts);
  }

  /**
   * The stripped, non-blank values of {@code field}'s columns in {@code row}, in column order,
   * without headings; empty when the field has no column or every cell is blank.
   */
  public List<String> values(List<String> row, String field) {
    List<String> out = new ArrayList<>();
    for (int i : columns.getOrDefault(field, List.of())) {
      String v = cell(row, i).strip();
      if (!v.isEmpty()) {
        out.add(v);
      }
    }
    return out;
  }

  private static String cell(List<String> row, int i) {
    return i < row.size() && row.get(i) != null ? row.get(i) : "";
  }

  /** Header columns that no field reads, in file order. */
  public List<String> unused() {
    Set<Integer> used = new HashSet<>();
    columns.values().forEach(used::addAll);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < header.size(); i++) {
      if (!used.contains(i)) {
        out.add(header.get(i));
      }
    }
    return out;
  }

  /**
   * The mapping in effect, one entry per field of the schema, as {@code --columns} would take it:
   * {@code title="Job Title"} (named or recognised), {@code id=} when the file has no column for it.
   */
  public String spec() {
    List<String> parts = new ArrayList<>();
    for (CsvField f : schema.fields()) {
      List<String> labels = new ArrayList<>();
      columnsOf(f.name()).forEach(h -> labels.add(columnLabel(h)));
      parts.add(f.name() + "=" + String.join("+", labels));
    }
    return String.join(",", parts);
  }

  /**
   * One line per field for people: {@code title <- "Title" (recognised)}, {@code id <- (no column)};
   * then the unused columns.
   */
  public List<String> describe() {
    List<String> out = new ArrayList<>();
    for (CsvField f : schema.fields()) {
      List<String> cols = columnsOf(f.name());
      if (cols.isEmpty()) {
        out.add(f.name() + " <- (no column)");
      } else {
        out.add(f.name() + " <- " + ColumnMapping.quoted(cols).replace(", ", " + ") + " ("
            + (origins.get(f.name()) == Origin.NAMED ? "named" : "recognised") + ")");
      }
    }
    List<String> unused = unused();
    if (!unused.isEmpty()) {
      out.add("unused: " + ColumnMapping.quoted(unused));
    }
    return out;
  }

  /** A column name as a mapping writes it: bare when it is plain, else in double quotes. */
  static String columnLabel(String name) {
    boolean plain = !name.isEmpty() && name.equals(name.strip());
    for (int i = 0; plain && i < name.length(); i++) {
      plain = "+,\"=\n\r".indexOf(name.charAt(i)) < 0 && name.charAt(i) != ' ';
    }
    return plain ? name : "\"" + name.replace("\"", "\"\"") + "\"";
  }
}
