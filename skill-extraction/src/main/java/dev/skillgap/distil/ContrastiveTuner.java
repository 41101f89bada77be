package dev.skillgap.distil;

import dev.skillgap.link.WordPieceTokenizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Fine-tunes the rows of a static embedding table contrastively: each pair's text and its concept's
 * preferred label are encoded as the encoder does (normalised sum of rows), and a symmetric InfoNCE
 * loss with in-batch negatives (every other concept in the batch; a batch never holds two pairs of
 * one concept) pulls each text towards its label and away from the others. Adam updates only the
 * rows a batch touched (lazy Adam, global step for the bias correction), optionally pulled back
 * towards their starting values ({@code decay}).
 *
 * <p>Deterministic: one thread, batches from a seeded shuffle, sums in a fixed order.
 */
public final class ContrastiveTuner {

  private ContrastiveTuner() {}

  /**
   * Tuning settings.
   *
   * @param epochs passes over the training pairs
   * @param batchSize pairs per batch (the negatives are the batch's other concepts)
   * @param learningRate Adam's step size
   * @param temperature InfoNCE temperature (logits are cosines divided by it)
   * @param decay L2 pull of each touched row towards its starting value, per step (0 for none)
   * @param seed seeds the shuffle
   */
  public record Config(int epochs, int batchSize, double learningRate, double temperature, double decay, long seed) {

    public Config {
      if (epochs < 0 || batchSize < 2 || !(learningRate > 0) || !(temperature > 0) || decay < 0) {
        throw new IllegalArgumentException("bad tuning config: " + epochs + " epochs, batch " + batchSize + ", lr "
            + learningRate + ", temperature " + temperature + ", decay " + decay);
      }
    }

    /** One line for logs and descriptions. */
    public String summary() {
      return String.format(Locale.ROOT, "%d epochs, batch %d, Adam lr %s, temperature %s, decay %s, seed %d", epochs,
          batchSize, Double.toString(learningRate), Double.toString(temperature), Double.toString(decay), seed);
    }
  }

  /** Hears the end of each epoch: its number (1-based), the mean training loss, and the rows as they are (do not keep or change them). */
  @FunctionalInterface
  public interface EpochListener {
    void epochEnded(int epoch, double meanLoss, float[][] rows);
  }

  /**
   * Returns tuned copies of {@code rows} (one per vocabulary id of {@code tokenizer}), trained on
   * {@code pairs.train()}.
   */
  public static float[][] tune(float[][] rows, WordPieceTokenizer tokenizer, TrainingPairs pairs, Config config,
      EpochListener listener, Consumer<String> log) {
    int vocab = rows.length;
    int dim = rows[0].length;
    float[] w = new float[vocab * dim];
    for (int r = 0; r < vocab; r++) {
      System.arraycopy(rows[r], 0, w, r * dim, dim);
    }
    float[] start = config.decay() > 0 ? w.clone() : null;
    int unk = tokenizer.unkId();
    List<TrainingPairs.Pair> train = pairs.train();
    int[][] textIds = new int[train.size()][];
    for (int i = 0; i < textIds.length; i++) {
      textIds[i] = known(tokenizer.ids(train.get(i).text()), unk);
    }
    int[][] targetIds = new int[pairs.targets().size()][];
    for (int t = 0; t < targetIds.length; t++) {
      targetIds[t] = known(tokenizer.ids(pairs.targets().get(t)), unk);
    }
    // pairs with no known word piece on either side have nothing to learn from
    int[] usable = java.util.stream.IntStream.range(0, train.size())
        .filter(i -> textIds[i].length > 0 && targetIds[train.get(i).target()].length > 0).toArray();
    Adam adam = new Adam(vocab, dim, config.learningRate());
    float[] grad = new float[vocab * dim];
    int[] touchedStamp = new int[vocab];
    Arrays.fill(touchedStamp, -1);
    int[] touched = new int[vocab];
    Random random = new Random(config.seed());
    int step = 0;
    for (int epoch = 1; epoch <= config.epochs(); epoch++) {
      long t0 = System.nanoTime();
      int[] order = usable.clone();
      for (int i = order.length - 1; i > 0; i--) {
        int j = random.nextInt(i + 1);
        int x = order[i];
        order[i] = order[j];
        order[j] = x;
      }
      double lossSum = 0;
      int batches = 0;
      for (int[] batch : batches(order, train, targetIds.length, config.batchSize())) {
        int nTouched = 0;
        int[][] a = new int[batch.length][];
        int[][] p = new int[batch.length][];
        for (int i = 0; i < batch.length; i++) {
          a[i] = textIds[batch[i]];
          p[i] = targetIds[train.get(batch[i]).target()];
        }
        lossSum += step(w, dim, a, p, config.temperature(), grad);
        for (int[][] side : new int[][][] {a, p}) {
          for (int[] ids : side) {
            for (int id : ids) {
              if (touchedStamp[id] != step) {
                touchedStamp[id] = step;
                touched[nTouched++] = id;
              }
            }
          }
        }
        adam.step(w, grad, touched, nTouched, start, (float) config.decay());
        step++;
        batches++;
      }
      double mean = batches == 0 ? 0 : lossSum / batches;
      log.accept(String.format(Locale.ROOT, "epoch %d: mean loss %.4f over %d batches (%.0f s)", epoch, mean, batches,
          (System.nanoTime() - t0) / 1e9));
      if (listener != null) {
        listener.epochEnded(epoch, mean, toRows(w, vocab, dim));
      }
    }
    return toRows(w, vocab, dim);
  }

