package dev.skillgap.ingest;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Keeps the first posting of each content hash among a week's accepted postings and names every
 * other one as its duplicate; the result does not depend on the order the postings are given in.
 * "First" is {@link #ORDER}: earliest {@code datePosted}, then source path, then position in the
 * file, so that a repost (same ad, later date) is the duplicate and its original is kept, and
 * within one date the earlier file and record win. Stateless and serializable.
 */
public final class Deduplicator implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The order that decides which of equal postings is kept: date, source, position in the file. */
  public static final Comparator<Posting> ORDER = Comparator.comparing(Posting::datePosted)
      .thenComparing(Posting::source)
      .thenComparingLong(p -> entryOrdinal(p.entry()))
      .thenComparing(Posting::entry);

  /** Splits {@code accepted} (all files of one week) into unique postings and duplicates. */
  public DedupResult dedup(List<Posting> accepted) {
    Objects.requireNonNull(accepted, "accepted");
    List<Posting> sorted = new ArrayList<>(accepted);
    sorted.sort(ORDER);
    Map<String, Posting> kept = new HashMap<>();
    List<Posting> unique = new ArrayList<>();
    List<Duplicate> duplicates = new ArrayList<>();
    for (Posting p : sorted) {
      Posting first = kept.putIfAbsent(p.contentHash(), p);
      if (first == null) {
        unique.add(p);
      } else {
        duplicates.add(new Duplicate(p, first.postingId(), first.source()));
      }
    }
    return new DedupResult(unique, duplicates);
  }

  /**
   * The record's position in its file, from its entry: the first number in it ({@code line 12} is
   * 12, {@code row 5 (line 44)} is 5, {@code @graph[3]} is 3); 0 when there is none.
   */
  public static long entryOrdinal(String entry) {
    int i = 0;
    int n = entry.length();
    while (i < n && !Character.isDigit(entry.charAt(i))) {
      i++;
    }
    long v = 0;
    for (; i < n && Character.isDigit(entry.charAt(i)) && v < Long.MAX_VALUE / 10; i++) {
      v = v * 10 + (entry.charAt(i) - '0');
    }
    return v;
  }
}
