package dev.skillgap.extract;

/** Where a surface form comes from, strongest first. */
public enum FormKind {
  PREFERRED(1.0),
  ALTERNATIVE(0.95),
  TECHNOLOGY_NAME(0.95),
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
