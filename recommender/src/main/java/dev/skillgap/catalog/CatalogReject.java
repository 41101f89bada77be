package dev.skillgap.catalog;

/**
 * A catalogue entry that could not be loaded.
 *
 * @param file the file it is in
 * @param entry which entry: a row number, a JSON path such as {@code @graph[2]}, or the entry's id
 * @param reason why, in words a catalogue editor can act on
 */
public record CatalogReject(String file, String entry, String reason) {}
