package dev.skillgap.extract;

/** Where a surface form comes from, strongest first. */
public enum FormKind {
  PREFERRED(1.0),
  ALTERNATIVE(0.95),
  TECHNOLOGY_NAME(0.95),
  /** From the curated supplementary lexicon: phrasings postings use that the taxonomy lacks. */
  CURATED(0.9),
  SHORTENED(0.85),
  HIDDEN(0.8);

  private final double prior;

  FormKind(double prior) {
    this.prior = prior;
  }

  /** Prior confidence that a match of such a form means the concept. */
  public double prior() {
    return prior;
  }
}
