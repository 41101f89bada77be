package dev.skillgap.link;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class StaticEncoderTest {

  static final WordPieceTokenizer TOK = WordPieceTokenizer.of("[PAD]", "[UNK]", "[CLS]", "[SEP]", "data", "##base",
      "team", "work", ",");
  static final float[][] ROWS = {{9, 9}, {5, 5}, {7, 7}, {8, 8}, {3, 0}, {0, 4}, {0, 1}, {2, 0}, {0.5f, 0.5f}};

  static final StaticEncoder ENC = StaticEncoder.of(TOK, ROWS, "fixture");

  @Test
  void aPhraseIsTheNormalisedSumOfItsRows() {
    // "database" = data + ##base = (3, 0) + (0, 4) = (3, 4) -> (0.6, 0.8)
    assertArrayEquals(new float[] {0.6f, 0.8f}, ENC.encode("Database"), 1e-7f);
    // "team work, team" = (0,1) + (2,0) + (0.5,0.5) + (0,1) = (2.5, 2.5) -> (1/sqrt2, 1/sqrt2)
    float h = (float) Math.sqrt(0.5);
    assertArrayEquals(new float[] {h, h}, ENC.encode("team work, team"), 1e-7f);
    // [UNK] pieces are skipped; nothing known gives the zero vector
    assertArrayEquals(new float[] {0, 1}, ENC.encode("team zzz"), 1e-7f);
    assertArrayEquals(new float[] {0, 0}, ENC.encode("zzz"), 0f);
    assertArrayEquals(new float[] {0, 0}, ENC.encode(""), 0f);
    assertEquals(2, ENC.dimension());
    assertEquals(9, ENC.rows());
  }

  @Test
  void writesInt8WithAPerRowScaleAndReadsItBack() throws IOException {
    ByteArrayOutputStream a = new ByteArrayOutputStream();
    ENC.write(a);
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    ENC.write(b);
    assertArrayEquals(a.toByteArray(), b.toByteArray(), "the bytes depend only on the table");
    StaticEncoder back = StaticEncoder.load(new ByteArrayInputStream(a.toByteArray()), TOK);
    assertEquals("fixture", back.description());
    assertTrue(back.modelId().startsWith("minilm-static-2@"), back.modelId());
    // (3, 0): scale 3/127, bytes 127 and 0 -> exactly (3, 0); (0.5, 0.5) -> 127 * (0.5/127) each
    assertArrayEquals(new float[] {3, 0}, back.row(4), 1e-6f);
    assertArrayEquals(new float[] {0.5f, 0.5f}, back.row(8), 1e-7f);
    assertArrayEquals(ENC.encode("database"), back.encode("database"), 1e-6f);
    assertEquals(back.modelId(), ENC.quantised().modelId());
  }

  @Test
  void quantisationRoundsToTheNearestStepOfTheRowsScale() throws IOException {
    WordPieceTokenizer tok = WordPieceTokenizer.of("[UNK]", "[CLS]", "[SEP]");
    float[][] rows = {{1, -0.5f, 0.004f}, {0, 0, 0}, {-2, 1, 0.01f}};
    StaticEncoder q = StaticEncoder.of(tok, rows, "").quantised();
    // row 0: scale 1/127; -0.5 -> round(-63.5) = -63 (Math.round rounds half up), 0.004 -> round(0.508) = 1
    assertArrayEquals(new float[] {1, -63f / 127, 1f / 127}, q.row(0), 1e-7f);
    assertArrayEquals(new float[] {0, 0, 0}, q.row(1), 0f);
    // row 2: scale 2/127; 1 -> 63.5 -> 64, 0.01 -> 0.635 -> 1
    assertArrayEquals(new float[] {-2, 64 * 2f / 127, 2f / 127}, q.row(2), 1e-6f);
  }

  @Test
  void aTableForAnotherVocabularyIsRejected() throws IOException {
    ByteArrayOutputStream a = new ByteArrayOutputStream();
    ENC.write(a);
    WordPieceTokenizer other = WordPieceTokenizer.of("[PAD]", "[UNK]", "[CLS]", "[SEP]", "data", "##base", "team",
        "works", ",");
    IOException e = assertThrows(IOException.class,
        () -> StaticEncoder.load(new ByteArrayInputStream(a.toByteArray()), other));
    assertTrue(e.getMessage().contains("another vocabulary"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> StaticEncoder.of(TOK, new float[][] {{1, 2}}, ""));
  }
}
