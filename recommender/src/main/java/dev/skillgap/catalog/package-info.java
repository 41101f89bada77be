/**
 * Micro-credential catalogues: Open Badges 3.0 and 2.0, CTDL JSON-LD and CSV however its columns
 * are named, read into {@link dev.skillgap.catalog.Credential} values with the skills each one
 * teaches. Invalid entries become {@link dev.skillgap.catalog.CatalogReject}s naming the file, the
 * entry and the reason; the valid ones still load, with typed {@link
 * dev.skillgap.catalog.CatalogWarning}s for what is odd about them.
 *
 * <p>{@link dev.skillgap.catalog.CatalogReader} is the entry point (and {@link
 * dev.skillgap.catalog.CatalogReader#dryRun} the quick check). Behind it, one class per format
 * ({@link dev.skillgap.catalog.CsvCatalogFormat}, {@link dev.skillgap.catalog.OpenBadgesFormat},
 * {@link dev.skillgap.catalog.CtdlFormat}, with {@link dev.skillgap.catalog.JsonCatalogFile} for
 * JSON containers) turns entries into drafts; {@link dev.skillgap.catalog.CatalogAssembler} files
 * them, with {@link dev.skillgap.catalog.SkillLinker} linking alignments and tags and inferring the
 * rest. Hours and prices are read from text by {@link dev.skillgap.catalog.quantity}.
 */
package dev.skillgap.catalog;
