package dev.skillgap.ingest;

import java.io.Serializable;
import java.util.List;

/**
 * A week's accepted postings split into the first of each content hash and the rest, both in
 * {@link Deduplicator#ORDER}.
 *
 * @param unique one posting per content hash
 * @param duplicates every other posting, with the one it repeats
 */
public record DedupResult(List<Posting> unique, List<Duplicate> duplicates) implements Serializable {

  private static final long serialVersionUID = 1L;

  public DedupResult {
    unique = List.copyOf(unique);
    duplicates = List.copyOf(duplicates);
  }
}
