package dev.skillgap.spans;

import dev.skillgap.text.NlpModels;
import dev.skillgap.text.TermNormalizer;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import opennlp.tools.ml.maxent.quasinewton.Function;
import opennlp.tools.ml.maxent.quasinewton.QNMinimizer;

/**
 * Trains a {@link SpanDetector} on SkillSpan: one linear-chain CRF per layer (skill, knowledge),
 * fitted by L-BFGS / OWL-QN (OpenNLP's {@link QNMinimizer}) with elastic-net regularisation. There
 * is no sampling and the gradient is summed in a fixed order, so the same data and configuration
 * give the same model, byte for byte, whatever the thread count (on one JVM and CPU family: the
 * arithmetic uses {@link Math#exp}, not {@link StrictMath}).
 */
public final class SpanDetectorTrainer {

  /** File name of the model that {@link #train(Path, Path, TrainingConfig)} writes. */
  public static final String MODEL_FILE = "skillspan-spans.bin";

  /**
   * How to train.
   *
   * @param iterations L-BFGS iterations per layer
   * @param cutoff features seen fewer times than this in the training data are dropped
   * @param l1 L1 cost (OWL-QN); it also makes the model sparse, and so small
   * @param l2 L2 cost
   * @param skillBias recall bias of the skill layer, stored in the model ({@link SpanDetector#withRecallBias})
   * @param knowledgeBias recall bias of the knowledge layer, stored in the model
   * @param threads threads that compute the gradient (the model does not depend on it)
   * @param lexicon label term sequences for lexicon features ({@link SpanFeatures#lexiconOf}); empty for none
   */
  public record TrainingConfig(int iterations, int cutoff, double l1, double l2, double skillBias, double knowledgeBias,
      int threads, Set<String> lexicon) {
    public TrainingConfig {
      if (iterations < 1 || cutoff < 1 || l1 < 0 || l2 < 0 || threads < 1) {
        throw new IllegalArgumentException("bad training config");
      }
      lexicon = Set.copyOf(lexicon);
    }

    /** The configuration of the committed model (regularisation and biases tuned on SkillSpan dev). */
    public static TrainingConfig defaults() {
      return new TrainingConfig(200, 1, 0.2, 0.05, 0.3, 0.5, 2, Set.of());
    }

    /** This configuration with lexicon features from {@code lex}. */
    public TrainingConfig withLexicon(Set<String> lex) {
      return new TrainingConfig(iterations, cutoff, l1, l2, skillBias, knowledgeBias, threads, lex);
    }

    /** A one-line summary for the model file and logs. */
    public String summary() {
      return "crf iterations=" + iterations + " cutoff=" + cutoff + " l1=" + l1 + " l2=" + l2 + " skillBias=" + skillBias
          + " knowledgeBias=" + knowledgeBias + " lexicon=" + lexicon.size();
    }
  }

  private final NlpModels models;
  private final TermNormalizer normalizer;
  private final Consumer<String> log;

  /** A trainer that tags the gold tokens with {@code models} and reports progress to {@code log}. */
  public SpanDetectorTrainer(NlpModels models, TermNormalizer normalizer, Consumer<String> log) {
    this.models = models;
    this.normalizer = normalizer;
    this.log = log;
  }

  /**
   * Trains on the SkillSpan JSON Lines file {@code skillspanTrainJson} and writes the model to
   * {@code outDir}/{@value #MODEL_FILE}, creating the folder; returns the model's path.
   */
  public Path train(Path skillspanTrainJson, Path outDir, TrainingConfig cfg) throws IOException {
    List<SpanDetectorCorpus.Example> data = new SpanDetectorCorpus(models, normalizer).read(skillspanTrainJson);
    SpanDetector detector = train(data, cfg, "data=" + skillspanTrainJson.getFileName() + " sentences=" + data.size());
    Files.createDirectories(outDir);
    Path out = outDir.resolve(MODEL_FILE);
    try (OutputStream o = Files.newOutputStream(out)) {
      detector.write(o);
    }
    log.accept("wrote " + out + " (" + Files.size(out) + " bytes, " + detector.featureCount() + " features)");
    return out;
  }

