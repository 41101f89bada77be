package dev.skillgap.ingest;

import java.io.Serializable;
import java.util.List;

/**
 * One file's parse result without its records: what a driver needs to count and describe it.
 *
 * @param source the file
 * @param read records read
 * @param accepted records that passed validation (duplicates not yet decided)
 * @param rejected records rejected
 * @param warned accepted records with a flag that {@linkplain IngestFlag#warns() warns}
 * @param notes how the file was read ({@link IngestResult#notes()})
 */
public record FileTally(String source, int read, int accepted, int rejected, int warned, List<String> notes)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  public FileTally {
    notes = List.copyOf(notes);
  }

  /** The tally of {@code r}. */
  public static FileTally of(IngestResult r) {
    return new FileTally(r.source(), r.read(), r.accepted().size(), r.rejects().size(), r.warned(), r.notes());
  }
}
