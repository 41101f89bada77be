package dev.skillgap.io;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Streams RFC 4180 records from a reader: quoted fields may hold separators, quotes ({@code ""})
 * and line breaks. Each record remembers the physical line it started on, so that callers can
 * name the row of a bad record. Not thread-safe.
 */
public final class CsvReader implements Closeable {

  /** One parsed record: its fields and the 1-based line it started on. */
  public record Row(long line, List<String> fields, boolean unterminatedQuote) {
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
  private final char[] buf = new char[1 << 16];
  private int pos;
  private int len;
  private long line = 1;
  private boolean eof;
  private int pushedBack = -1;

  public CsvReader(Reader in, char separator) {
    this.in = in;
    this.separator = separator;
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
    while (true) {
      if (c == -1) {
        fields.add(field.toString());
        return new Row(start, fields, quoted);
      }
      char ch = (char) c;
      if (quoted) {
        if (ch == '"') {
          int n = read();
          if (n == '"') {
            field.append('"');
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
        fields.add(field.toString());
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
        fields.add(field.toString());
        return new Row(start, fields, false);
      } else {
        field.append(ch);
        fieldStart = false;
      }
      c = read();
    }
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
