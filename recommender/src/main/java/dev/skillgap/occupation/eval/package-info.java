/**
 * Evaluation of occupation resolution on real feeds: titles are read from the licensed files where
 * they lie, joined by a hash of their normalised text to judgements committed in {@code
 * eval/role-judgments.tsv}, and scored for coverage and precision. The titles themselves never
 * enter the repository.
 */
package dev.skillgap.occupation.eval;
