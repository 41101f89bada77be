package dev.skillgap.report;

/**
 * One row of the week's {@code gaps} table: a skill a learner lacks for their target role.
 *
 * @param learnerId the learner
 * @param occupationUri the resolved target occupation, or null
 * @param occupationLabel its label, or null
 * @param skillUri the missing skill, or null for a learner with no gap (or no resolved role)
 * @param skillLabel its label
 * @param skillType {@code hard} or {@code soft}
 * @param weight how much of the gap it is (demand times what the learner lacks)
 * @param coveredByCatalog true when some credential of the catalogue teaches it
 */
public record GapRow(String learnerId, String occupationUri, String occupationLabel, String skillUri,
    String skillLabel, String skillType, double weight, boolean coveredByCatalog) {}
