package dev.skillgap.catalog;

/**
 * A valid entry that was not loaded because a credential with the same id was read before it; the
 * first one read wins.
 *
 * @param file the file the duplicate is in
 * @param entry which entry, named as in {@link CatalogReject#entry()}
 * @param id the credential id both share
 * @param firstFile the file of the credential that was kept
 */
public record CatalogDuplicate(String file, String entry, String id, String firstFile) {}
