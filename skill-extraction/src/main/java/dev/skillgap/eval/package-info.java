/**
 * Evaluation is code: metrics over dev/validation sets, computed exactly as the official scripts
 * compute them, so that numbers printed by tests and tools agree with {@code score.py}.
 */
package dev.skillgap.eval;
