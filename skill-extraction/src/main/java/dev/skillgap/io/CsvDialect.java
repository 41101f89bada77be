package dev.skillgap.io;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;

/**
 * Guesses how a CSV file is written, as spreadsheet exports differ: the delimiter is the one of
 * comma, semicolon, tab and bar that splits the header into several fields and the records that
 * follow into as many. Stateless.
 */
public final class CsvDialect {

  /** Candidates in order of preference when two fit equally well. */
  static final char[] DELIMITERS = {',', ';', '\t', '|'};
  /** Records looked at; exports put quoted multi-line text in few of the first rows. */
  static final int SAMPLE_RECORDS = 50;
  /** Characters looked at, so that sniffing a large file costs nothing. */
  static final int SAMPLE_CHARS = 256 * 1024;

  private CsvDialect() {}

  /**
   * The delimiter of {@code text}: the candidate whose header has more than one field and whose
   * sampled records most often have the header's field count; a comma when none splits the header.
   */
  public static char delimiter(String text) {
    String sample = text.length() <= SAMPLE_CHARS ? text : text.substring(0, SAMPLE_CHARS);
    boolean cut = sample.length() < text.length();
    char best = ',';
    double bestScore = -1;
    for (char d : DELIMITERS) {
      double score = score(sample, d, cut);
      if (score > bestScore) {
        best = d;
        bestScore = score;
      }
    }
    return bestScore <= 0 ? ',' : best;
  }

  /** 0 when {@code d} does not split the header; else the share of records matching it, plus a little per column. */
  private static double score(String sample, char d, boolean cut) {
    try (CsvReader r = new CsvReader(new StringReader(sample), d)) {
      CsvReader.Row head = r.next();
      while (head != null && head.size() == 1 && head.get(0).isBlank()) {
        head = r.next();
      }
      if (head == null || head.size() < 2) {
        return 0;
      }
      int records = 0;
      int matching = 0;
      for (CsvReader.Row row = r.next(); row != null && records < SAMPLE_RECORDS; row = r.next()) {
        if (row.size() == 1 && row.get(0).isBlank()) {
          continue;
        }
        if (cut && row.unterminatedQuote()) {
          break; // the sample ends inside this record
        }
        records++;
        if (row.size() == head.size()) {
          matching++;
        }
      }
      double share = records == 0 ? 1 : (double) matching / records;
      // a header alone (or a perfect tie) prefers the delimiter that gives more columns
      return share + Math.min(head.size(), 100) / 1000.0;
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringReader does not fail
    }
  }
}
