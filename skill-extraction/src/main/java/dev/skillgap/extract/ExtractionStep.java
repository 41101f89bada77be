package dev.skillgap.extract;

/** One small step of the extraction pipeline; implementations are final, stateless per text and thread-safe. */
public interface ExtractionStep {

  /** Reads and extends {@code context}. */
  void apply(ExtractionContext context);
}
