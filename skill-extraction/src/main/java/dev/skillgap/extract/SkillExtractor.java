package dev.skillgap.extract;

import java.util.List;

/**
 * Finds the skills in a text and links each to a taxonomy concept, with evidence: the spans and
 * sentences that mention it, a score, and how the text asks for it. Implementations are
 * thread-safe.
 */
public interface SkillExtractor {

  /**
   * Extracts the skills of {@code text}, read as a text of this kind, that {@code cutoff} lets
   * through; never returns null, never throws on odd text (empty, markup-only, huge).
   */
  Extraction extract(String text, TextKind kind, Cutoff cutoff);

  /** Extracts the skills of a {@linkplain TextKind#POSTING posting} that reach the return threshold. */
  default Extraction extract(String text) {
    return extract(text, TextKind.POSTING, Cutoff.THRESHOLD);
  }

  /** Extracts the skills of {@code text}, read as a text of this kind, that reach the return threshold. */
  default Extraction extract(String text, TextKind kind) {
    return extract(text, kind, Cutoff.THRESHOLD);
  }

  /** Extracts the skills of a {@linkplain TextKind#POSTING posting} that {@code cutoff} lets through. */
  default Extraction extract(String text, Cutoff cutoff) {
    return extract(text, TextKind.POSTING, cutoff);
  }

  /**
   * Links one short skill tag (a declared skill, a catalogue tag, an item of a skills list) to up to
   * {@code k} concepts it may name, best first, each with its evidence, a calibrated score and
   * whether it reaches {@link TagLinker#MIN_SCORE}; see {@link TagLinker}. Empty for a blank tag.
   *
   * @throws IllegalArgumentException when {@code k} is less than 1
   */
  List<TagLink> linkTag(String tag, int k);
}
