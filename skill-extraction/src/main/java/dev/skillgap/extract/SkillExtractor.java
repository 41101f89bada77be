package dev.skillgap.extract;

import java.util.List;

/**
 * Finds the skills in a text and links each to a taxonomy concept, with evidence: the spans and
 * sentences that mention it, a score, and how the text asks for it. Implementations are
 * thread-safe.
 */
public interface SkillExtractor {

  /** Extracts the skills of {@code text} that reach the return threshold; as {@link #extract(String, Cutoff)} with {@link Cutoff#THRESHOLD}. */
  default Extraction extract(String text) {
    return extract(text, Cutoff.THRESHOLD);
  }

  /**
   * Extracts the skills of {@code text} that {@code cutoff} lets through; never returns null, never
   * throws on odd text (empty, markup-only, huge).
   */
  Extraction extract(String text, Cutoff cutoff);

  /**
   * Links one short skill tag (a declared skill, a catalogue tag, an item of a skills list) to up to
   * {@code k} concepts it may name, best first, each with its evidence, a calibrated score and
   * whether it reaches {@link TagLinker#MIN_SCORE}; see {@link TagLinker}. Empty for a blank tag.
   *
   * @throws IllegalArgumentException when {@code k} is less than 1
   */
  List<TagLink> linkTag(String tag, int k);
}
