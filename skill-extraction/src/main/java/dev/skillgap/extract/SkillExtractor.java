package dev.skillgap.extract;

/**
 * Finds the skills in a text and links each to a taxonomy concept, with evidence: the spans and
 * sentences that mention it, a score, and how the text asks for it. Implementations are
 * thread-safe.
 */
public interface SkillExtractor {

  /**
   * Extracts the skills of {@code text}, read as a text of this kind; never returns null, never
   * throws on odd text (empty, markup-only, huge).
   */
  Extraction extract(String text, TextKind kind);

  /** Extracts the skills of {@code text} read as a {@linkplain TextKind#POSTING posting}. */
  default Extraction extract(String text) {
    return extract(text, TextKind.POSTING);
  }
}