  /** Trains on examples in memory; {@code note} is recorded in the model's description. */
  public SpanDetector train(List<SpanDetectorCorpus.Example> data, TrainingConfig cfg, String note) {
    SpanFeatures features = new SpanFeatures(cfg.lexicon());
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (SpanDetectorCorpus.Example ex : data) {
      List<List<String>> f = features.features(ex.sentence());
      for (List<String> tok : f) {
        for (String s : tok) {
          counts.merge(s, 1, Integer::sum);
        }
      }
    }
    List<String> names = new ArrayList<>();
    Map<String, Integer> index = new HashMap<>();
    counts.forEach((s, c) -> {
      if (c >= cfg.cutoff()) {
        index.put(s, names.size());
        names.add(s);
      }
    });
    int[][][] ids = new int[data.size()][][];
    for (int k = 0; k < data.size(); k++) {
      List<List<String>> f = features.features(data.get(k).sentence()); // again, rather than keep every string
      ids[k] = new int[f.size()][];
      for (int i = 0; i < f.size(); i++) {
        ids[k][i] = f.get(i).stream().map(index::get).filter(x -> x != null).mapToInt(Integer::intValue).toArray();
      }
    }
    log.accept("span features: " + names.size() + " of " + counts.size() + " (cutoff " + cfg.cutoff() + ")");

    List<double[]> solutions = new ArrayList<>();
    String[] layerNames = {DetectedSpan.SKILL, DetectedSpan.KNOWLEDGE};
    for (String layer : layerNames) {
      int[][] gold = new int[data.size()][];
      for (int k = 0; k < data.size(); k++) {
        SpanDetectorCorpus.Example ex = data.get(k);
        gold[k] = labels(layer.equals(DetectedSpan.SKILL) ? ex.skillTags() : ex.knowledgeTags());
      }
      long t0 = System.nanoTime();
      Objective obj = new Objective(ids, gold, names.size(), cfg.threads());
      try {
        QNMinimizer qn = new QNMinimizer(cfg.l1(), cfg.l2(), cfg.iterations(), QNMinimizer.M_DEFAULT,
            QNMinimizer.MAX_FCT_EVAL_DEFAULT);
        solutions.add(qn.minimize(obj));
      } finally {
        obj.close();
      }
      log.accept(layer + " layer trained in " + (System.nanoTime() - t0) / 1_000_000 + " ms, " + obj.evaluations
          + " evaluations taking " + obj.nanos / 1_000_000 + " ms");
    }
    return prune(cfg.summary() + " " + note, features, names, layerNames, solutions)
        .withRecallBias(cfg.skillBias(), cfg.knowledgeBias());
  }

  /** Drops features with zero weight in every layer. */
  private static SpanDetector prune(String description, SpanFeatures features, List<String> names, String[] layerNames,
      List<double[]> solutions) {
    int nf = names.size();
    int lab = SpanDetectorCrf.LABELS;
    List<String> kept = new ArrayList<>();
    int[] keep = new int[nf];
    int k = 0;
    for (int f = 0; f < nf; f++) {
      boolean any = false;
      for (double[] x : solutions) {
        for (int y = 0; y < lab && !any; y++) {
          any = (float) x[f * lab + y] != 0f;
        }
      }
      if (any) {
        keep[k++] = f;
        kept.add(names.get(f));
      }
    }
    List<SpanDetector.Layer> layers = new ArrayList<>();
    for (int l = 0; l < layerNames.length; l++) {
      double[] x = solutions.get(l);
      float[] em = new float[k * lab];
      for (int j = 0; j < k; j++) {
        for (int y = 0; y < lab; y++) {
          em[j * lab + y] = (float) x[keep[j] * lab + y];
        }
      }
      double[] trans = Arrays.copyOfRange(x, nf * lab, nf * lab + lab * lab);
      double[] start = Arrays.copyOfRange(x, nf * lab + lab * lab, nf * lab + lab * lab + lab);
      layers.add(new SpanDetector.Layer(layerNames[l], em, trans, start, 0));
    }
    return new SpanDetector(description, features, kept, layers);
  }

  /** BIO strings to label ids the way the official scorer reads them: an I that starts a run is a B. */
  static int[] labels(List<String> tags) {
    int[] y = new int[tags.size()];
    int prev = SpanDetectorCrf.O;
    for (int i = 0; i < y.length; i++) {
      String t = tags.get(i);
      if (t.startsWith("B")) {
        y[i] = SpanDetectorCrf.B;
      } else if (t.startsWith("I")) {
        y[i] = prev == SpanDetectorCrf.O ? SpanDetectorCrf.B : SpanDetectorCrf.I;
      } else {
        y[i] = SpanDetectorCrf.O;
      }
      prev = y[i];
    }
    return y;
  }

  /** Negative log-likelihood of the gold tags and its gradient; value and gradient are computed together. */
  private static final class Objective implements Function, AutoCloseable {
    /** Sentences are summed in this many fixed shards, so the result does not depend on the thread count. */
    private static final int SHARDS = 8;
    private final int[][][] ids;
    private final int[][] gold;
    private final int dim;
    private final int nf;
    private final ExecutorService pool;
    private double[] lastX;
    private double lastValue;
    private double[] lastGrad;
    private int evaluations;
    private long nanos;

