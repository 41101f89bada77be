package dev.skillgap.spans;

import dev.skillgap.text.Sentence;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Finds skill and knowledge phrases in a sentence with two linear-chain CRFs trained on SkillSpan,
 * one per annotation layer (skill, knowledge); the layers may overlap or nest. Load it once and
 * share it: it is immutable, and decoding keeps no state, so it is thread-safe. The model is one
 * gzip file, {@value #DEFAULT_RESOURCE} on the classpath, written by {@link SpanDetectorTrainer}.
 */
public final class SpanDetector {

  /** Classpath resource of the committed model. */
  public static final String DEFAULT_RESOURCE = "/models/skillspan-spans.bin";

  private static final String MAGIC = "skillgap-span-detector";
  private static final int VERSION = 1;

  private final String description;
  private final SpanFeatures features;
  private final Map<String, Integer> index;
  private final List<String> featureNames;
  private final List<Layer> layers;

  /**
   * One layer's weights: emission [feature*3+label], transitions [prev*3+cur], start per label, and
   * a decoding bias taken off every O score (positive values trade precision for recall).
   */
  record Layer(String name, float[] emission, double[] trans, double[] start, double oBias) {

    Layer withBias(double b) {
      return new Layer(name, emission, trans, start, b);
    }
  }

  SpanDetector(String description, SpanFeatures features, List<String> featureNames, List<Layer> layers) {
    this.description = description;
    this.features = features;
    this.featureNames = List.copyOf(featureNames);
    this.layers = List.copyOf(layers);
    Map<String, Integer> idx = new HashMap<>(featureNames.size() * 2);
    for (int i = 0; i < featureNames.size(); i++) {
      idx.put(featureNames.get(i), i);
    }
    this.index = idx;
  }

  /** Loads the committed model from the classpath resource {@value #DEFAULT_RESOURCE}. */
  public static SpanDetector loadDefault() throws IOException {
    InputStream in = SpanDetector.class.getResourceAsStream(DEFAULT_RESOURCE);
    if (in == null) {
      throw new IOException("span model " + DEFAULT_RESOURCE + " is not on the classpath");
    }
    try (in) {
      return load(in);
    }
  }

  /** Reads a model written by {@link SpanDetectorTrainer}; does not close {@code in}. */
  public static SpanDetector load(InputStream in) throws IOException {
    DataInputStream d = new DataInputStream(new BufferedInputStream(new GZIPInputStream(in), 1 << 16));
    if (!MAGIC.equals(d.readUTF())) {
      throw new IOException("not a skillgap span model");
    }
    int version = d.readInt();
    if (version != VERSION) {
      throw new IOException("span model version " + version + ", expected " + VERSION);
    }
    String description = d.readUTF();
    int nLex = d.readInt();
    Set<String> lexicon = new LinkedHashSet<>();
    for (int i = 0; i < nLex; i++) {
      lexicon.add(d.readUTF());
    }
    int nFeat = d.readInt();
    List<String> names = new ArrayList<>(nFeat);
    for (int i = 0; i < nFeat; i++) {
      names.add(d.readUTF());
    }
    int nLayers = d.readInt();
    List<Layer> layers = new ArrayList<>();
    for (int l = 0; l < nLayers; l++) {
      String name = d.readUTF();
      double[] trans = new double[SpanDetectorCrf.LABELS * SpanDetectorCrf.LABELS];
      for (int i = 0; i < trans.length; i++) {
        trans[i] = d.readDouble();
      }
      double[] start = new double[SpanDetectorCrf.LABELS];
      for (int i = 0; i < start.length; i++) {
        start[i] = d.readDouble();
      }
      double oBias = d.readDouble();
      float[] emission = new float[nFeat * SpanDetectorCrf.LABELS];
      for (int i = 0; i < emission.length; i++) {
        emission[i] = d.readFloat();
      }
      layers.add(new Layer(name, emission, trans, start, oBias));
    }
    return new SpanDetector(description, new SpanFeatures(lexicon), names, layers);
  }

  /** Writes the model in the format {@link #load} reads (gzip); does not close {@code out}. */
  void write(OutputStream out) throws IOException {
    GZIPOutputStream gz = new GZIPOutputStream(out, 1 << 16);
    DataOutputStream d = new DataOutputStream(new BufferedOutputStream(gz, 1 << 16));
    d.writeUTF(MAGIC);
    d.writeInt(VERSION);
    d.writeUTF(description);
    Set<String> lex = new TreeSet<>(features.lexicon());
    d.writeInt(lex.size());
    for (String s : lex) {
      d.writeUTF(s);
    }
    d.writeInt(featureNames.size());
    for (String s : featureNames) {
      d.writeUTF(s);
    }
    d.writeInt(layers.size());
    for (Layer l : layers) {
      d.writeUTF(l.name());
      for (double v : l.trans()) {
        d.writeDouble(v);
      }
      for (double v : l.start()) {
        d.writeDouble(v);
      }
      d.writeDouble(l.oBias());
      for (float v : l.emission()) {
        d.writeFloat(v);
      }
    }
    d.flush();
    gz.finish();
  }

  /** How the model was trained (the trainer's configuration and data), as recorded in the model file. */
  public String description() {
    return description;
  }

  /**
   * The same model decoding with recall biases: each is taken off the score of O (outside) for every
   * token of its layer, so positive values find more and longer spans at some cost in precision (the
   * trained model's biases are 0). Shares the weights with this detector.
   */
  public SpanDetector withRecallBias(double skillBias, double knowledgeBias) {
    List<Layer> ls = new ArrayList<>();
    for (Layer l : layers) {
      ls.add(l.withBias(l.name().equals(DetectedSpan.SKILL) ? skillBias : knowledgeBias));
    }
    return new SpanDetector(description, features, featureNames, ls);
  }

  /** Number of distinct features the model weighs. */
  public int featureCount() {
    return featureNames.size();
  }

  /**
   * The skill and knowledge spans of {@code sentence}: for each layer, the spans of the most
   * probable tag sequence with each span's exact probability; sorted by start token, then layer.
   */
  public List<DetectedSpan> detect(Sentence sentence) {
    return decode(sentence).spans();
  }

  /** Decodes {@code sentence} once, for its spans and for questions about any token range of it. */
  public Decoding decode(Sentence sentence) {
    int n = sentence.tokens().size();
    List<DetectedSpan> out = new ArrayList<>();
    List<double[][]> emissions = new ArrayList<>();
    double[] logZs = new double[layers.size()];
    if (n == 0) {
      return new Decoding(out, emissions, logZs);
    }
    int[][] ids = featureIds(sentence);
    for (int li = 0; li < layers.size(); li++) {
      Layer layer = layers.get(li);
      double[][] e = SpanDetectorCrf.emissions(ids, layer.emission());
      for (double[] row : e) {
        row[SpanDetectorCrf.O] -= layer.oBias();
      }
      emissions.add(e);
      int[] path = SpanDetectorCrf.viterbi(e, layer.trans(), layer.start());
      double[][] alpha = SpanDetectorCrf.forward(e, layer.trans(), layer.start());
      double[][] beta = null;
      double logZ = SpanDetectorCrf.logZ(alpha);
      logZs[li] = logZ;
      for (int i = 0; i < n; i++) {
        if (path[i] != SpanDetectorCrf.B) {
          continue;
        }
        int end = i + 1;
        while (end < n && path[end] == SpanDetectorCrf.I) {
          end++;
        }
        if (beta == null) {
          beta = SpanDetectorCrf.backward(e, layer.trans());
        }
        double p = SpanDetectorCrf.spanProbability(i, end, e, layer.trans(), alpha, beta, logZ);
        out.add(new DetectedSpan(i, end, layer.name(), p));
      }
    }
    out.sort(Comparator.comparingInt(DetectedSpan::startToken).thenComparing(DetectedSpan::layer));
    return new Decoding(out, emissions, logZs);
  }

  /** One sentence decoded by this detector: its spans, and the model's view of any token range. */
  public final class Decoding {
    private final List<DetectedSpan> spans;
    private final List<double[][]> emissions;
    private final double[] logZ;

    private Decoding(List<DetectedSpan> spans, List<double[][]> emissions, double[] logZ) {
      this.spans = List.copyOf(spans);
      this.emissions = emissions;
      this.logZ = logZ;
    }

    /** The detected spans, as {@link SpanDetector#detect} returns them. */
    public List<DetectedSpan> spans() {
      return spans;
    }

    /**
     * The probability that at least one token of {@code [start, end)} lies inside some span of the
     * layer most confident of it: one minus the probability, summed over all tag sequences, that
     * every token of the range is outside. Decoding biases apply, as for {@link #spans()}.
     */
    public double coverProbability(int start, int end) {
      double best = 0;
      for (int li = 0; li < emissions.size(); li++) {
        double[][] e = emissions.get(li);
        double[][] outside = new double[e.length][];
        for (int k = 0; k < e.length; k++) {
          outside[k] = e[k];
          if (k >= start && k < end) {
            outside[k] = e[k].clone();
            outside[k][SpanDetectorCrf.B] = Double.NEGATIVE_INFINITY;
            outside[k][SpanDetectorCrf.I] = Double.NEGATIVE_INFINITY;
          }
        }
        Layer layer = layers.get(li);
        double logOutside = SpanDetectorCrf.logZ(SpanDetectorCrf.forward(outside, layer.trans(), layer.start()));
        best = Math.max(best, 1.0 - Math.exp(Math.min(0, logOutside - logZ[li])));
      }
      return best;
    }
  }

  int[][] featureIds(Sentence sentence) {
    List<List<String>> fs = features.features(sentence);
    int[][] ids = new int[fs.size()][];
    for (int i = 0; i < ids.length; i++) {
      List<String> f = fs.get(i);
      int[] buf = new int[f.size()];
      int k = 0;
      for (String s : f) {
        Integer id = index.get(s);
        if (id != null) {
          buf[k++] = id;
        }
      }
      ids[i] = java.util.Arrays.copyOf(buf, k);
    }
    return ids;
  }
}
