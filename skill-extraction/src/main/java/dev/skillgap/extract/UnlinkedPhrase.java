package dev.skillgap.extract;

/**
 * A phrase that looks like a skill but links to no concept with enough confidence.
 *
 * @param text the phrase as written
 * @param start its start in the original text
 * @param end its end in the original text (exclusive)
 * @param bestConcept the nearest concept's index, or -1
 * @param bestScore the similarity to that concept
 */
public record UnlinkedPhrase(String text, int start, int end, int bestConcept, double bestScore) {}
