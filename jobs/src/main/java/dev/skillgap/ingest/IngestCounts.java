package dev.skillgap.ingest;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The record counts of one source file after a week's deduplication, which must reconcile: {@code
 * read == accepted + duplicates + rejected}.
 *
 * @param source the file
 * @param read records read (see {@link IngestResult#read()})
 * @param accepted accepted and unique within the week
 * @param duplicates accepted but repeating an earlier posting of the week
 * @param rejected rejected, each with its reason
 * @param warned records that passed validation (kept or duplicate) with a flag that {@linkplain
 *     IngestFlag#warns() warns}: a derived id, a defaulted date, no title or no text
 */
public record IngestCounts(String source, int read, int accepted, int duplicates, int rejected, int warned)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  public IngestCounts {
    Objects.requireNonNull(source, "source");
  }

  /** Whether {@code read == accepted + duplicates + rejected}, with no count negative. */
  public boolean reconciles() {
    return accepted >= 0 && duplicates >= 0 && rejected >= 0 && read == accepted + duplicates + rejected;
  }

  /** Returns this when it reconciles, else throws naming the file and every count. */
  public IngestCounts check() {
    if (!reconciles()) {
      throw new IllegalStateException(source + ": counts do not reconcile: read " + read + " != accepted " + accepted
          + " + duplicates " + duplicates + " + rejected " + rejected);
    }
    return this;
  }

  /**
   * Counts each file of {@code results} against the week's {@code dedup} (made from the same
   * results' accepted postings), sorted by source, each {@linkplain #check() checked}.
   */
  public static List<IngestCounts> tally(Collection<IngestResult> results, DedupResult dedup) {
    List<FileTally> files = new ArrayList<>();
    results.forEach(r -> files.add(FileTally.of(r)));
    Map<String, Long> dupSources = new HashMap<>();
    dedup.duplicates().forEach(d -> dupSources.merge(d.posting().source(), 1L, Long::sum));
    return of(files, dupSources);
  }

  /**
   * Per-file counts from each file's tally and the number of duplicates each source file held,
   * sorted by source, each {@linkplain #check() checked}.
   *
   * @throws IllegalArgumentException when a source is tallied twice or a duplicate's source has no tally
   */
  public static List<IngestCounts> of(Collection<FileTally> files, Map<String, Long> duplicatesBySource) {
    Map<String, IngestCounts> bySource = new TreeMap<>();
    for (FileTally f : files) {
      int dup = Math.toIntExact(duplicatesBySource.getOrDefault(f.source(), 0L));
      IngestCounts c = new IngestCounts(f.source(), f.read(), f.accepted() - dup, dup, f.rejected(), f.warned());
      if (bySource.put(f.source(), c) != null) {
        throw new IllegalArgumentException("source given twice: " + f.source());
      }
    }
    for (String s : duplicatesBySource.keySet()) {
      if (!bySource.containsKey(s)) {
        throw new IllegalArgumentException("duplicates from a source with no result: " + s);
      }
    }
    List<IngestCounts> out = new ArrayList<>();
    for (IngestCounts c : bySource.values()) {
      out.add(c.check());
    }
    return out;
  }
}
