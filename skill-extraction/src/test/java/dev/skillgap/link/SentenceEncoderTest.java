package dev.skillgap.link;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SentenceEncoderTest {

  static SentenceEncoder encoder;

  static final List<String> TEXTS = List.of(
      "work in teams",
      "works well with others",
      "keep customers happy",
      "Python (computer programming)",
      "manage budgets",
      "We are looking for a senior data engineer with strong SQL skills and experience building ETL pipelines in Spark.",
      "customer service",
      "C++",
      "Ärzte und Pflegekräfte: café résumé naïve",
      "lead others",
      "x");

  @BeforeAll
  static void load() throws Exception {
    encoder = new SentenceEncoder();
  }

  @AfterAll
  static void close() {
    encoder.close();
  }

  static float dot(float[] a, float[] b) {
    float s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

  @Test
  void vectorsAreUnitLengthOf384() {
    float[] v = encoder.encode("work in teams");
    assertEquals(384, v.length);
    assertEquals(384, encoder.dimension());
    assertEquals(1.0, dot(v, v), 1e-5);
    assertTrue(encoder.modelId().startsWith("all-minilm-l6-v2-q@"), encoder.modelId());
  }

  @Test
  void equalsLangchain4jWithinTolerance() {
    var reference = new AllMiniLmL6V2QuantizedEmbeddingModel();
    float worst = 1;
    for (String t : TEXTS) {
      float[] ours = encoder.encode(t);
      float[] theirs = reference.embed(t).content().vector();
      float cos = dot(ours, theirs);
      worst = Math.min(worst, cos);
      assertTrue(cos > 0.999f, t + ": cosine " + cos);
    }
    System.out.println("[link] against langchain4j: lowest cosine " + worst);
  }

  /**
   * The int8 model quantises activations per batch, so batch mates shift a vector slightly (cosine
   * about 0.99, the same size as int8 against fp32); a batch of one equals encode exactly.
   */
  @Test
  void batchEqualsOneByOneWithinQuantisationNoise() {
    float[][] batch = encoder.encodeBatch(TEXTS);
    assertEquals(TEXTS.size(), batch.length);
    for (int i = 0; i < TEXTS.size(); i++) {
      float[] single = encoder.encode(TEXTS.get(i));
      float cos = dot(batch[i], single);
      assertTrue(cos > 0.97f, TEXTS.get(i) + ": cosine " + cos);
      assertArrayEquals(single, encoder.encodeBatch(List.of(TEXTS.get(i)))[0]);
    }
    try (SentenceEncoder one = new SentenceEncoder(1, 1)) {
      float[][] unbatched = one.encodeBatch(TEXTS);
      for (int i = 0; i < TEXTS.size(); i++) {
        assertArrayEquals(encoder.encode(TEXTS.get(i)), unbatched[i], "batch size 1 is exactly encode");
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void batchIsDeterministicAndEmptyIsEmpty() {
    float[][] a = encoder.encodeBatch(TEXTS);
    float[][] b = encoder.encodeBatch(TEXTS);
    for (int i = 0; i < a.length; i++) {
      assertArrayEquals(a[i], b[i]);
    }
    assertEquals(0, encoder.encodeBatch(List.of()).length);
  }

  @Test
  void truncatesAtTheWordPieceCap() {
    String longText = "skill ".repeat(400);
    assertEquals(SentenceEncoder.MAX_WORD_PIECES, encoder.wordPieceIds(longText).length);
    assertEquals(384, encoder.encode(longText).length);
    long[] ids = encoder.wordPieceIds("work in teams");
    assertEquals(101, ids[0]);
    assertEquals(102, ids[ids.length - 1]);
  }

  @Test
  void concurrentCallsAgreeWithSequential() throws Exception {
    float[][] expected = new float[TEXTS.size()][];
    for (int i = 0; i < TEXTS.size(); i++) {
      expected[i] = encoder.encode(TEXTS.get(i));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<float[]>> futures = new ArrayList<>();
      for (int r = 0; r < 5; r++) {
        for (String t : TEXTS) {
          futures.add(pool.submit(() -> encoder.encode(t)));
        }
      }
      for (int i = 0; i < futures.size(); i++) {
        assertArrayEquals(expected[i % TEXTS.size()], futures.get(i).get());
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
