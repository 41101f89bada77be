/**
 * The learner model and the gap: learners as read (a CSV of CVs through a column mapping, or JSON
 * Lines; ids derived where missing, duplicates counted, text repaired and stripped of contact
 * details), a learner's skills (from their CV, what they declare and the badges they hold, with
 * partial credit through the taxonomy), and the weighted gap between them and the demand of their
 * target role ({@link dev.skillgap.demand}).
 */
package dev.skillgap.gap;
