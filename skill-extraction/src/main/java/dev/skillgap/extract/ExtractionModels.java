package dev.skillgap.extract;

import dev.skillgap.taxonomy.Taxonomy;
import dev.skillgap.text.NlpModels;
import dev.skillgap.text.TermNormalizer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
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

  private ExtractionModels(Taxonomy taxonomy, TermNormalizer normalizer, NlpModels nlp, SurfaceFormIndex forms) {
    this.taxonomy = taxonomy;
    this.normalizer = normalizer;
    this.nlp = nlp;
    this.forms = forms;
  }

  /** The curated lexicon shipped in the jar. */
  static final String SUPPLEMENT = "/lexicon/supplementary-forms.tsv";

  /** Loads the OpenNLP models and indexes the taxonomy's surface forms plus the curated lexicon. */
  public static ExtractionModels load(Taxonomy taxonomy) throws IOException {
    TermNormalizer normalizer = new TermNormalizer();
    return new ExtractionModels(taxonomy, normalizer, NlpModels.loadEnglish(),
        SurfaceFormIndex.build(taxonomy, normalizer, supplement()));
  }

  /** Reads the curated lexicon: {@code form TAB concept-id [TAB note]}, {@code #} comments. */
  static List<SurfaceFormIndex.ExtraForm> supplement() throws IOException {
    List<SurfaceFormIndex.ExtraForm> out = new ArrayList<>();
    try (InputStream in = ExtractionModels.class.getResourceAsStream(SUPPLEMENT)) {
      if (in == null) {
        throw new IOException(SUPPLEMENT + " is missing from the classpath");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        if (f.length < 2 || f[0].isBlank() || f[1].isBlank()) {
          throw new IOException(SUPPLEMENT + ": line " + n + ": expected 'form<TAB>concept id'");
        }
        out.add(new SurfaceFormIndex.ExtraForm(f[0].trim(), f[1].trim()));
      }
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
