/**
 * Dry runs of ingest ({@code skillgap check}): every input file read exactly as the weekly run
 * reads it, without extraction, and summed up per file (records read, accepted, duplicate,
 * rejected and warned, the commonest reasons with an example, how the file was read), so that a
 * user learns before a run whether their files will go in. Plain Java.
 */
package dev.skillgap.check;
