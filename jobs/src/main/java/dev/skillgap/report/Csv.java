package dev.skillgap.report;

import java.util.List;
import java.util.Locale;

/** RFC 4180 CSV for spreadsheets, with cells defused against formula injection. */
public final class Csv {

  private Csv() {}

  /**
   * The table as CSV: a header line then one line per row, CRLF line ends, UTF-8 text without BOM.
   * A cell is quoted when it holds a comma, a double quote, CR or LF (quotes doubled). A text cell
   * that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or CR gets a leading
   * {@code '} so that no spreadsheet reads it as a formula; numbers are written as numbers
   * ({@code -0.25} stays a number). Null is the empty cell.
   */
  public static String write(Table t) {
    StringBuilder b = new StringBuilder();
    line(b, List.copyOf(t.columns()));
    for (List<Object> r : t.rows()) {
      line(b, r);
    }
    return b.toString();
  }

  private static void line(StringBuilder b, List<?> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        b.append(',');
      }
      b.append(cell(cells.get(i)));
    }
    b.append("\r\n");
  }

  /** One cell, defused and quoted as {@link #write} says. */
  public static String cell(Object v) {
    if (v == null) {
      return "";
    }
    String s;
    if (v instanceof Double d) {
      s = number(d);
    } else if (v instanceof Number || v instanceof Boolean) {
      s = v.toString();
    } else {
      s = defuse(v.toString());
    }
    return quote(s);
  }

  /** A double as the report writes it: at most 4 decimals, no exponent, no trailing zeros. */
  public static String number(double d) {
    if (Double.isNaN(d) || Double.isInfinite(d)) {
      return "";
    }
    String s = String.format(Locale.ROOT, "%.4f", d);
    s = s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
    return s.equals("-0") ? "0" : s;
  }

  static String defuse(String s) {
    if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
      return "'" + s;
    }
    return s;
  }

  private static String quote(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ',' || c == '"' || c == '\r' || c == '\n') {
        return '"' + s.replace("\"", "\"\"") + '"';
      }
    }
    return s;
  }
}
