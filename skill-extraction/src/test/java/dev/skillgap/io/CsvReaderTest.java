package dev.skillgap.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

  @Test
  void quotedFieldsKeepSeparatorsQuotesAndNewlinesAndRowsKnowTheirStartLine() throws IOException {
    String csv = "id,text\r\n1,\"a, \"\"b\"\"\nsecond line\"\n2,plain\n\n3,\"never closed\nstill";
    try (CsvReader r = new CsvReader(new StringReader(csv))) {
      CsvReader.Row header = r.next();
      assertEquals(List.of("id", "text"), header.fields());
      assertEquals(1, header.line());
      CsvReader.Row one = r.next();
      assertEquals(List.of("1", "a, \"b\"\nsecond line"), one.fields());
      assertEquals(2, one.line());
      CsvReader.Row two = r.next();
      assertEquals(List.of("2", "plain"), two.fields());
      assertEquals(4, two.line());
      assertFalse(two.unterminatedQuote());
      CsvReader.Row blank = r.next();
      assertEquals(List.of(""), blank.fields());
      CsvReader.Row bad = r.next();
      assertEquals(6, bad.line());
      assertTrue(bad.unterminatedQuote());
      assertEquals("never closed\nstill", bad.get(1));
      assertNull(r.next());
    }
  }

  @Test
  void tabSeparatedAndShortRows() throws IOException {
    try (CsvReader r = new CsvReader(new StringReader("a\tb\tc\nx\ty\n"), '\t')) {
      r.next();
      CsvReader.Row row = r.next();
      assertEquals("y", row.get(1));
      assertEquals("", row.get(2));
      assertEquals(2, row.size());
    }
  }

  @Test
  void rowsBeyondTheLimitsComeBackCutWithTheReasonAndTheNextRowIsWhole() throws IOException {
    InputLimits limits = new InputLimits(1 << 20, 20, 64, 3);
    String csv = "a,b\n1,2,3,4,5\n2,\"" + "x".repeat(30) + "\ny\"\n3,ok\r\n4," + "z".repeat(25);
    try (CsvReader r = new CsvReader(new StringReader(csv), ',', limits)) {
      assertNull(r.next().limit());
      CsvReader.Row wide = r.next();
      assertEquals("5 fields, more than the 3 a CSV row may have", wide.limit());
      assertEquals(List.of("1", "2", "3"), wide.fields());
      CsvReader.Row tall = r.next();
      assertEquals("row of 37 characters, more than the 20 bytes one record may have", tall.limit());
      assertEquals(3, tall.line());
      CsvReader.Row next = r.next();
      assertEquals(List.of("3", "ok"), next.fields());
      assertEquals(5, next.line(), "the quoted line break of the long row still counts");
      assertNull(next.limit());
      assertEquals("row of 27 characters, more than the 20 bytes one record may have", r.next().limit());
      assertNull(r.next());
    }
  }
}
