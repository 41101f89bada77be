package dev.skillgap.report;

/**
 * One row of the week's {@code unlinked_phrases} table: a skill-like phrase no concept matched.
 *
 * @param phrase the phrase, lower-cased, as found in postings
 * @param occurrences how often it was found
 * @param postings in how many postings
 * @param examplePostingId one posting it was found in
 * @param nearestUri the nearest concept by meaning, or null
 * @param nearestLabel that concept's label, or null
 * @param nearestSimilarity cosine similarity to it, or null
 */
public record UnlinkedRow(String phrase, long occurrences, long postings, String examplePostingId, String nearestUri,
    String nearestLabel, Double nearestSimilarity) {}
