package dev.skillgap.io;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Streams RFC 4180 records from a reader: quoted fields may hold separators, quotes ({@code ""})
 * and line breaks. Each record remembers the physical line it started on, so that callers can
 * name the row of a bad record. A record beyond the {@link InputLimits} (more fields than {@link
 * InputLimits#maxCsvColumns()}, more characters than {@link InputLimits#maxRecordBytes()}) is read
 * to its end but not kept whole: it comes back cut, with {@link Row#limit()} saying why, for its
 * caller to reject. Not thread-safe.
 */
public final class CsvReader implements Closeable {

  /**
   * One parsed record: its fields and the 1-based line it started on.
   *
   * @param limit why the record was cut (too many fields, too long), or null when it is whole
   */
  public record Row(long line, List<String> fields, boolean unterminatedQuote, String limit) {
    /** A whole record. */
    public Row(long line, List<String> fields, boolean unterminatedQuote) {
      this(line, fields, unterminatedQuote, null);
    }

    /** Returns the field at {@code i}, or the empty string when the row is shorter. */
    public String get(int i) {
      return i < fields.size() ? fields.get(i) : "";
    }

    public int size() {
      return fields.size();
    }
  }

  private final Reader in;
  private final char separator;
  private final InputLimits limits;
  private final char[] buf = new char[1 << 16];
  private int pos;
  private int len;
  private long line = 1;
  private boolean eof;
  private int pushedBack = -1;

  /** A reader of {@code in} with {@link InputLimits#DEFAULTS}. */
  public CsvReader(Reader in, char separator) {
    this(in, separator, InputLimits.DEFAULTS);
  }

  /** A reader of {@code in} whose records are cut at {@code limits}. */
  public CsvReader(Reader in, char separator, InputLimits limits) {
    this.in = in;
    this.separator = separator;
    this.limits = limits;
  }

  public CsvReader(Reader in) {
    this(in, ',');
  }

  private int read() throws IOException {
    if (pushedBack >= 0) {
      int c = pushedBack;
      pushedBack = -1;
      return c;
    }
    if (pos == len) {
      if (eof) {
        return -1;
      }
      len = in.read(buf, 0, buf.length);
      pos = 0;
      if (len <= 0) {
        eof = true;
        len = 0;
        return -1;
      }
    }
    return buf[pos++];
  }

  /**
   * Returns the next record, or {@code null} at end of input. A record whose quote is never closed
   * runs to the end of input and is flagged {@link Row#unterminatedQuote()}.
   */
  public Row next() throws IOException {
    int c = read();
    if (c == -1) {
      return null;
    }
    long start = line;
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean fieldStart = true;
    long count = 0; // fields, kept or not
    long chars = 0;
    int maxFields = limits.maxCsvColumns();
    int maxChars = limits.maxRecordBytes();
    while (true) {
      if (c == -1) {
        count = addField(fields, field, count, maxFields);
        return row(start, fields, quoted, count, chars);
      }
      char ch = (char) c;
      if (++chars > maxChars) {
        chars = maxChars + 1L + skipRecordEnd(quoted);
        count = addField(fields, field, count, maxFields);
        return row(start, fields, false, count, chars);
      }
      if (quoted) {
        if (ch == '"') {
          int n = read();
          if (n == '"') {
            field.append('"');
            chars++;
          } else {
            quoted = false;
            pushedBack = n;
          }
        } else {
          if (ch == '\n') {
            line++;
          }
          field.append(ch);
        }
      } else if (ch == '"' && fieldStart) {
        quoted = true;
        fieldStart = false;
      } else if (ch == separator) {
        count = addField(fields, field, count, maxFields);
        field.setLength(0);
        fieldStart = true;
      } else if (ch == '\r' || ch == '\n') {
        if (ch == '\r') {
          int n = read();
          if (n != '\n') {
            pushedBack = n;
          }
        }
        line++;
        count = addField(fields, field, count, maxFields);
        return row(start, fields, false, count, chars);
      } else {
        field.append(ch);
        fieldStart = false;
      }
      c = read();
    }
  }

  private static long addField(List<String> fields, StringBuilder field, long count, int max) {
    if (count < max) {
      fields.add(field.toString());
    }
    return count + 1;
  }

  private Row row(long start, List<String> fields, boolean unterminated, long count, long chars) {
    String limit = chars > limits.maxRecordBytes() ? limits.recordTooLong("row", chars, "characters")
        : count > limits.maxCsvColumns() ? limits.tooManyColumns(count) : null;
    return new Row(start, fields, unterminated, limit);
  }

  /**
   * Reads to the end of a record that is too long, keeping nothing, and returns the characters
   * passed: to the next line end outside quotes (or the end of input).
   */
  private long skipRecordEnd(boolean quoted) throws IOException {
    long n = 0;
    for (int c = read(); c != -1; c = read()) {
      n++;
      if (c == '"') {
        quoted = !quoted;
      } else if (quoted && c == '\n') {
        line++;
      } else if (!quoted && (c == '\n' || c == '\r')) {
        line++;
        if (c == '\r') {
          int next = read();
          if (next != '\n') {
            pushedBack = next;
          }
        }
        return n;
      }
    }
    return n;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
