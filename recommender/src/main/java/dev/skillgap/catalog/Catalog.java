package dev.skillgap.catalog;

import dev.skillgap.io.CsvColumns;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Everything read from a set of catalogue files. Per file the counts reconcile: entries read =
 * credentials loaded + duplicates + rejects (see {@link #countsByFile()}). Warnings are about loaded
 * credentials, or about a whole file ({@link CatalogWarning#aboutFile()}).
 *
 * @param credentials the loaded credentials, in reading order (files in path order, entries in file order)
 * @param rejects entries that could not be loaded, with the reason
 * @param duplicates valid entries dropped because their id was already loaded
 * @param warnings oddities of loaded credentials (missing hours or cost, dropped alignments) and of files
 * @param readByFile entries read per file (every file read appears, in reading order)
 * @param csvColumns per CSV file whose header was read, the columns each field was read from (named
 *     by the user or recognised; {@link CsvColumns#describe()} says which)
 * @param linking whether the skills were linked in full, or only by exact URI and name (a dry run)
 */
public record Catalog(List<Credential> credentials, List<CatalogReject> rejects, List<CatalogDuplicate> duplicates,
    List<CatalogWarning> warnings, Map<String, Integer> readByFile, Map<String, CsvColumns> csvColumns,
    SkillLinking linking) {

  /** How far the skills of the credentials were linked. */
  public enum SkillLinking {
    /**
     * In full: alignments and tags linked by URI, exact name or the extractor, skills inferred where
     * none was claimed, and entries left without any skill rejected.
     */
    LINKED,
    /**
     * A dry run: only alignments and tags naming a concept by URI or exact name were linked. Nothing
     * was extracted or inferred, no entry was rejected for want of skills, and a credential's skills
     * may be fewer than a full read gives, or none.
     */
    EXACT_ONLY
  }

  public Catalog {
    credentials = List.copyOf(credentials);
    rejects = List.copyOf(rejects);
    duplicates = List.copyOf(duplicates);
    warnings = List.copyOf(warnings);
    readByFile = Collections.unmodifiableMap(new LinkedHashMap<>(readByFile));
    csvColumns = Collections.unmodifiableMap(new LinkedHashMap<>(csvColumns));
    java.util.Objects.requireNonNull(linking, "linking");
  }

  /**
   * The counts of one file.
   *
   * @param read entries read
   * @param loaded credentials loaded
   * @param duplicates valid entries dropped as duplicates
   * @param rejected entries rejected
   * @param warned loaded credentials with at least one warning
   * @param warnings warnings in all: on its loaded credentials, and on the file itself
   */
  public record FileCounts(int read, int loaded, int duplicates, int rejected, int warned, int warnings) {
    /** True when read = loaded + duplicates + rejected. */
    public boolean reconciles() {
      return read == loaded + duplicates + rejected;
    }
  }

  /**
   * How often one kind of warning or reject occurs.
   *
   * @param kind the kind
   * @param count how many of that kind
   * @param example the first of them, as {@code entry: message}
   */
  public record ReasonCount<K extends Enum<K>>(K kind, int count, String example) {}

  /** The counts of one file as they are tallied. */
  private static final class Tally {
    int read;
    int loaded;
    int duplicates;
    int rejected;
    int warnings;
    final Set<String> warned = new HashSet<>();

    FileCounts counts() {
      return new FileCounts(read, loaded, duplicates, rejected, warned.size(), warnings);
    }
  }

  /** Returns the counts of every file read, in reading order. */
  public Map<String, FileCounts> countsByFile() {
    Map<String, Tally> t = new LinkedHashMap<>();
    readByFile.forEach((f, n) -> t.computeIfAbsent(f, k -> new Tally()).read = n);
    credentials.forEach(x -> t.computeIfAbsent(x.source(), k -> new Tally()).loaded++);
    duplicates.forEach(x -> t.computeIfAbsent(x.file(), k -> new Tally()).duplicates++);
    rejects.forEach(x -> t.computeIfAbsent(x.file(), k -> new Tally()).rejected++);
    for (CatalogWarning w : warnings) {
      Tally c = t.computeIfAbsent(w.file(), k -> new Tally());
      c.warnings++;
      if (!w.aboutFile()) {
        c.warned.add(w.entry());
      }
    }
    Map<String, FileCounts> out = new LinkedHashMap<>();
    t.forEach((f, c) -> out.put(f, c.counts()));
    return Collections.unmodifiableMap(out);
  }

  /** True when every file's counts reconcile. */
  public boolean reconciles() {
    return countsByFile().values().stream().allMatch(FileCounts::reconciles);
  }

  /**
   * The {@code n} most frequent kinds of warning in {@code file} (every file when null), most
   * frequent first, ties in the order of the kinds.
   */
  public List<ReasonCount<CatalogWarning.Kind>> topWarnings(String file, int n) {
    return top(warnings, CatalogWarning::file, CatalogWarning::kind, w -> w.entry() + ": " + w.message(), file, n);
  }

  /**
   * The {@code n} most frequent kinds of reject in {@code file} (every file when null), most frequent
   * first, ties in the order of the kinds.
   */
  public List<ReasonCount<CatalogReject.Kind>> topRejects(String file, int n) {
    return top(rejects, CatalogReject::file, CatalogReject::kind, r -> r.entry() + ": " + r.reason(), file, n);
  }

  private static <T, K extends Enum<K>> List<ReasonCount<K>> top(List<T> items, Function<T, String> fileOf,
      Function<T, K> kindOf, Function<T, String> describe, String file, int n) {
    Map<K, Integer> counts = new LinkedHashMap<>();
    Map<K, String> examples = new LinkedHashMap<>();
    for (T x : items) {
      if (file == null || file.equals(fileOf.apply(x))) {
        counts.merge(kindOf.apply(x), 1, Integer::sum);
        examples.putIfAbsent(kindOf.apply(x), describe.apply(x));
      }
    }
    List<ReasonCount<K>> out = new ArrayList<>();
    counts.forEach((k, c) -> out.add(new ReasonCount<>(k, c, examples.get(k))));
    out.sort(Comparator.comparingInt((ReasonCount<K> r) -> -r.count()).thenComparing(r -> r.kind().ordinal()));
    return List.copyOf(out.subList(0, Math.min(n, out.size())));
  }

  /** Returns the loaded credential with this id. */
  public Optional<Credential> find(String id) {
    return credentials.stream().filter(c -> c.id().equals(id)).findFirst();
  }
}
