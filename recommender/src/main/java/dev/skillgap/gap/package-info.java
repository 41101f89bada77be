/**
 * The learner model and the gap: a learner's skills (from their CV, what they declare and the
 * badges they hold, with partial credit through the taxonomy), the demand for each skill in their
 * target role (postings, with the ESCO occupation profile as a prior), and the weighted gap
 * between the two.
 */
package dev.skillgap.gap;
