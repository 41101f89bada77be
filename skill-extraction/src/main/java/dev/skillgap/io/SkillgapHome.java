package dev.skillgap.io;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The skillgap installation folder, where {@code data-samples/} lives: the system property
 * {@code skillgap.home} (set by {@code bin/skillgap} and by the build's tests), else the
 * environment variable {@code SKILLGAP_HOME}, else the working directory. When that folder has no
 * {@code data-samples/} but a parent does (a module folder of the source tree), the parent is used.
 */
public final class SkillgapHome {

  private SkillgapHome() {}

  public static Path dir() {
    String p = System.getProperty("skillgap.home");
    if (p == null || p.isBlank()) {
      p = System.getenv("SKILLGAP_HOME");
    }
    Path start = (p == null || p.isBlank() ? Path.of("") : Path.of(p)).toAbsolutePath().normalize();
    for (Path d = start; d != null; d = d.getParent()) {
      if (Files.isDirectory(d.resolve("data-samples"))) {
        return d;
      }
    }
    return start;
  }

  /** {@code data-samples/} under the home folder. */
  public static Path dataSamples() {
    return dir().resolve("data-samples");
  }

  /**
   * The evaluation and training data beside the checkout, {@code ../shared/data} from the home
   * folder (dev/validation sets, SkillSpan); it is not part of the product and may be absent.
   */
  public static Path sharedData() {
    return dir().resolve("../shared/data").normalize();
  }

  /**
   * Real files as their publishers wrote them ({@code ../shared/data/real}: a job board's feed, a
   * careers CSV, course catalogues, CVs), licensed for evaluation only: tests read them from there
   * and skip, saying so, where the folder is absent.
   */
  public static Path realData() {
    return sharedData().resolve("real");
  }

  /** The default compiled taxonomy: {@code build/taxonomy.sgt} under the home folder. */
  public static Path defaultCompiledTaxonomy() {
    return dir().resolve("build").resolve("taxonomy.sgt");
  }

  /**
   * Where derived, rebuildable files go (label vector index, model unpacking): the system property
   * {@code skillgap.cache}, else the environment variable {@code SKILLGAP_CACHE}, else {@code
   * build/cache} under the home folder.
   */
  public static Path cacheDir() {
    String p = System.getProperty("skillgap.cache");
    if (p == null || p.isBlank()) {
      p = System.getenv("SKILLGAP_CACHE");
    }
    return p == null || p.isBlank() ? dir().resolve("build").resolve("cache") : Path.of(p).toAbsolutePath();
  }

  /** The default taxonomy sources: {@code data-samples/taxonomy}. */
  public static Path defaultTaxonomySources() {
    return dataSamples().resolve("taxonomy");
  }

  public static boolean hasDataSamples() {
    return Files.isDirectory(dataSamples());
  }

  /** Deletes {@code root} and everything under it, deepest first; nothing when it does not exist. */
  public static void deleteRecursively(Path root) throws java.io.IOException {
    if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (java.util.stream.Stream<Path> s = Files.walk(root)) {
      for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
