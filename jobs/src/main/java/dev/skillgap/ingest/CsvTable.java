package dev.skillgap.ingest;

import dev.skillgap.io.BoundedInput;
import dev.skillgap.io.CsvReader;
import dev.skillgap.io.InputLimits;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A CSV file read with {@link CsvReader}: the header as written and every data row with its place,
 * its raw text and the problem that makes it unreadable (unterminated quote, invalid UTF-8, wrong
 * field count, beyond a size limit), if any. Blank lines are skipped and not counted; a line that was
 * cut out for being too long ({@link BoundedInput.LongLine}) is a row, rejected.
 */
record CsvTable(List<String> header, List<Row> rows) {

  /** One data row: 1-based row number, the physical line it starts on, and its fields. */
  record Row(int row, long line, List<String> fields, String raw, String problem) {
    String entry() {
      return "row " + row + " (line " + line + ")";
    }
  }

  /** Reads {@code d} with {@code delimiter} and the default limits, no line cut out. */
  static CsvTable read(Utf8.Decoded d, char delimiter) throws RecordRejected {
    return read(d, delimiter, InputLimits.DEFAULTS, List.of(), l -> "line too long");
  }

  /**
   * Reads {@code d} with {@code delimiter} within {@code limits}; {@code longLines} were cut out of
   * it as it was read, and {@code why} gives the reason such a line is rejected. A file whose header
   * cannot be read is rejected as a whole.
   */
  static CsvTable read(Utf8.Decoded d, char delimiter, InputLimits limits, List<BoundedInput.LongLine> longLines,
      java.util.function.Function<BoundedInput.LongLine, String> why) throws RecordRejected {
    String text = d.text();
    List<CsvReader.Row> parsed = new ArrayList<>();
    try (CsvReader r = new CsvReader(new StringReader(text), delimiter, limits)) {
      for (CsvReader.Row row = r.next(); row != null; row = r.next()) {
        boolean blank = row.size() == 1 && row.get(0).isEmpty() && !row.unterminatedQuote() && row.limit() == null;
        if (!blank || cut(longLines, row.line(), row.line()) != null) {
          parsed.add(row);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringReader does not fail
    }
    if (parsed.isEmpty()) {
      return new CsvTable(List.of(), List.of());
    }
    int[] lineStart = lineStarts(text);
    CsvReader.Row head = parsed.get(0);
    BoundedInput.LongLine headCut = cut(longLines, 1, head.line());
    if (headCut != null) {
      throw new RecordRejected("header (line " + headCut.line() + "): " + why.apply(headCut));
    }
    if (head.limit() != null) {
      throw new RecordRejected("header (line " + head.line() + "): " + head.limit());
    }
    if (head.unterminatedQuote()) {
      throw new RecordRejected("header (line 1) opens a quote that never closes");
    }
    long headEnd = parsed.size() > 1 ? parsed.get(1).line() - 1 : lineStart.length - 1;
    Utf8.Bad headBad = d.firstOnLines(head.line(), headEnd);
    if (headBad != null) {
      throw new RecordRejected("header " + headBad.describe());
    }
    List<String> header = new ArrayList<>();
    for (String h : head.fields()) {
      header.add(h.strip());
    }
    List<Row> rows = new ArrayList<>();
    for (int i = 1; i < parsed.size(); i++) {
      CsvReader.Row row = parsed.get(i);
      long endLine = i + 1 < parsed.size() ? parsed.get(i + 1).line() - 1 : lineStart.length - 1;
      String raw = slice(text, lineStart, row.line(), endLine);
      String problem = null;
      Utf8.Bad bad = d.firstOnLines(row.line(), endLine);
      BoundedInput.LongLine longLine = cut(longLines, row.line(), endLine);
      if (longLine != null) {
        problem = why.apply(longLine) + (longLine.line() == row.line() ? "" : " (line " + longLine.line() + ")");
        raw = longLine.line() == row.line() ? longLine.start() : raw;
      } else if (row.limit() != null) {
        problem = row.limit();
      } else if (row.unterminatedQuote()) {
        problem = "unterminated quoted field: a quote opened in this row never closes, so the row runs to the end"
            + " of the file (line " + endLine + ")";
      } else if (bad != null) {
        problem = bad.describe();
      } else if (row.size() != header.size()) {
        problem = "row has " + row.size() + " fields, header has " + header.size();
      }
      rows.add(new Row(i, row.line(), row.fields(), raw, problem));
    }
    return new CsvTable(List.copyOf(header), List.copyOf(rows));
  }

  /** The first line of {@code cut} in {@code [from, to]}, or null. */
  private static BoundedInput.LongLine cut(List<BoundedInput.LongLine> cut, long from, long to) {
    for (BoundedInput.LongLine l : cut) {
      if (l.line() >= from && l.line() <= to) {
        return l;
      }
    }
    return null;
  }

  /** Char offset where each 1-based line starts; index 0 unused, length is lines + 1. */
  private static int[] lineStarts(String text) {
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    starts.add(0);
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n' && i + 1 < text.length()) {
        starts.add(i + 1);
      }
    }
    return starts.stream().mapToInt(Integer::intValue).toArray();
  }

  private static String slice(String text, int[] lineStart, long fromLine, long toLine) {
    int from = lineStart[(int) Math.min(fromLine, lineStart.length - 1)];
    int to = toLine + 1 < lineStart.length ? lineStart[(int) (toLine + 1)] : text.length();
    String s = text.substring(from, Math.max(from, Math.min(to, from + IngestReject.EXCERPT_CHARS + 2)));
    return s.stripTrailing();
  }
}
