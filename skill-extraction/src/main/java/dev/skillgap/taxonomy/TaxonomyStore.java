package dev.skillgap.taxonomy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/** Opens the compiled taxonomy, compiling it from the sources first when it is missing or stale. */
public final class TaxonomyStore {

  private TaxonomyStore() {}

  /**
   * Returns the taxonomy compiled at {@code compiled}. When that file is missing, or older than a
   * source file, or of another format version, it is rebuilt from {@code sources} and written
   * first; {@code log} hears about it.
   */
  public static Taxonomy open(Path compiled, TaxonomySources sources, Consumer<String> log) throws IOException {
    if (Files.isRegularFile(compiled) && !staler(compiled, sources)) {
      try {
        return TaxonomyCodec.read(compiled);
      } catch (IOException e) {
        if (!Files.isDirectory(sources.escoDir())) {
          throw e;
        }
        log.accept(e.getMessage() + "; rebuilding");
      }
    }
    if (!Files.isDirectory(sources.escoDir())) {
      throw new java.nio.file.NoSuchFileException(compiled.toString(), null,
          "no compiled taxonomy, and no sources to build it from at " + sources.escoDir());
    }
    log.accept("compiling taxonomy from " + sources.escoDir().getParent() + " to " + compiled);
    Taxonomy t = new TaxonomyBuilder(sources).build();
    TaxonomyCodec.write(t, compiled);
    return t;
  }

  private static boolean staler(Path compiled, TaxonomySources sources) throws IOException {
    long built = Files.getLastModifiedTime(compiled).toMillis();
    for (Path dir : new Path[] {sources.escoDir(), sources.onetDir(), sources.crosswalkDir()}) {
      if (!Files.isDirectory(dir)) {
        continue;
      }
      try (var files = Files.list(dir)) {
        if (files.anyMatch(f -> lastModified(f) > built)) {
          return true;
        }
      }
    }
    return false;
  }

  private static long lastModified(Path f) {
    try {
      return Files.getLastModifiedTime(f).toMillis();
    } catch (IOException e) {
      return Long.MAX_VALUE;
    }
  }
}
