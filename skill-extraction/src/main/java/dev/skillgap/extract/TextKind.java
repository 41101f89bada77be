package dev.skillgap.extract;

/**
 * What a text is, which decides whose skills it names. A posting (or an HR role description)
 * describes its employer as well as the job, and only what it asks of the candidate is demand; a
 * CV says "we" of the teams its writer worked in, and a course "we" of its teachers and learners.
 */
public enum TextKind {
  /** A job posting or role description: sentences about the organisation are not demand ({@link HolderRule}). */
  POSTING,
  /** A CV or profile: every sentence may evidence its writer's skills. */
  CV,
  /** A course or credential description: every sentence may say what it teaches. */
  COURSE
}
