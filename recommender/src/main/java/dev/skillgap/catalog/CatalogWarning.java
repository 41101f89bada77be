package dev.skillgap.catalog;

/**
 * Something odd about a credential that was still loaded: no hours, no cost, or an alignment that
 * was dropped because the taxonomy does not know it.
 *
 * @param file the file it is in
 * @param entry which entry, named as in {@link CatalogReject#entry()}
 * @param message what is odd, in words a catalogue editor can act on
 */
public record CatalogWarning(String file, String entry, String message) {}
