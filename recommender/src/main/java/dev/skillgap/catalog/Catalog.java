package dev.skillgap.catalog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything read from a set of catalogue files. Per file the counts reconcile: entries read =
 * credentials loaded + duplicates + rejects (see {@link #countsByFile()}). Warnings are about loaded
 * credentials only.
 *
 * @param credentials the loaded credentials, in reading order (files in path order, entries in file order)
 * @param rejects entries that could not be loaded, with the reason
 * @param duplicates valid entries dropped because their id was already loaded
 * @param warnings oddities of loaded credentials (missing hours or cost, dropped alignments)
 * @param readByFile entries read per file (every file read appears, in reading order)
 */
public record Catalog(List<Credential> credentials, List<CatalogReject> rejects, List<CatalogDuplicate> duplicates,
    List<CatalogWarning> warnings, Map<String, Integer> readByFile) {

  public Catalog {
    credentials = List.copyOf(credentials);
    rejects = List.copyOf(rejects);
    duplicates = List.copyOf(duplicates);
    warnings = List.copyOf(warnings);
    readByFile = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(readByFile));
  }

  /**
   * The counts of one file.
   *
   * @param read entries read
   * @param loaded credentials loaded
   * @param duplicates valid entries dropped as duplicates
   * @param rejected entries rejected
   * @param warnings warnings on its loaded credentials
   */
  public record FileCounts(int read, int loaded, int duplicates, int rejected, int warnings) {
    /** True when read = loaded + duplicates + rejected. */
    public boolean reconciles() {
      return read == loaded + duplicates + rejected;
    }
  }

  /** Returns the counts of every file read, in reading order. */
  public Map<String, FileCounts> countsByFile() {
    Map<String, int[]> c = new LinkedHashMap<>();
    readByFile.forEach((f, n) -> c.put(f, new int[] {n, 0, 0, 0, 0}));
    credentials.forEach(x -> c.computeIfAbsent(x.source(), k -> new int[5])[1]++);
    duplicates.forEach(x -> c.computeIfAbsent(x.file(), k -> new int[5])[2]++);
    rejects.forEach(x -> c.computeIfAbsent(x.file(), k -> new int[5])[3]++);
    warnings.forEach(x -> c.computeIfAbsent(x.file(), k -> new int[5])[4]++);
    Map<String, FileCounts> out = new LinkedHashMap<>();
    c.forEach((f, a) -> out.put(f, new FileCounts(a[0], a[1], a[2], a[3], a[4])));
    return java.util.Collections.unmodifiableMap(out);
  }

  /** True when every file's counts reconcile. */
  public boolean reconciles() {
    return countsByFile().values().stream().allMatch(FileCounts::reconciles);
  }

  /** Returns the loaded credential with this id. */
  public Optional<Credential> find(String id) {
    return credentials.stream().filter(c -> c.id().equals(id)).findFirst();
  }
}
