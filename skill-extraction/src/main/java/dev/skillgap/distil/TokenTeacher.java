package dev.skillgap.distil;

/** The model a static table is distilled from: one vector per vocabulary token. */
public interface TokenTeacher {

  /** The teacher's vector for word-piece {@code tokenId} on its own; the same id always gives the same vector. */
  float[] embed(int tokenId);

  /** Names the teacher and its weights, for the table's description. */
  String id();
}