    Objective(int[][][] ids, int[][] gold, int nf, int threads) {
      this.ids = ids;
      this.gold = gold;
      this.nf = nf;
      this.dim = nf * SpanDetectorCrf.LABELS + SpanDetectorCrf.LABELS * SpanDetectorCrf.LABELS + SpanDetectorCrf.LABELS;
      this.pool = threads > 1 ? Executors.newFixedThreadPool(threads, r -> {
        Thread t = new Thread(r, "span-trainer");
        t.setDaemon(true);
        return t;
      }) : null;
    }

    @Override
    public int getDimension() {
      return dim;
    }

    @Override
    public double valueAt(double[] x) {
      compute(x);
      return lastValue;
    }

    @Override
    public double[] gradientAt(double[] x) {
      compute(x);
      return lastGrad.clone();
    }

    @Override
    public void close() {
      if (pool != null) {
        pool.shutdownNow();
      }
    }

    private void compute(double[] x) {
      if (lastX != null && Arrays.equals(lastX, x)) {
        return;
      }
      evaluations++;
      long t0 = System.nanoTime();
      double[] value = new double[SHARDS];
      double[][] grads = new double[SHARDS][dim];
      if (pool == null) {
        for (int s = 0; s < SHARDS; s++) {
          value[s] = shard(x, s, grads[s]);
        }
      } else {
        List<Future<Double>> parts = new ArrayList<>();
        for (int s = 0; s < SHARDS; s++) {
          int shard = s;
          parts.add(pool.submit(() -> shard(x, shard, grads[shard])));
        }
        try {
          for (int s = 0; s < SHARDS; s++) {
            value[s] = parts.get(s).get();
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("span training interrupted", e);
        } catch (ExecutionException e) {
          throw new IllegalStateException("span training failed", e.getCause());
        }
      }
      double v = 0;
      double[] g = grads[0];
      for (int s = 0; s < SHARDS; s++) {
        v += value[s];
        if (s > 0) {
          double[] gs = grads[s];
          for (int j = 0; j < dim; j++) {
            g[j] += gs[j];
          }
        }
      }
      lastX = x.clone();
      lastValue = v;
      lastGrad = g;
      nanos += System.nanoTime() - t0;
    }

    /** NLL of the sentences k with k % SHARDS == shard, adding their gradient to {@code g}. */
    private double shard(double[] x, int shard, double[] g) {
      int lab = SpanDetectorCrf.LABELS;
      int tOff = nf * lab;
      int sOff = tOff + lab * lab;
      double[] trans = Arrays.copyOfRange(x, tOff, tOff + lab * lab);
      double[] start = Arrays.copyOfRange(x, sOff, sOff + lab);
      double nll = 0;
      for (int k = shard; k < ids.length; k += SHARDS) {
        int[][] f = ids[k];
        int[] y = gold[k];
        int n = f.length;
        if (n == 0) {
          continue;
        }
        double[][] e = SpanDetectorCrf.emissions(f, x);
        double[][] a = SpanDetectorCrf.forward(e, trans, start);
        double[][] b = SpanDetectorCrf.backward(e, trans);
        double logZ = SpanDetectorCrf.logZ(a);
        double goldScore = start[y[0]] + e[0][y[0]];
        for (int i = 1; i < n; i++) {
          goldScore += trans[y[i - 1] * lab + y[i]] + e[i][y[i]];
        }
        nll += logZ - goldScore;
        for (int i = 0; i < n; i++) {
          for (int c = 0; c < lab; c++) {
            double m = Math.exp(a[i][c] + b[i][c] - logZ) - (y[i] == c ? 1 : 0);
            if (m != 0) {
              for (int fid : f[i]) {
                g[fid * lab + c] += m;
              }
            }
          }
          if (i == 0) {
            for (int c = 0; c < lab; c++) {
              g[sOff + c] += Math.exp(a[0][c] + b[0][c] - logZ) - (y[0] == c ? 1 : 0);
            }
          } else {
            for (int p = 0; p < lab; p++) {
              for (int c = 0; c < lab; c++) {
                if (SpanDetectorCrf.allowed(p, c)) {
                  double m = Math.exp(a[i - 1][p] + trans[p * lab + c] + e[i][c] + b[i][c] - logZ);
                  g[tOff + p * lab + c] += m;
                }
              }
            }
            g[tOff + y[i - 1] * lab + y[i]] -= 1;
          }
        }
      }
      return nll;
    }
  }
}
