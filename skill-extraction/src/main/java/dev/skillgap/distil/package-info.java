/**
 * How the static word-piece embedding table that {@link dev.skillgap.link.StaticEncoder} reads is
 * made, one tool family as {@code spans} is for the span detector: the teacher pass (every vocabulary
 * token through all-MiniLM-L6-v2, {@link dev.skillgap.distil.MiniLmTeacher}), a principal component
 * analysis in plain Java ({@link dev.skillgap.distil.Pca} over a Jacobi eigen-solver, {@link
 * dev.skillgap.distil.SymmetricEigen}), SIF weights by vocabulary rank ({@link
 * dev.skillgap.distil.StaticDistiller}, model2vec's method), and contrastive fine-tuning of the
 * rows on (text, concept) pairs from the taxonomy ({@link dev.skillgap.distil.ContrastiveTuner},
 * {@link dev.skillgap.distil.TrainingPairs}). Every step is deterministic. Nothing here runs at
 * extraction time.
 */
package dev.skillgap.distil;
