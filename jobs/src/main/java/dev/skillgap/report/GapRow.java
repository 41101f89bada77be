package dev.skillgap.report;

/**
 * One row of the week's {@code gaps} table: one of the skills a learner's target role demands most,
 * as it stands for the learner.
 *
 * @param learnerId the learner
 * @param occupationUri the resolved target occupation, or null
 * @param occupationLabel its label, or null
 * @param skillUri the missing skill, or null for a learner with no gap (or no resolved role)
 * @param skillLabel its label
 * @param skillType {@code hard} or {@code soft}
 * @param weight how much of the gap it is (demand times what the learner lacks; 0 when held)
 * @param coveredByCatalog true when it is in the gap and some credential of the catalogue teaches it
 * @param inGap true when it counts in the learner's gap (a top hard skill not held); false for held and soft skills
 */
public record GapRow(String learnerId, String occupationUri, String occupationLabel, String skillUri,
    String skillLabel, String skillType, double weight, boolean coveredByCatalog, boolean inGap) {}
