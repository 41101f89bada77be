package dev.skillgap.report;

/**
 * One row of the week's {@code demand} table: how many postings of a role in a region ask for a skill.
 *
 * @param occupationUri ESCO occupation URI, or {@code *} for all occupations
 * @param occupationLabel the occupation's label
 * @param region the region, or empty for all regions
 * @param skillUri the skill's concept id
 * @param skillLabel the skill's preferred label
 * @param skillType {@code hard} or {@code soft}
 * @param skillKind {@code knowledge}, {@code skill} or {@code technology}
 * @param postings postings that ask for it
 * @param requiredPostings postings that require it
 * @param totalPostings postings of the role in the region
 * @param share postings / totalPostings
 */
public record DemandRow(String occupationUri, String occupationLabel, String region, String skillUri, String skillLabel,
    String skillType, String skillKind, long postings, long requiredPostings, long totalPostings, double share) {}
