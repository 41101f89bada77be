package dev.skillgap.spans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skillgap.text.NlpModels;
import dev.skillgap.text.Sentence;
import dev.skillgap.text.TermNormalizer;
import dev.skillgap.text.TextAnalyzer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SpanDetectorTest {

  private static SpanDetector detector;
  private static NlpModels nlp;

  @BeforeAll
  static void load() throws IOException {
    detector = SpanDetector.loadDefault();
    nlp = NlpModels.loadEnglish();
  }

  /** "layer:phrase" for every span the committed model finds in {@code text}, in order. */
  private static List<String> spans(SpanDetector d, TextAnalyzer analyzer, String text) {
    List<String> out = new ArrayList<>();
    for (Sentence s : analyzer.analyzePlain(text).sentences()) {
      for (DetectedSpan sp : d.detect(s)) {
        assertTrue(sp.probability() > 0 && sp.probability() <= 1);
        out.add(sp.layer() + ":" + text.substring(s.tokens().get(sp.startToken()).start(), s.tokens().get(sp.endToken() - 1).end()));
      }
    }
    return out;
  }

  @Test
  void findsSkillsAndKnowledgeInExampleSentences() {
    TextAnalyzer a = new TextAnalyzer(nlp, new TermNormalizer());
    assertEquals(List.of("knowledge:Java", "knowledge:Spring Boot"),
        spans(detector, a, "Experience with Java and Spring Boot is required."));
    assertEquals(List.of("skill:work in a team"), spans(detector, a, "You must be able to work in a team ."));
    assertEquals(List.of("knowledge:Python", "knowledge:SQL", "knowledge:machine learning"),
        spans(detector, a, "Strong knowledge of Python , SQL and machine learning ."));
    // Layers nest: a knowledge phrase inside a skill phrase.
    assertEquals(List.of("skill:design and implement scalable backend services", "knowledge:backend services"),
        spans(detector, a, "You will design and implement scalable backend services ."));
    assertEquals(List.of(), spans(detector, a, "We offer a competitive salary and free lunch ."));
  }

  @Test
  void coverProbabilityBoundsTheSpansInside() {
    TextAnalyzer a = new TextAnalyzer(nlp, new TermNormalizer());
    Sentence s = a.analyzePlain("Experience with Java and Spring Boot is required, and we offer free lunch .")
        .sentences().get(0);
    SpanDetector.Decoding d = detector.decode(s);
    assertEquals(detector.detect(s), d.spans());
    int n = s.tokens().size();
    double whole = d.coverProbability(0, n);
    for (DetectedSpan sp : d.spans()) {
      double c = d.coverProbability(sp.startToken(), sp.endToken());
      // some token of the range is inside a span whenever exactly this span is tagged
      assertTrue(c >= sp.probability() - 1e-9, sp + " cover " + c);
      assertTrue(whole >= c - 1e-9);
    }
    // "free lunch" is a benefit, not a skill; "Java" is one
    int lunch = n - 2;
    assertEquals("lunch", s.tokens().get(lunch).text());
    assertTrue(d.coverProbability(lunch, lunch + 1) < 0.1, "lunch " + d.coverProbability(lunch, lunch + 1));
    assertTrue(d.coverProbability(2, 3) > 0.9, "Java " + d.coverProbability(2, 3));
    assertTrue(whole <= 1.0);
  }

  @Test
  void aSentenceMetAgainIsDecodedFromTheCache() {
    TextAnalyzer a = new TextAnalyzer(nlp, new TermNormalizer());
    DecodingCache cache = new DecodingCache(detector, 100);
    String s1 = "Experience with Java and Spring Boot is required.";
    // the same sentence again, at other offsets of another text
    List<Sentence> sentences = new ArrayList<>(a.analyzePlain(s1).sentences());
    sentences.addAll(a.analyzePlain("We are hiring. " + s1 + " You will design and implement backend services.")
        .sentences());
    for (Sentence s : sentences) {
      SpanDetector.Decoding cached = cache.decode(s);
      SpanDetector.Decoding fresh = detector.decode(s);
      assertEquals(fresh.spans(), cached.spans());
      int n = s.tokens().size();
      assertEquals(fresh.coverProbability(0, n), cached.coverProbability(0, n), 0);
    }
    assertEquals(4, sentences.size());
    assertEquals(1, cache.hits());
    assertEquals(3, cache.misses());
    assertTrue(cache.decode(sentences.get(0)) == cache.decode(sentences.get(2)));
    // a sentence longer than MAX_TOKENS is decoded every time, not kept
    Sentence longOne = a.analyzePlain("Python , SQL and Java" + " , Go".repeat(DecodingCache.MAX_TOKENS / 2) + " .")
        .sentences().get(0);
    assertTrue(longOne.tokens().size() > DecodingCache.MAX_TOKENS);
    assertEquals(detector.decode(longOne).spans(), cache.decode(longOne).spans());
    assertTrue(cache.decode(longOne) != cache.decode(longOne));
    assertEquals(3, cache.hits());
  }

  @Test
  void recallBiasFindsAtLeastAsMuch() {
    TextAnalyzer a = new TextAnalyzer(nlp, new TermNormalizer());
    String text = "Excellent communication skills and attention to detail .";
    List<String> plain = spans(detector, a, text);
    assertFalse(plain.isEmpty());
    assertTrue(spans(detector.withRecallBias(1.0, 1.0), a, text).size() >= plain.size());
    assertEquals(plain, spans(detector.withRecallBias(0, 0), a, text));
  }

  @Test
  void oneDetectorServesManyThreads() throws Exception {
    String text = "Experience with Java and Spring Boot is required. You must be able to work in a team .";
    List<String> expected = spans(detector, new TextAnalyzer(nlp, new TermNormalizer()), text);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<String>>> runs = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        runs.add(pool.submit(() -> spans(detector, new TextAnalyzer(nlp, new TermNormalizer()), text)));
      }
      for (Future<List<String>> f : runs) {
        assertEquals(expected, f.get());
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void emptySentenceHasNoSpans() {
    assertEquals(List.of(), detector.detect(new Sentence(0, 0, List.of())));
  }
}
