package dev.skillgap.report;

/**
 * A posting title the week counted under no occupation, with how many of its postings carry it.
 *
 * @param title the title as the posting gives it (empty when it gives none)
 * @param postings the week's postings with that title and no occupation
 */
public record UnrecognisedTitle(String title, long postings) {}
