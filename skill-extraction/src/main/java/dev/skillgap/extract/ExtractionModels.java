package dev.skillgap.extract;

import dev.skillgap.spans.SpanDetector;
import dev.skillgap.taxonomy.Taxonomy;
import dev.skillgap.text.NlpModels;
import dev.skillgap.text.TermNormalizer;
import dev.skillgap.io.CuratedTable;
import dev.skillgap.link.EmbeddingCache;
import dev.skillgap.link.LabelVectorIndex;
import dev.skillgap.link.SemanticLinker;
import dev.skillgap.link.SentenceEncoder;
import dev.skillgap.link.StaticEncoder;
import dev.skillgap.link.StaticLabelIndex;
import dev.skillgap.link.LabelSpace;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

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
  private final SpanDetector spans;
  private final SemanticLinker linker;
  private final SemanticLinker contextual;

  private ExtractionModels(Taxonomy taxonomy, TermNormalizer normalizer, NlpModels nlp, SurfaceFormIndex forms,
      SpanDetector spans, SemanticLinker linker, SemanticLinker contextual) {
    this.taxonomy = taxonomy;
    this.normalizer = normalizer;
    this.nlp = nlp;
    this.forms = forms;
    this.spans = spans;
    this.linker = linker;
    this.contextual = contextual;
  }

  /** The curated lexicon shipped in the jar. */
  static final String SUPPLEMENT = "/lexicon/supplementary-forms.tsv";

  /** Loads what lexical extraction needs: the OpenNLP models and the taxonomy's surface forms plus the curated lexicon. */
  public static ExtractionModels load(Taxonomy taxonomy) throws IOException {
    TermNormalizer normalizer = new TermNormalizer();
    return new ExtractionModels(taxonomy, normalizer, NlpModels.loadEnglish(),
        SurfaceFormIndex.build(taxonomy, normalizer, supplement()), null, null, null);
  }

  /**
   * Loads everything {@code config} enables: for span detection the trained span model from the
   * jar, for linking by meaning the sentence encoder and the label vector index (built under
   * {@code cacheDir} on first use, about a minute, then reopened in a second).
   *
   * @param log hears one line per slow step (building the label index)
   */
  public static ExtractionModels load(Taxonomy taxonomy, ExtractorConfig config, Path cacheDir, Consumer<String> log)
      throws IOException {
    TermNormalizer normalizer = new TermNormalizer();
    SurfaceFormIndex forms = SurfaceFormIndex.build(taxonomy, normalizer, supplement());
    SpanDetector spans = config.spans().enabled() ? SpanDetector.loadDefault() : null;
    SemanticLinker contextual = null;
    SemanticLinker linker = null;
    if (config.semantic().enabled()) {
      SentenceEncoder encoder = new SentenceEncoder(1);
      LabelVectorIndex index = LabelVectorIndex.openOrBuild(taxonomy, encoder, LabelVectorIndex.LabelSet.PREFERRED,
          cacheDir, log);
      contextual = new SemanticLinker(new EmbeddingCache(encoder), index);
      linker = switch (config.semantic().encoder()) {
        case MINILM -> contextual;
        case STATIC -> {
          StaticEncoder s = StaticEncoder.loadDefault();
          LabelSpace fast = LabelSpace.fixed(s, StaticLabelIndex.build(taxonomy, s, LabelVectorIndex.LabelSet.PREFERRED));
          double margin = config.semantic().fallbackMargin();
          yield margin > 0 ? new SemanticLinker(fast, contextual.space(), margin) : new SemanticLinker(fast);
        }
      };
    }
    return new ExtractionModels(taxonomy, normalizer, NlpModels.loadEnglish(), forms, spans, linker, contextual);
  }

  /** These models with {@code forms} in place of the surface-form index (a {@link SurfaceFormIndex#withholding} view). */
  public ExtractionModels withForms(SurfaceFormIndex forms) {
    return new ExtractionModels(taxonomy, normalizer, nlp, forms, spans, linker, contextual);
  }

  /** These models without the semantic linker: what a configuration without linking by meaning may use. */
  public ExtractionModels withoutLinker() {
    return new ExtractionModels(taxonomy, normalizer, nlp, forms, spans, null, null);
  }

  /** The span detector, or null when not loaded. */
  public SpanDetector spanDetector() {
    return spans;
  }

  /** The semantic linker extraction uses, in the configured space, or null when not loaded. */
  public SemanticLinker linker() {
    return linker;
  }

  /**
   * The semantic linker in MiniLM's space, or null when not loaded: short tags are linked there
   * whatever the extraction space, since {@link TagScoring} was fitted on MiniLM's similarities.
   */
  public SemanticLinker contextualLinker() {
    return contextual;
  }

  /** Reads the curated lexicon: {@code form TAB concept-id [TAB note]}, {@code #} comments. */
  static List<SurfaceFormIndex.ExtraForm> supplement() throws IOException {
    List<SurfaceFormIndex.ExtraForm> out = new ArrayList<>();
    for (CuratedTable.Line l : CuratedTable.read(ExtractionModels.class, SUPPLEMENT, 2, "form<TAB>concept id")) {
      out.add(new SurfaceFormIndex.ExtraForm(l.columns()[0], l.columns()[1]));
    }
    return out;
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
