package dev.skillgap.extract;

import java.util.List;

/**
 * One way of writing a concept, prepared for matching.
 *
 * @param concept the concept's taxonomy index
 * @param text the form as written in the taxonomy
 * @param kind where it comes from
 * @param terms its normalised content terms, in order (stop words and punctuation left out)
 * @param ambiguous whether it is a short or common word that needs supporting context ("R", "Excel", "Spring")
 * @param lightTerm for one-word forms, the word's light (inflection-only) normal form, which the text
 *     must equal; null for longer forms
 * @param pluralOnly a one-word form written as a plural whose singular has a sense of its own
 *     ({@link SurfaceFormIndex#singularHasOwnSense}: "securities", not "security"), which the text
 *     must write as the plural
 */
public record SurfaceForm(int concept, String text, FormKind kind, List<String> terms, boolean ambiguous,
    String lightTerm, boolean pluralOnly) {
  public SurfaceForm {
    terms = List.copyOf(terms);
  }

  /** True when the form has an upper-case letter, so that case tells its sense ("Go" vs "go"). */
  public boolean caseMatters() {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isUpperCase(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
