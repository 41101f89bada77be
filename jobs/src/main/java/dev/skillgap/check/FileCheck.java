package dev.skillgap.check;

import java.util.List;

/**
 * What a dry run found in one input file. The counts reconcile: {@code read == accepted +
 * duplicates + rejected}; {@code warned} counts accepted or duplicate records that carry a
 * warning.
 *
 * @param file the file
 * @param kind {@code postings}, {@code roles}, {@code catalog} or {@code learners}
 * @param read records read
 * @param accepted records accepted and unique among the files checked together
 * @param duplicates records repeating an earlier one
 * @param rejected records rejected
 * @param warned records read with a warning
 * @param notes how the file was read: format, encoding, delimiter, the column mapping in effect
 * @param rejects the commonest reject reasons, most frequent first
 * @param warnings the commonest warnings, most frequent first
 */
public record FileCheck(String file, String kind, int read, int accepted, int duplicates, int rejected, int warned,
    List<String> notes, List<ReasonCount> rejects, List<ReasonCount> warnings) {

  public FileCheck {
    notes = List.copyOf(notes);
    rejects = List.copyOf(rejects);
    warnings = List.copyOf(warnings);
    if (read != accepted + duplicates + rejected) {
      throw new IllegalArgumentException(file + ": read " + read + " != accepted " + accepted + " + duplicates "
          + duplicates + " + rejected " + rejected);
    }
  }
}
