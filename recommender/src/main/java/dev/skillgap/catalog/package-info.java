/**
 * Micro-credential catalogues: Open Badges 3.0 and 2.0, CTDL JSON-LD and CSV, read into {@link
 * dev.skillgap.catalog.Credential} values with the skills each one teaches. Invalid entries become
 * {@link dev.skillgap.catalog.CatalogReject}s naming the file, the entry and the reason; the valid
 * ones still load.
 */
package dev.skillgap.catalog;
