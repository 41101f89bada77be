package dev.skillgap.distil;

import java.util.Locale;
import java.util.function.Consumer;

/**
 * Distils a static word-piece embedding table from a {@link TokenTeacher}, following model2vec
 * (Tulkens and van Dongen, 2024): every vocabulary token through the teacher, a PCA of those
 * vectors (centred; {@link Pca}), then each row scaled by its token's SIF weight {@code a / (a +
 * p(token))}, where {@code p} is a Zipf distribution over the token's rank, taken as its vocabulary
 * id (model2vec's frequency proxy: BERT vocabularies list word pieces roughly by frequency, after
 * the reserved and single-character entries). A phrase is then the normalised sum of its rows.
 */
public final class StaticDistiller {

  private StaticDistiller() {}

  /**
   * The distillation settings.
   *
   * @param dims principal components kept (model2vec's default is 256)
   * @param sifCoefficient the SIF {@code a}; model2vec's default 1e-4 weighs the commonest pieces
   *     (rank ~1000, "the" at 1996) about 0.5-0.7 and the rarest about 0.97
   */
  public record Config(int dims, double sifCoefficient) {

    public Config {
      if (dims < 1) {
        throw new IllegalArgumentException("dims must be >= 1: " + dims);
      }
      if (!(sifCoefficient > 0)) {
        throw new IllegalArgumentException("sifCoefficient must be > 0: " + sifCoefficient);
      }
    }

    /** 256 dimensions, SIF a = 1e-4: model2vec's defaults. */
    public static Config defaults() {
      return new Config(256, 1e-4);
    }
  }

  /**
   * The distilled table.
   *
   * @param rows one row per token id
   * @param pca the fitted PCA
   * @param weights each token's SIF weight
   * @param description how it was made, for the table file
   */
  public record Result(float[][] rows, Pca pca, double[] weights, String description) {}

  /**
   * Embeds tokens 0 to {@code vocabularySize - 1} with {@code teacher} in id order, then PCA and SIF.
   *
   * @param log hears progress lines (every 5,000 tokens) and the explained variance
   */
  public static Result distil(TokenTeacher teacher, int vocabularySize, Config config, Consumer<String> log) {
    float[][] vectors = new float[vocabularySize][];
    long t0 = System.nanoTime();
    for (int id = 0; id < vocabularySize; id++) {
      vectors[id] = teacher.embed(id);
      if ((id + 1) % 5000 == 0 || id + 1 == vocabularySize) {
        log.accept(String.format(Locale.ROOT, "teacher: %,d of %,d tokens (%.0f s)", id + 1, vocabularySize,
            (System.nanoTime() - t0) / 1e9));
      }
    }
    return fromTeacherVectors(vectors, teacher.id(), config, log);
  }

  /** The PCA and SIF steps on teacher vectors already computed (one per token id). */
  public static Result fromTeacherVectors(float[][] vectors, String teacherId, Config config, Consumer<String> log) {
    long t0 = System.nanoTime();
    Pca pca = Pca.fit(vectors, config.dims());
    log.accept(String.format(Locale.ROOT, "PCA %d -> %d dimensions explains %.1f%% of the variance (%.1f s)",
        vectors[0].length, config.dims(), 100 * pca.explainedVariance(), (System.nanoTime() - t0) / 1e9));
    double[] w = sifWeights(vectors.length, config.sifCoefficient());
    float[][] rows = new float[vectors.length][];
    for (int id = 0; id < vectors.length; id++) {
      float[] p = pca.project(vectors[id]);
      for (int j = 0; j < p.length; j++) {
        p[j] = (float) (p[j] * w[id]);
      }
      rows[id] = p;
    }
    String description = String.format(Locale.ROOT,
        "distilled from %s: each of the %d word pieces alone as [CLS] t [SEP], mean-pooled, unit length; "
            + "PCA %d -> %d (explains %.1f%% of the variance); SIF weights a/(a+p), a=%s, p Zipf over the vocabulary id",
        teacherId, vectors.length, vectors[0].length, config.dims(), 100 * pca.explainedVariance(),
        Double.toString(config.sifCoefficient()));
    return new Result(rows, pca, w, description);
  }

  /**
   * The SIF weight of each rank 0 to n - 1: {@code a / (a + p(r))} with {@code p(r) = (1 / (r + 2)) /
   * sum over s of 1 / (s + 2)}, Zipf's law with the offset model2vec uses.
   */
  public static double[] sifWeights(int n, double a) {
    double z = 0;
    for (int r = n - 1; r >= 0; r--) {
      z += 1.0 / (r + 2);
    }
    double[] w = new double[n];
    for (int r = 0; r < n; r++) {
      double p = (1.0 / (r + 2)) / z;
      w[r] = a / (a + p);
    }
    return w;
  }
}
