package dev.skillgap.spans;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skillgap.eval.CharSpan;
import dev.skillgap.eval.SpanEvaluator;
import dev.skillgap.text.NlpModels;
import dev.skillgap.text.TermNormalizer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpanDetectorTrainerTest {

  private static NlpModels nlp;
  private static Path fixture;

  @BeforeAll
  static void load() throws IOException, URISyntaxException {
    nlp = NlpModels.loadEnglish();
    fixture = Path.of(SpanDetectorTrainerTest.class.getResource("/skillspan-fixture.json").toURI());
  }

  private static SpanDetectorTrainer.TrainingConfig config(int threads) {
    return new SpanDetectorTrainer.TrainingConfig(60, 1, 0.1, 0.05, 0, 0.5, threads, Set.of("java", "spring boot", "agil"));
  }

  @Test
  void trainingIsDeterministicAndIndependentOfThreads(@TempDir Path dir) throws IOException {
    SpanDetectorTrainer trainer = new SpanDetectorTrainer(nlp, new TermNormalizer(), s -> {});
    Path a = trainer.train(fixture, dir.resolve("a"), config(2));
    Path b = trainer.train(fixture, dir.resolve("b"), config(1));
    assertEquals(SpanDetectorTrainer.MODEL_FILE, a.getFileName().toString());
    assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));

    SpanDetector da = load(a);
    SpanDetector db = load(b);
    List<SpanDetectorCorpus.Example> data = new SpanDetectorCorpus(nlp, new TermNormalizer()).read(fixture);
    assertEquals(50, data.size());
    SpanEvaluator fit = new SpanEvaluator();
    for (SpanDetectorCorpus.Example ex : data) {
      List<DetectedSpan> pa = da.detect(ex.sentence());
      assertEquals(pa, db.detect(ex.sentence()));
      List<CharSpan> p = new ArrayList<>();
      for (DetectedSpan s : pa) {
        assertTrue(s.probability() > 0 && s.probability() <= 1, "probability " + s.probability());
        p.add(SpanEvaluator.charSpan(ex.tokens(), s.startToken(), s.endToken()));
      }
      fit.add(p, SpanEvaluator.bioSpans(ex.tokens(), List.of(ex.skillTags(), ex.knowledgeTags())));
    }
    // A CRF fits its own small training set closely.
    assertTrue(fit.scores().strictF1() > 0.8, fit.scores().toJson());
  }

  @Test
  void writeAndLoadKeepPredictions() throws IOException {
    SpanDetectorTrainer trainer = new SpanDetectorTrainer(nlp, new TermNormalizer(), s -> {});
    List<SpanDetectorCorpus.Example> data = new SpanDetectorCorpus(nlp, new TermNormalizer()).read(fixture);
    SpanDetector d = trainer.train(data, config(2), "test");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    d.write(out);
    SpanDetector back = SpanDetector.load(new ByteArrayInputStream(out.toByteArray()));
    assertEquals(d.description(), back.description());
    assertEquals(d.featureCount(), back.featureCount());
    for (SpanDetectorCorpus.Example ex : data) {
      assertEquals(d.detect(ex.sentence()), back.detect(ex.sentence()));
    }
  }

  @Test
  void tagsAreReadLikeTheOfficialScorer() {
    // An I that opens a run is a B, as devsets.py reads it.
    assertArrayEquals(new int[] {1, 2, 0, 1, 1, 2}, SpanDetectorTrainer.labels(List.of("I", "I", "O", "I", "B", "I")));
  }

  private static SpanDetector load(Path p) throws IOException {
    try (InputStream in = Files.newInputStream(p)) {
      return SpanDetector.load(in);
    }
  }
}
