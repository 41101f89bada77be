/**
 * Plain-Java ingestion of job postings (CSV, JSON Lines, Parquet, schema.org JobPosting JSON-LD)
 * and HR role descriptions (text, Markdown, CSV, JSON-LD): every parser takes a file's path and
 * bytes and returns serializable records, so the Spark jobs can call it from {@code flatMap}
 * without the logic depending on Spark. Records are normalised and validated one by one, each
 * rejected record is kept with its file, place and reason, duplicates are found by content hash
 * across a week's files, and the counts reconcile per file.
 */
package dev.skillgap.ingest;
