package dev.skillgap.taxonomy;

import java.util.Locale;

/** What a concept denotes: ESCO knowledge, an ESCO skill/competence, or a technology (tool, language, product). */
public enum ConceptKind {
  KNOWLEDGE,
  SKILL,
  TECHNOLOGY;

  /** The lower-case name used in every output ({@code knowledge}, {@code skill}, {@code technology}). */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
