package dev.skillgap.io;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.Serializable;
import java.util.Locale;

/**
 * The size limits every reader of users' files obeys (postings, roles, uploads, learners, CVs,
 * catalogues), so that a hostile or broken file is rejected with its reason instead of filling the
 * heap or running for ever. {@link #DEFAULTS} holds the numbers a run uses; each is explained at its
 * constant. Tests may lower them. Immutable and serializable, so Spark closures can carry them.
 *
 * <p>There is no limit on the number of records: a file's records cannot outgrow its bytes, which
 * {@link #maxFileBytes} bounds.
 *
 * @param maxFileBytes the most one file may hold once gunzipped; reading stops there and the whole file is rejected
 * @param maxRecordBytes the longest record: a line of JSON Lines or CSV, a CSV row, an item of a JSON document, a
 *     role description, a CV file
 * @param maxJsonDepth the deepest a JSON value may nest (objects and arrays)
 * @param maxCsvColumns the most fields a CSV header or row may have
 */
public record InputLimits(long maxFileBytes, int maxRecordBytes, int maxJsonDepth, int maxCsvColumns)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  /**
   * 64 MiB once gunzipped. The readers hold a whole file in memory while they parse it (its bytes,
   * its decoded text and its parsed records): a 63 MB JSON Lines file of 20,000 sample postings
   * peaked at 490 MB of heap above the baseline while parsed (serial GC, garbage included; 2026-12-07)
   * and kept 80 MB of postings. A run parses one file per core, so at this limit two cores stay near
   * 1 GB of the 4 GB default heap, whatever the files. It is three times the largest real feed we know
   * (the NHS crawl in {@code shared/data/real}, 21 MB, 5,000 postings) and about 85 times a generated
   * drop file (250 postings, 750 KB); a bigger feed is split into files, which Spark parses in
   * parallel anyway. A gzip bomb (1 GB of zeros in 1 MB) stops here after 64 MiB.
   */
  public static final long MAX_FILE_BYTES = 64L << 20;

  /**
   * 1 MiB. The extractor analyses the first 100,000 characters of a text ({@code
   * TextAnalyzer.MAX_CHARS}), so a longer record cannot be read in full anyway; the longest line in
   * the real files is 11 KB (an NHS posting), the longest CSV record 15 KB (a CV). A line beyond
   * this is never held whole: reading skips to its end.
   */
  public static final int MAX_RECORD_BYTES = 1 << 20;

  /**
   * 64 levels. Real postings nest 3 deep (the NHS feed), JSON-LD catalogue entries 6; parsing and
   * walking a JSON tree costs stack per level, and Jackson's own default (500) would still let a
   * 100,000-deep document reach code that recurses.
   */
  public static final int MAX_JSON_DEPTH = 64;

  /**
   * 1,024 fields. The widest real CSV has 16 columns (edX courses) and no schema we read has more than
   * 15 fields; each field of each row is an object on the heap, so a row of a million empty fields
   * (a 1 MB line) would cost about 40 MB.
   */
  public static final int MAX_CSV_COLUMNS = 1024;

  /** The limits of every run. */
  public static final InputLimits DEFAULTS = new InputLimits(MAX_FILE_BYTES, MAX_RECORD_BYTES, MAX_JSON_DEPTH,
      MAX_CSV_COLUMNS);

  public InputLimits {
    if (maxFileBytes < 1 || maxRecordBytes < 1 || maxJsonDepth < 1 || maxCsvColumns < 1) {
      throw new IllegalArgumentException("input limits must be positive: " + maxFileBytes + ", " + maxRecordBytes
          + ", " + maxJsonDepth + ", " + maxCsvColumns);
    }
  }

  /** Jackson's read constraints for these limits: nesting depth, and no string or document beyond a file. */
  public StreamReadConstraints jsonConstraints() {
    return StreamReadConstraints.builder()
        .maxNestingDepth(maxJsonDepth)
        .maxDocumentLength(maxFileBytes)
        .maxStringLength((int) Math.min(Integer.MAX_VALUE, maxFileBytes))
        .build();
  }

  /** The reason a whole file is rejected: more than {@link #maxFileBytes} once unpacked. */
  public String fileTooLarge(boolean gzipped) {
    return "more than " + bytes(maxFileBytes) + (gzipped ? " once gunzipped" : "")
        + ", the most one input file may hold" + (gzipped ? " (a gzip bomb?)" : "") + "; split it into smaller files";
  }

  /**
   * The reason a record is rejected: {@code what} ({@code line}, {@code row}, {@code item}) of
   * {@code size} bytes or characters, more than {@link #maxRecordBytes}.
   */
  public String recordTooLong(String what, long size, String unit) {
    return String.format(Locale.ROOT, "%s of %,d %s, more than the %s one record may have", what, size, unit,
        bytes(maxRecordBytes));
  }

  /** The reason a CSV header or row is rejected: {@code fields} fields, more than {@link #maxCsvColumns}. */
  public String tooManyColumns(long fields) {
    return String.format(Locale.ROOT, "%,d fields, more than the %,d a CSV row may have", fields, maxCsvColumns);
  }

  /** The reason for a Jackson limit error: nesting deeper than {@link #maxJsonDepth}, or the parser's own words. */
  public String jsonLimit(StreamConstraintsException e) {
    String msg = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
    if (msg.toLowerCase(Locale.ROOT).contains("nesting depth")) {
      return "JSON nested more than " + maxJsonDepth + " levels deep, the most a record may nest";
    }
    int cut = msg.indexOf(" (from `");
    return "JSON beyond a size limit: " + (cut > 0 ? msg.substring(0, cut) : msg);
  }

  /** {@code n} bytes for people: {@code 64 MiB (67,108,864 bytes)}, or just the bytes when not whole MiB or KiB. */
  public static String bytes(long n) {
    String exact = String.format(Locale.ROOT, "%,d bytes", n);
    if (n >= 1 << 20 && n % (1 << 20) == 0) {
      return (n >> 20) + " MiB (" + exact + ")";
    }
    if (n >= 1 << 10 && n % (1 << 10) == 0) {
      return (n >> 10) + " KiB (" + exact + ")";
    }
    return exact;
  }
}
