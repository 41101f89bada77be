package dev.skillgap.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

  @Test
  void textThatAFormulaCouldStartWithIsDefused() {
    assertEquals("'=1+2", Csv.cell("=1+2"));
    assertEquals("'+1", Csv.cell("+1"));
    assertEquals("'-1", Csv.cell("-1"), "text, even if it looks like a number");
    assertEquals("'@SUM(A1)", Csv.cell("@SUM(A1)"));
    assertEquals("'\tx", Csv.cell("\tx"));
    assertEquals("\"'\rx\"", Csv.cell("\rx"));
    assertEquals("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"", Csv.cell(ReportFixtures.FORMULA));
    assertEquals("a=b", Csv.cell("a=b"), "only a leading sign matters");
  }

  @Test
  void numbersStayNumbers() {
    assertEquals("-0.3", Csv.cell(-0.3));
    assertEquals("0.6667", Csv.cell(2 / 3.0));
    assertEquals("0", Csv.cell(-0.00001));
    assertEquals("20", Csv.cell(20.0));
    assertEquals("-4", Csv.cell(-4L));
    assertEquals("true", Csv.cell(true));
    assertEquals("", Csv.cell(null));
  }

  @Test
  void rfc4180QuotingRoundTrips() {
    List<String> values = List.of("plain", "a,b", "say \"hi\"", "two\nlines", "cr\r\nlf", "", ReportFixtures.LONG,
        ReportFixtures.SCRIPT, "naïve café \u2028");
    Table t = new Table("t", "t", List.of("v"), values.stream().map(v -> Arrays.<Object>asList(v)).toList());
    String csv = Csv.write(t);
    assertEquals("v", parse(csv).get(0).get(0));
    assertEquals(values, parse(csv).subList(1, values.size() + 1).stream().map(r -> r.get(0)).toList());
    assertTrue(csv.startsWith("v\r\nplain\r\n\"a,b\"\r\n\"say \"\"hi\"\"\"\r\n\"two\nlines\"\r\n"), csv.substring(0, 40));
  }

  /** A strict RFC 4180 reader, for the tests. */
  static List<List<String>> parse(String csv) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    int i = 0;
    boolean quoted = false;
    while (i < csv.length()) {
      char c = csv.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
          cell.append('"');
          i += 2;
          continue;
        }
        if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
        i++;
        continue;
      }
      if (c == '"') {
        if (cell.length() != 0) {
          throw new IllegalArgumentException("quote inside an unquoted cell at " + i);
        }
        quoted = true;
      } else if (c == ',') {
        row.add(cell.toString());
        cell.setLength(0);
      } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
        row.add(cell.toString());
        cell.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
        i++;
      } else if (c == '\r' || c == '\n') {
        throw new IllegalArgumentException("bare line break outside quotes at " + i);
      } else {
        cell.append(c);
      }
      i++;
    }
    if (quoted || cell.length() > 0 || !row.isEmpty()) {
      throw new IllegalArgumentException("unterminated last line");
    }
    return rows;
  }
}
