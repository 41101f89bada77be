/**
 * Ranking micro-credentials: budgeted maximum coverage of a learner's gap ({@link
 * dev.skillgap.rank.CoveragePlanner}), exact on small instances and greedy otherwise, with the
 * reasons each pick carries.
 */
package dev.skillgap.rank;
