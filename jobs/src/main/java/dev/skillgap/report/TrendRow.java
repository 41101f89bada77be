package dev.skillgap.report;

/**
 * One row of the week's {@code trends} table: a skill's share of a role's postings now and before.
 *
 * @param occupationUri ESCO occupation URI, or {@code *} for all occupations
 * @param occupationLabel the occupation's label
 * @param skillUri the skill's concept id
 * @param skillLabel the skill's preferred label
 * @param skillType {@code hard} or {@code soft}
 * @param share share of the role's postings this week
 * @param previousShare mean share over the earlier weeks compared
 * @param change share - previousShare
 * @param status {@code rising}, {@code falling}, {@code steady}, {@code new} or {@code gone}
 * @param weeksCompared how many earlier weeks were compared
 */
public record TrendRow(String occupationUri, String occupationLabel, String skillUri, String skillLabel,
    String skillType, double share, double previousShare, double change, String status, int weeksCompared) {}
