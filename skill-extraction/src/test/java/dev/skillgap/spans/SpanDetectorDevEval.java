package dev.skillgap.spans;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.skillgap.eval.CharSpan;
import dev.skillgap.eval.SpanEvaluator;
import dev.skillgap.eval.SpanScores;
import dev.skillgap.io.SkillgapHome;
import dev.skillgap.text.NlpModels;
import dev.skillgap.text.Sentence;
import dev.skillgap.text.TermNormalizer;
import dev.skillgap.text.TextAnalyzer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The span detector on SkillSpan dev: prints strict and loose P/R/F1 of the committed model (on
 * the gold tokens, and through {@link TextAnalyzer} on the space-joined text as the product sees
 * it), its speed, and retrains from SkillSpan train to check that the committed model is
 * reproduced. Slow (several minutes); SkillSpan is found under {@code -Dskillgap.skillspan=DIR}
 * or {@code <home>/../shared/data/skillspan/json}.
 */
@Tag("slow-eval")
class SpanDetectorDevEval {

  private static NlpModels nlp;
  private static Path data;

  @BeforeAll
  static void setUp() throws IOException {
    String p = System.getProperty("skillgap.skillspan");
    data = p != null ? Path.of(p) : SkillgapHome.sharedData().resolve("skillspan/json");
    assumeTrue(Files.isRegularFile(data.resolve("dev.json")), "SkillSpan not found at " + data);
    nlp = NlpModels.loadEnglish();
  }

  @Test
  void committedModelOnDev() throws IOException {
    SpanDetector d = SpanDetector.loadDefault();
    List<SpanDetectorCorpus.Example> dev = new SpanDetectorCorpus(nlp, new TermNormalizer()).read(data.resolve("dev.json"));
    long t0 = System.nanoTime();
    SpanScores gold = scoreOnGoldTokens(d, dev);
    double secs = (System.nanoTime() - t0) / 1e9;
    System.out.println("span detector, SkillSpan dev, gold tokens: " + gold.toJson());
    System.out.printf(Locale.ROOT, "span detector speed: %.0f sentences/s on one thread (features + CRF, no POS)%n",
        dev.size() / secs);

    TextAnalyzer analyzer = new TextAnalyzer(nlp, new TermNormalizer());
    SpanEvaluator viaText = new SpanEvaluator();
    t0 = System.nanoTime();
    for (SpanDetectorCorpus.Example ex : dev) {
      List<CharSpan> p = new ArrayList<>();
      for (Sentence s : analyzer.analyzePlain(String.join(" ", ex.tokens())).sentences()) {
        for (DetectedSpan sp : d.detect(s)) {
          p.add(new CharSpan(s.tokens().get(sp.startToken()).start(), s.tokens().get(sp.endToken() - 1).end()));
        }
      }
      viaText.add(p, goldSpans(ex));
    }
    secs = (System.nanoTime() - t0) / 1e9;
    System.out.println("span detector, SkillSpan dev, TextAnalyzer on the text: " + viaText.scores().toJson());
    System.out.printf(Locale.ROOT, "analyse + detect: %.0f sentences/s on one thread%n", dev.size() / secs);
    assertTrue(gold.strictF1() > 0.3, gold.toJson());
  }

  @Test
  void trainingReproducesTheCommittedModel(@TempDir Path dir) throws IOException {
    long t0 = System.nanoTime();
    Path model = new SpanDetectorTrainer(nlp, new TermNormalizer(), System.out::println)
        .train(data.resolve("train.json"), dir, SpanDetectorTrainer.TrainingConfig.defaults());
    System.out.printf(Locale.ROOT, "trained in %.0f s%n", (System.nanoTime() - t0) / 1e9);
    SpanDetector d;
    try (InputStream in = Files.newInputStream(model)) {
      d = SpanDetector.load(in);
    }
    List<SpanDetectorCorpus.Example> dev = new SpanDetectorCorpus(nlp, new TermNormalizer()).read(data.resolve("dev.json"));
    System.out.println("retrained span detector, SkillSpan dev: " + scoreOnGoldTokens(d, dev).toJson());
    try (InputStream committed = SpanDetector.class.getResourceAsStream(SpanDetector.DEFAULT_RESOURCE)) {
      assertArrayEquals(committed.readAllBytes(), Files.readAllBytes(model), "retrained model differs from the committed one");
    }
  }

  private static SpanScores scoreOnGoldTokens(SpanDetector d, List<SpanDetectorCorpus.Example> dev) {
    SpanEvaluator ev = new SpanEvaluator();
    for (SpanDetectorCorpus.Example ex : dev) {
      List<CharSpan> p = new ArrayList<>();
      for (DetectedSpan s : d.detect(ex.sentence())) {
        p.add(SpanEvaluator.charSpan(ex.tokens(), s.startToken(), s.endToken()));
      }
      ev.add(p, goldSpans(ex));
    }
    return ev.scores();
  }

  private static List<CharSpan> goldSpans(SpanDetectorCorpus.Example ex) {
    return SpanEvaluator.bioSpans(ex.tokens(), List.of(ex.skillTags(), ex.knowledgeTags()));
  }
}
