package dev.skillgap.ingest;

import java.util.Locale;

/**
 * Names of gzipped input files: the readers recognise gzip by its first two bytes ({@link
 * dev.skillgap.io.BoundedInput}, which also bounds what it unpacks), and a file is named without
 * {@code .gz} so that the extension inside picks the format.
 */
final class Gzip {

  private Gzip() {}

  /** {@code path} without a final {@code .gz} (in any case). */
  static String strip(String path) {
    return path.toLowerCase(Locale.ROOT).endsWith(".gz") ? path.substring(0, path.length() - 3) : path;
  }
}
