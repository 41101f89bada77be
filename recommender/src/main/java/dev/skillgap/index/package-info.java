/**
 * The credential index: a Lucene index on disk of a catalogue's credentials, by the skills they
 * teach (exact concept ids, weighted by alignment confidence) and by their text (title, description
 * and skill labels, English-analysed). {@link dev.skillgap.index.CredentialIndex} builds it
 * deterministically, reopens it without rebuilding, returns the stored credentials, and retrieves
 * the candidate credentials for a weighted skills gap.
 */
package dev.skillgap.index;
