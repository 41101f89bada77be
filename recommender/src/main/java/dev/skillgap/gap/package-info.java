/**
 * The learner model and the gap: learners as read (a CSV of CVs through a column mapping, or JSON
 * Lines; ids derived where missing, duplicates counted, text repaired and stripped of contact
 * details), a learner's skills (from their CV, what they declare and the badges they hold, with
 * partial credit through the taxonomy), the demand for each skill in their target role (postings,
 * with the ESCO occupation profile as a prior), and the weighted gap between the two.
 */
package dev.skillgap.gap;
