package dev.skillgap.text;

import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The OpenNLP English models (UD EWT 1.3, from Maven Central), loaded once. Models are
 * thread-safe and shared; the {@code *ME} tools built from them are not, so each thread makes its
 * own {@link TextAnalyzer}.
 */
public final class NlpModels {

  static final String SENTENCE = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
  static final String TOKENS = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
  static final String POS = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

  private final SentenceModel sentences;
  private final TokenizerModel tokens;
  private final POSModel pos;
  private final MaxentModel posMaxent;

  private NlpModels(SentenceModel sentences, TokenizerModel tokens, POSModel pos, MaxentModel posMaxent) {
    this.sentences = sentences;
    this.tokens = tokens;
    this.pos = pos;
    this.posMaxent = posMaxent;
  }

  /** Loads the three models from the classpath (the model jars keep them at the root, by these names). */
  public static NlpModels loadEnglish() throws IOException {
    byte[] posBytes;
    try (InputStream p = open(POS)) {
      posBytes = p.readAllBytes();
    }
    try (InputStream s = open(SENTENCE); InputStream t = open(TOKENS)) {
      return new NlpModels(new SentenceModel(s), new TokenizerModel(t),
          new POSModel(new java.io.ByteArrayInputStream(posBytes)), posMaxent(posBytes));
    }
  }

  /** The bare maxent model inside the POS model package (its {@code pos.model} entry), for greedy decoding. */
  private static MaxentModel posMaxent(byte[] packageBytes) throws IOException {
    try (ZipInputStream zip = new ZipInputStream(new java.io.ByteArrayInputStream(packageBytes))) {
      ZipEntry e;
      while ((e = zip.getNextEntry()) != null) {
        if (e.getName().equals("pos.model")) {
          return new GenericModelReader(new BinaryFileDataReader(new java.io.BufferedInputStream(zip))).getModel();
        }
      }
    }
    throw new IOException(POS + ": no pos.model entry");
  }

  private static InputStream open(String name) throws IOException {
    InputStream in = NlpModels.class.getResourceAsStream(name);
    if (in == null) {
      throw new IOException("OpenNLP model " + name + " is not on the classpath (opennlp-models-*-en 1.3.0)");
    }
    return new java.io.BufferedInputStream(in, 1 << 16);
  }

  public SentenceModel sentenceModel() {
    return sentences;
  }

  public TokenizerModel tokenizerModel() {
    return tokens;
  }

  public POSModel posModel() {
    return pos;
  }

  /** The POS model's maxent classifier (thread-safe), for {@link GreedyPosTagger}. */
  public MaxentModel posMaxent() {
    return posMaxent;
  }
}
