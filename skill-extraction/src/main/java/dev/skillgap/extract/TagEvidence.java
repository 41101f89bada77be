package dev.skillgap.extract;

import java.util.Locale;

/** What links a short skill tag to a concept, strongest first. */
public enum TagEvidence {
  /** The tag is an O*NET technology name merged into the concept, written loosely alike. */
  EXACT_ONET_NAME,
  /** The tag is the concept's preferred label, written loosely alike (case, accents, punctuation). */
  EXACT_PREFERRED,
  /** The tag is an alternative label that belongs to this concept only. */
  EXACT_ALTERNATIVE,
  /**
   * The tag's content words are a surface form's, by their normalised terms: another inflection,
   * order or derivation ("managing projects"), a form without its qualifier or vendor ("Excel").
   */
  LEXICAL,
  /** The tag's embedding is near one of the concept's embedded labels; no form matched. */
  SEMANTIC;

  /** Whether the tag names the concept exactly. */
  public boolean exact() {
    return this == EXACT_ONET_NAME || this == EXACT_PREFERRED || this == EXACT_ALTERNATIVE;
  }

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
