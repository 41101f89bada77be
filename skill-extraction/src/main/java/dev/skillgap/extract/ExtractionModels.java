package dev.skillgap.extract;

import dev.skillgap.taxonomy.Taxonomy;
import dev.skillgap.text.NlpModels;
import dev.skillgap.text.TermNormalizer;
import java.io.IOException;

/**
 * The registry of everything extraction loads once and shares between threads: the taxonomy, the
 * surface-form index, the normaliser and the OpenNLP models. Pass it to extractors; do not keep it
 * in statics.
 */
public final class ExtractionModels {

  private final Taxonomy taxonomy;
  private final TermNormalizer normalizer;
  private final NlpModels nlp;
  private final SurfaceFormIndex forms;

  private ExtractionModels(Taxonomy taxonomy, TermNormalizer normalizer, NlpModels nlp, SurfaceFormIndex forms) {
    this.taxonomy = taxonomy;
    this.normalizer = normalizer;
    this.nlp = nlp;
    this.forms = forms;
  }

  /** Loads the OpenNLP models and indexes the taxonomy's surface forms. */
  public static ExtractionModels load(Taxonomy taxonomy) throws IOException {
    TermNormalizer normalizer = new TermNormalizer();
    return new ExtractionModels(taxonomy, normalizer, NlpModels.loadEnglish(), SurfaceFormIndex.build(taxonomy, normalizer));
  }

  public Taxonomy taxonomy() {
    return taxonomy;
  }

  public TermNormalizer normalizer() {
    return normalizer;
  }

  public NlpModels nlp() {
    return nlp;
  }

  public SurfaceFormIndex forms() {
    return forms;
  }
}
