package dev.skillgap.extract;

import java.util.List;

/**
 * The skills found in one text, best first.
 *
 * @param skills distinct skills ordered by score, best first
 * @param language ISO 639-1 code of the text's language; no skills are returned unless {@code en}
 * @param truncated whether the text exceeded the analysed size and was cut
 * @param unlinked phrases that look like skills but matched no concept well enough (for taxonomy curators)
 */
public record Extraction(List<ExtractedSkill> skills, String language, boolean truncated, List<UnlinkedPhrase> unlinked) {
  public Extraction {
    skills = List.copyOf(skills);
    unlinked = List.copyOf(unlinked);
  }

  public static Extraction empty(String language, boolean truncated) {
    return new Extraction(List.of(), language, truncated, List.of());
  }
}
