package dev.skillgap.io;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a CSV or TSV file with a header row and hands each record to a callback that looks
 * fields up by column name. Missing required columns fail at once, naming the file.
 */
public final class HeaderedCsv {

  /** One record, with access by column name. */
  public static final class Record {
    private final Map<String, Integer> columns;
    private final CsvReader.Row row;
    private final Path file;

    Record(Path file, Map<String, Integer> columns, CsvReader.Row row) {
      this.file = file;
      this.columns = columns;
      this.row = row;
    }

    /** The value of column {@code name}; empty when the row is short. */
    public String get(String name) {
      Integer i = columns.get(name);
      if (i == null) {
        throw new IllegalArgumentException(file + ": no column '" + name + "'");
      }
      return row.get(i);
    }

    public long line() {
      return row.line();
    }

    public CsvReader.Row row() {
      return row;
    }
  }

  /** Receives records; may throw to abort. */
  @FunctionalInterface
  public interface Visitor {
    void accept(Record r) throws IOException;
  }

  private HeaderedCsv() {}

  /** Streams every record of {@code file} (gzip allowed) to {@code visitor}, checking {@code required} columns first. */
  public static void read(Path file, char separator, List<String> required, Visitor visitor) throws IOException {
    try (Reader r = TextFiles.openUtf8(file); CsvReader csv = new CsvReader(r, separator)) {
      CsvReader.Row header = csv.next();
      if (header == null) {
        throw new IOException(file + ": empty file, expected a header row");
      }
      if (header.limit() != null) {
        throw new IOException(file + ": line 1 (header): " + header.limit());
      }
      Map<String, Integer> columns = new HashMap<>();
      for (int i = 0; i < header.size(); i++) {
        columns.putIfAbsent(header.get(i).trim(), i);
      }
      for (String c : required) {
        if (!columns.containsKey(c)) {
          throw new IOException(file + ": line 1: missing column '" + c + "' (header has " + header.fields() + ")");
        }
      }
      CsvReader.Row row;
      while ((row = csv.next()) != null) {
        if (row.size() == 1 && row.get(0).isEmpty() && row.limit() == null) {
          continue;
        }
        if (row.limit() != null) {
          throw new IOException(file + ": line " + row.line() + ": " + row.limit());
        }
        visitor.accept(new Record(file, columns, row));
      }
    }
  }
}
