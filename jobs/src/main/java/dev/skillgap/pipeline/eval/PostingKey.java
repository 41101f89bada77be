package dev.skillgap.pipeline.eval;

import dev.skillgap.io.Sha256;

/**
 * The key a real posting is judged under: the first 16 hex digits of the SHA-256 of the id the
 * ingest gives it. The job board's ids are its URLs; the careers CSV has none, so the ingest derives
 * them from the content hash of title and text ({@code sha256:} and 16 hex digits). Either way the
 * key holds the feed's text neither in clear nor in a form that could be searched for. Pure.
 */
public final class PostingKey {

  private PostingKey() {}

  /** The first 16 hex digits (64 bits) of the SHA-256 of {@code postingId}. */
  public static String of(String postingId) {
    return Sha256.hex(postingId).substring(0, 16);
  }
}