  private static float[][] toRows(float[] w, int vocab, int dim) {
    float[][] out = new float[vocab][dim];
    for (int r = 0; r < vocab; r++) {
      System.arraycopy(w, r * dim, out[r], 0, dim);
    }
    return out;
  }

  private static int[] known(int[] ids, int unk) {
    return Arrays.stream(ids).filter(id -> id != unk).toArray();
  }

  /**
   * Cuts the shuffled pairs into batches of at most {@code size} whose concepts are all different:
   * a pair whose concept is already in the batch waits for the next one, and goes in first there.
   * A last batch of one pair (no negative to learn from) is dropped.
   */
  static List<int[]> batches(int[] order, List<TrainingPairs.Pair> train, int targets, int size) {
    List<int[]> out = new ArrayList<>();
    int[] inBatch = new int[targets];
    Arrays.fill(inBatch, -1);
    List<Integer> waiting = new ArrayList<>();
    int next = 0;
    for (int batchNo = 0; next < order.length || !waiting.isEmpty(); batchNo++) {
      int[] current = new int[size];
      int n = 0;
      List<Integer> stillWaiting = new ArrayList<>();
      for (int pi : waiting) {
        int t = train.get(pi).target();
        if (n < size && inBatch[t] != batchNo) {
          inBatch[t] = batchNo;
          current[n++] = pi;
        } else {
          stillWaiting.add(pi);
        }
      }
      waiting = stillWaiting;
      while (n < size && next < order.length) {
        int pi = order[next++];
        int t = train.get(pi).target();
        if (inBatch[t] == batchNo) {
          waiting.add(pi);
        } else {
          inBatch[t] = batchNo;
          current[n++] = pi;
        }
      }
      if (n >= 2) {
        out.add(Arrays.copyOf(current, n));
      }
    }
    return out;
  }

  /**
   * One batch: forward, symmetric InfoNCE, backward into {@code grad} (rows of the batch's tokens;
   * every other entry stays zero). Returns the batch's loss.
   */
  static double step(float[] w, int dim, int[][] a, int[][] p, double temperature, float[] grad) {
    int b = a.length;
    float[][] av = new float[b][];
    float[][] pv = new float[b][];
    float[] an = new float[b];
    float[] pn = new float[b];
    for (int i = 0; i < b; i++) {
      av[i] = sumRows(w, dim, a[i]);
      an[i] = normalise(av[i]);
      pv[i] = sumRows(w, dim, p[i]);
      pn[i] = normalise(pv[i]);
    }
    // logits[i][j] = a_i . p_j / temperature, as axpy over j (transposed p) so the JIT vectorises it
    float[] pt = new float[dim * b];
    for (int j = 0; j < b; j++) {
      for (int d = 0; d < dim; d++) {
        pt[d * b + j] = pv[j][d];
      }
    }
    float inv = (float) (1 / temperature);
    float[][] logits = new float[b][b];
    for (int i = 0; i < b; i++) {
      float[] li = logits[i];
      float[] ai = av[i];
      for (int d = 0; d < dim; d++) {
        float x = ai[d] * inv;
        int base = d * b;
        for (int j = 0; j < b; j++) {
          li[j] += x * pt[base + j];
        }
      }
    }
    // softmax by row (text -> concepts) and by column (concept -> texts); g = d loss / d logit
    float[][] g = new float[b][b];
    float[][] gt = new float[b][b];
    float[][] lt = new float[b][b];
    for (int i = 0; i < b; i++) {
      for (int j = 0; j < b; j++) {
        lt[j][i] = logits[i][j];
      }
    }
    float half = 0.5f / b;
    double loss = (crossEntropyOfDiagonal(logits, g, half) + crossEntropyOfDiagonal(lt, gt, half)) / (2 * b);
    for (int i = 0; i < b; i++) {
      for (int j = 0; j < b; j++) {
        g[i][j] += gt[j][i];
      }
    }
    // d loss / d a_i = sum_j g_ij p_j / T ; d loss / d p_j = sum_i g_ij a_i / T
    float[][] da = new float[b][dim];
    float[][] dp = new float[b][dim];
    for (int i = 0; i < b; i++) {
      float[] dai = da[i];
      float[] ai = av[i];
      for (int j = 0; j < b; j++) {
        float gij = g[i][j] * inv;
        float[] pj = pv[j];
        float[] dpj = dp[j];
        for (int d = 0; d < dim; d++) {
          dai[d] += gij * pj[d];
          dpj[d] += gij * ai[d];
        }
      }
    }
    for (int i = 0; i < b; i++) {
      backToRows(av[i], an[i], da[i], a[i], grad, dim);
      backToRows(pv[i], pn[i], dp[i], p[i], grad, dim);
    }
    return loss;
  }

