package dev.skillgap.extract;

/**
 * How a tag's evidence for a concept becomes the probability that the tag names it: a logistic
 * model over the surface-form strength, the bare tag's cosine to the concept's nearest label, and
 * that cosine's lead over the best other candidate. Fitted by logistic regression on ESCO
 * alternative labels linked with the label left out ({@code TagLinkingDevEval}), so a score is
 * calibrated on such tags; when linking by meaning is off only the form strength is known and a
 * model of its own applies. Exact names are not scored here: they score 1.
 *
 * @param bias intercept with linking by meaning
 * @param lexicalWeight weight of the surface-form strength
 * @param similarityWeight weight of the cosine to the nearest label
 * @param leadWeight weight of the lead over the best other candidate's cosine (negative when behind)
 * @param lexicalOnlyBias intercept without linking by meaning
 * @param lexicalOnlyWeight weight of the surface-form strength without linking by meaning
 */
public record TagScoring(double bias, double lexicalWeight, double similarityWeight, double leadWeight,
    double lexicalOnlyBias, double lexicalOnlyWeight) {

  /** The fitted weights shipped in the jar ({@code /tag-scoring.json}). */
  public static TagScoring defaults() {
    return ExtractorConfig.shipped("tag-scoring.json", TagScoring.class);
  }

  /** The probability in (0, 1) that a tag with this evidence names the concept, with linking by meaning. */
  public double score(double lexical, double similarity, double lead) {
    return sigmoid(bias + lexicalWeight * lexical + similarityWeight * similarity + leadWeight * lead);
  }

  /** The probability in (0, 1) that a tag whose form matched with this strength names the concept, without linking by meaning. */
  public double lexicalOnlyScore(double lexical) {
    return sigmoid(lexicalOnlyBias + lexicalOnlyWeight * lexical);
  }

  static double sigmoid(double z) {
    return 1.0 / (1.0 + Math.exp(-z));
  }
}
