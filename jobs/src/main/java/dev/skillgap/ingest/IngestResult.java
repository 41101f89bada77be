package dev.skillgap.ingest;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * What one file gave: its accepted postings and its rejected records, in file order, with {@code
 * read == accepted.size() + rejects.size()} (duplicates are decided later, across a week's files).
 *
 * @param source the file, as the caller named it
 * @param accepted the records that passed validation
 * @param rejects the records that did not, each with its reason
 * @param read the records read: CSV data rows, non-blank JSONL lines, JSON-LD items, Parquet rows,
 *     or 1 when the whole file is rejected
 * @param notes how the file was read, for people: its format, encoding when not UTF-8, delimiter
 *     and column mapping of a CSV
 */
public record IngestResult(String source, List<Posting> accepted, List<IngestReject> rejects, int read,
    List<String> notes) implements Serializable {

  private static final long serialVersionUID = 1L;

  public IngestResult {
    Objects.requireNonNull(source, "source");
    accepted = List.copyOf(accepted);
    rejects = List.copyOf(rejects);
    notes = List.copyOf(notes);
    if (read != accepted.size() + rejects.size()) {
      throw new IllegalArgumentException(source + ": read " + read + " != accepted " + accepted.size()
          + " + rejected " + rejects.size());
    }
  }

  /** A result without notes. */
  public IngestResult(String source, List<Posting> accepted, List<IngestReject> rejects, int read) {
    this(source, accepted, rejects, read, List.of());
  }

  /** How many accepted records {@linkplain Posting#warned() are warned}. */
  public int warned() {
    return (int) accepted.stream().filter(Posting::warned).count();
  }

  /** A result for a file that could not be read at all ({@code reason}): one record read, one reject. */
  public static IngestResult unreadable(String source, String format, String reason) {
    return wholeFile(source, format, reason, "");
  }

  /** A result for a file rejected as a whole: one record read, one reject. */
  static IngestResult wholeFile(String source, String format, String reason, String excerpt) {
    return new IngestResult(source, List.of(), List.of(new IngestReject(source, "file", format, reason, excerpt)), 1);
  }
}
