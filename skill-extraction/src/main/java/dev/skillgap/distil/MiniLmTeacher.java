package dev.skillgap.distil;

import dev.skillgap.link.SentenceEncoder;
import dev.skillgap.link.WordPieceTokenizer;

/**
 * all-MiniLM-L6-v2 as a {@link TokenTeacher}, as model2vec uses its teacher: each token alone
 * between [CLS] and [SEP], run through the model on its own (so independent of any batch), the
 * output mean-pooled over the three positions and L2-normalised ({@link SentenceEncoder#encodeWordPieces}).
 */
public final class MiniLmTeacher implements TokenTeacher {

  private final SentenceEncoder encoder;
  private final long cls;
  private final long sep;

  /** Uses {@code encoder} (not closed here) with {@code tokenizer}'s [CLS] and [SEP]. */
  public MiniLmTeacher(SentenceEncoder encoder, WordPieceTokenizer tokenizer) {
    this.encoder = encoder;
    this.cls = tokenizer.clsId();
    this.sep = tokenizer.sepId();
  }

  @Override
  public float[] embed(int tokenId) {
    return encoder.encodeWordPieces(new long[] {cls, tokenId, sep});
  }

  @Override
  public String id() {
    return encoder.modelId();
  }
}
