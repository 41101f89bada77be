package dev.skillgap.extract;

import java.util.List;

/**
 * A window of one sentence whose content terms equal those of one or more surface forms.
 *
 * @param startToken first token of the window (index into the sentence's tokens)
 * @param endToken one past its last token
 * @param forms the matching forms (several concepts may share a wording)
 * @param exactOrder whether the window has the form's terms in the form's order
 */
public record LexicalMatch(int startToken, int endToken, List<SurfaceForm> forms, boolean exactOrder) {
  public LexicalMatch {
    forms = List.copyOf(forms);
  }

  public int length() {
    return endToken - startToken;
  }

  public boolean overlaps(LexicalMatch o) {
    return startToken < o.endToken && o.startToken < endToken;
  }
}