  /**
   * The summed cross-entropy of each row's softmax against its diagonal entry (row i's right
   * answer is column i); adds {@code scale} times its gradient by logit into {@code g}.
   */
  private static double crossEntropyOfDiagonal(float[][] logits, float[][] g, float scale) {
    double loss = 0;
    for (int i = 0; i < logits.length; i++) {
      float[] li = logits[i];
      float max = Float.NEGATIVE_INFINITY;
      for (float x : li) {
        max = Math.max(max, x);
      }
      double z = 0;
      for (float x : li) {
        z += Math.exp(x - max);
      }
      loss -= li[i] - max - Math.log(z);
      for (int j = 0; j < li.length; j++) {
        g[i][j] += (float) (Math.exp(li[j] - max) / z) * scale;
      }
      g[i][i] -= scale;
    }
    return loss;
  }

  /** Through v = s / |s| (v given, |s| = norm) back to every row summed into s. */
  private static void backToRows(float[] v, float norm, float[] dv, int[] ids, float[] grad, int dim) {
    if (norm == 0 || ids.length == 0) {
      return;
    }
    double vd = 0;
    for (int d = 0; d < dim; d++) {
      vd += (double) v[d] * dv[d];
    }
    float[] ds = new float[dim];
    for (int d = 0; d < dim; d++) {
      ds[d] = (float) ((dv[d] - vd * v[d]) / norm);
    }
    for (int id : ids) {
      int base = id * dim;
      for (int d = 0; d < dim; d++) {
        grad[base + d] += ds[d];
      }
    }
  }

  static float[] sumRows(float[] w, int dim, int[] ids) {
    float[] s = new float[dim];
    for (int id : ids) {
      int base = id * dim;
      for (int d = 0; d < dim; d++) {
        s[d] += w[base + d];
      }
    }
    return s;
  }

  /** Scales {@code v} to unit length in place and returns its former length (0 leaves it zero). */
  static float normalise(float[] v) {
    double n = 0;
    for (float x : v) {
      n += (double) x * x;
    }
    float norm = (float) Math.sqrt(n);
    if (norm > 0) {
      for (int d = 0; d < v.length; d++) {
        v[d] /= norm;
      }
    }
    return norm;
  }

  /** Adam on the rows a batch touched; untouched rows keep their moments as they were. */
  private static final class Adam {
    static final float BETA1 = 0.9f;
    static final float BETA2 = 0.999f;
    static final float EPS = 1e-8f;

    final float[] m;
    final float[] v;
    final int dim;
    final float lr;
    int t;

    Adam(int vocab, int dim, double lr) {
      this.m = new float[vocab * dim];
      this.v = new float[vocab * dim];
      this.dim = dim;
      this.lr = (float) lr;
    }

    /** Applies and clears the gradient of the touched rows. */
    void step(float[] w, float[] grad, int[] rows, int n, float[] start, float decay) {
      t++;
      float c1 = (float) (1 - Math.pow(BETA1, t));
      float c2 = (float) (1 - Math.pow(BETA2, t));
      for (int k = 0; k < n; k++) {
        int base = rows[k] * dim;
        for (int d = base; d < base + dim; d++) {
          float gd = grad[d];
          if (start != null) {
            gd += decay * (w[d] - start[d]);
          }
          m[d] = BETA1 * m[d] + (1 - BETA1) * gd;
          v[d] = BETA2 * v[d] + (1 - BETA2) * gd * gd;
          w[d] -= lr * (m[d] / c1) / ((float) Math.sqrt(v[d] / c2) + EPS);
          grad[d] = 0;
        }
      }
    }
  }
}
