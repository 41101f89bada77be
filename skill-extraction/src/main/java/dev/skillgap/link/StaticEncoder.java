package dev.skillgap.link;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Turns texts into unit-length vectors from a static table of word-piece embeddings distilled from
 * all-MiniLM-L6-v2 (model2vec's method; how the committed table was made is in {@code
 * models/README.md}): a text's vector is the sum of the rows of its word pieces (MiniLM's own uncased
 * WordPiece tokenizer, {@link WordPieceTokenizer}; [UNK] pieces are skipped), L2-normalised. The
 * rows carry their token's weight, so the sum is the weighted mean up to length. A text with no
 * known word piece gets the zero vector, whose dot product with every vector is 0. The same shape as
 * {@link SentenceEncoder#encode}, in a space of its own: compare static vectors only with static
 * vectors ({@link StaticLabelIndex}).
 *
 * <p>Immutable and thread-safe: load it once ({@link #loadDefault}, about 0.3 s) and share it. No
 * native code and no model call: a short phrase costs about a microsecond.
 *
 * <p>File format (gzip): the UTF string {@value #MAGIC}, int version, UTF description, UTF
 * fingerprint of the tokenizer's vocabulary, int rows, int dimension, then per row a float scale
 * and {@code dimension} signed bytes (the row is bytes × scale: int8 with a per-row scale).
 */
public final class StaticEncoder {

  /** Classpath resource of the committed table. */
  public static final String DEFAULT_RESOURCE = "/models/minilm-static.bin";

  static final String MAGIC = "skillgap-static-embeddings";
  static final int VERSION = 1;

  private final WordPieceTokenizer tokenizer;
  private final float[] table;
  private final int dim;
  private final String description;
  private final String modelId;

  private StaticEncoder(WordPieceTokenizer tokenizer, float[] table, int dim, String description, String modelId) {
    this.tokenizer = tokenizer;
    this.table = table;
    this.dim = dim;
    this.description = description;
    this.modelId = modelId;
  }

  /**
   * An encoder over {@code rows} (one row per vocabulary id of {@code tokenizer}, all of one
   * length), used as given, not quantised; {@link #write} then {@link #load} gives the int8 version.
   */
  public static StaticEncoder of(WordPieceTokenizer tokenizer, float[][] rows, String description) {
    if (rows.length != tokenizer.vocabularySize() || rows.length == 0) {
      throw new IllegalArgumentException(rows.length + " rows for a vocabulary of " + tokenizer.vocabularySize());
    }
    int dim = rows[0].length;
    float[] flat = new float[rows.length * dim];
    for (int i = 0; i < rows.length; i++) {
      if (rows[i].length != dim) {
        throw new IllegalArgumentException("row " + i + " has " + rows[i].length + " dimensions, not " + dim);
      }
      System.arraycopy(rows[i], 0, flat, i * dim, dim);
    }
    return new StaticEncoder(tokenizer, flat, dim, description, "static-" + dim + "@unsaved");
  }

  /** Loads the committed table from {@value #DEFAULT_RESOURCE}, with MiniLM's tokenizer. */
  public static StaticEncoder loadDefault() throws IOException {
    InputStream in = StaticEncoder.class.getResourceAsStream(DEFAULT_RESOURCE);
    if (in == null) {
      throw new IOException("static embedding table " + DEFAULT_RESOURCE + " is not on the classpath");
    }
    try (in) {
      return load(in, WordPieceTokenizer.loadDefault());
    }
  }

  /**
   * Reads a table written by {@link #write}; fails when it was made for another vocabulary than
   * {@code tokenizer}'s. Does not close {@code in}.
   */
  public static StaticEncoder load(InputStream in, WordPieceTokenizer tokenizer) throws IOException {
    MessageDigest sha = sha256();
    DataInputStream d = new DataInputStream(new BufferedInputStream(
        new java.security.DigestInputStream(new GZIPInputStream(in, 1 << 16), sha), 1 << 16));
    if (!MAGIC.equals(d.readUTF())) {
      throw new IOException("not a skillgap static embedding table");
    }
    int version = d.readInt();
    if (version != VERSION) {
      throw new IOException("static embedding table version " + version + ", expected " + VERSION);
    }
    String description = d.readUTF();
    String vocab = d.readUTF();
    if (!vocab.equals(vocabularyFingerprint(tokenizer))) {
      throw new IOException("static embedding table was made for another vocabulary (" + vocab + ")");
    }
    int rows = d.readInt();
    int dim = d.readInt();
    if (rows != tokenizer.vocabularySize() || dim < 1 || dim > 4096) {
      throw new IOException("static embedding table has " + rows + " rows of " + dim + " for a vocabulary of "
          + tokenizer.vocabularySize());
    }
    float[] flat = new float[rows * dim];
    byte[] q = new byte[dim];
    for (int r = 0; r < rows; r++) {
      float scale = d.readFloat();
      d.readFully(q);
      for (int j = 0; j < dim; j++) {
        flat[r * dim + j] = q[j] * scale;
      }
    }
    if (d.read() != -1) {
      throw new IOException("static embedding table has trailing bytes");
    }
    String id = "minilm-static-" + dim + "@" + HexFormat.of().formatHex(sha.digest()).substring(0, 12);
    return new StaticEncoder(tokenizer, flat, dim, description, id);
  }

  /**
   * Writes the table as int8 with a per-row scale (max |x| / 127, rounded to nearest), gzip at the
   * best compression; the bytes depend only on the rows and the description. Does not close {@code out}.
   */
  public void write(OutputStream out) throws IOException {
    GZIPOutputStream gz = new GZIPOutputStream(out, 1 << 16) {
      {
        def.setLevel(Deflater.BEST_COMPRESSION);
      }
    };
    DataOutputStream d = new DataOutputStream(new BufferedOutputStream(gz, 1 << 16));
    d.writeUTF(MAGIC);
    d.writeInt(VERSION);
    d.writeUTF(description);
    d.writeUTF(vocabularyFingerprint(tokenizer));
    int rows = table.length / dim;
    d.writeInt(rows);
    d.writeInt(dim);
    byte[] q = new byte[dim];
    for (int r = 0; r < rows; r++) {
      float max = 0;
      for (int j = 0; j < dim; j++) {
        max = Math.max(max, Math.abs(table[r * dim + j]));
      }
      float scale = max / 127f;
      for (int j = 0; j < dim; j++) {
        q[j] = scale == 0 ? 0 : (byte) Math.round(table[r * dim + j] / scale);
      }
      d.writeFloat(scale);
      d.write(q);
    }
    d.flush();
    gz.finish();
  }

  /** The int8 version of this encoder, as {@link #load} would give it back after {@link #write}. */
  public StaticEncoder quantised() throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    write(b);
    return load(new java.io.ByteArrayInputStream(b.toByteArray()), tokenizer);
  }

  /** Identifies a vocabulary: its size and the SHA-256 of its tokens in id order. */
  static String vocabularyFingerprint(WordPieceTokenizer tokenizer) {
    MessageDigest sha = sha256();
    for (int i = 0; i < tokenizer.vocabularySize(); i++) {
      sha.update(tokenizer.token(i).getBytes(java.nio.charset.StandardCharsets.UTF_8));
      sha.update((byte) '\n');
    }
    return "wordpiece-" + tokenizer.vocabularySize() + "@" + HexFormat.of().formatHex(sha.digest()).substring(0, 16);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /** The vector dimension. */
  public int dimension() {
    return dim;
  }

  /** Name, dimension and a fingerprint of the loaded table's content, e.g. {@code minilm-static-256@1a2b3c4d5e6f}; use it in cache keys. */
  public String modelId() {
    return modelId;
  }

  /** How the table was made, as its maker wrote it into the file. */
  public String description() {
    return description;
  }

  /** The tokenizer whose ids index the rows. */
  public WordPieceTokenizer tokenizer() {
    return tokenizer;
  }

  /** Number of rows (the vocabulary size). */
  public int rows() {
    return table.length / dim;
  }

  /** A copy of the row of word-piece {@code id}. */
  public float[] row(int id) {
    float[] r = new float[dim];
    System.arraycopy(table, id * dim, r, 0, dim);
    return r;
  }

  /** A copy of every row, indexed by word-piece id. */
  public float[][] rowsCopy() {
    float[][] out = new float[rows()][];
    for (int i = 0; i < out.length; i++) {
      out[i] = row(i);
    }
    return out;
  }

  /** Returns the unit-length vector of {@code text} (a new array), or the zero vector when it has no known word piece. */
  public float[] encode(String text) {
    return encodeIds(tokenizer.ids(Objects.requireNonNull(text, "text")));
  }

  /** As {@link #encode}, for word-piece ids already found ([UNK] is skipped). */
  public float[] encodeIds(int[] ids) {
    float[] v = new float[dim];
    int unk = tokenizer.unkId();
    for (int id : ids) {
      if (id == unk) {
        continue;
      }
      int base = id * dim;
      for (int j = 0; j < dim; j++) {
        v[j] += table[base + j];
      }
    }
    double norm = 0;
    for (int j = 0; j < dim; j++) {
      norm += (double) v[j] * v[j];
    }
    if (norm > 0) {
      float inv = (float) (1.0 / Math.sqrt(norm));
      for (int j = 0; j < dim; j++) {
        v[j] *= inv;
      }
    }
    return v;
  }
}
