package dev.skillgap.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SentenceCacheTest {

  private static NlpModels nlp;

  @BeforeAll
  static void load() throws IOException {
    nlp = NlpModels.loadEnglish();
  }

  @Test
  void cachedAnalysesEqualFreshOnesAtEveryOffset() {
    String boiler = "We are an equal opportunity employer and value diversity at our company.";
    String longLine = "Tools: " + "Python, SQL, Java, Go, Kubernetes, Terraform, ".repeat(10) + "Excel.";
    assertTrue(longLine.length() > SentenceCache.MAX_CHARS);
    String first = "Senior Data Engineer\n" + boiler + " You will build pipelines in Spark.\n" + longLine;
    String second = "<p>Nurse (m/f/d)</p><p>" + boiler + "</p><ul><li>Care for patients.</li></ul>\n" + longLine
        + "\nYou will build pipelines in Spark.";
    TextAnalyzer fresh = new TextAnalyzer(nlp, new TermNormalizer());
    SentenceCache cache = new SentenceCache(100);
    TextAnalyzer cached = new TextAnalyzer(nlp, new TermNormalizer(), cache);

    assertEquals(fresh.analyze(first).sentences(), cached.analyze(first).sentences());
    long missesAfterFirst = cache.misses();
    assertEquals(0, cache.hits());
    AnalyzedText again = cached.analyze(second);
    assertEquals(fresh.analyze(second).sentences(), again.sentences());
    // the boilerplate and the Spark sentence come from the cache at their new offsets; the long line is analysed again
    assertEquals(2, cache.hits());
    assertEquals(missesAfterFirst + 3, cache.misses());
    Sentence spark = again.sentences().get(again.sentences().size() - 1);
    assertEquals("You will build pipelines in Spark.", again.text().substring(spark.start(), spark.end()));
    assertEquals("Spark", again.text().substring(spark.tokens().get(5).start(), spark.tokens().get(5).end()));
  }

  @Test
  void oneCacheServesManyThreads() throws Exception {
    String text = "Experience with Java and Spring Boot is required.\nYou must be able to work in a team.";
    var expected = new TextAnalyzer(nlp, new TermNormalizer()).analyze(text).sentences();
    SentenceCache cache = new SentenceCache(100);
    var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      var runs = new java.util.ArrayList<java.util.concurrent.Future<java.util.List<Sentence>>>();
      for (int i = 0; i < 16; i++) {
        runs.add(pool.submit(() -> new TextAnalyzer(nlp, new TermNormalizer(), cache).analyze(text).sentences()));
      }
      for (var f : runs) {
        assertEquals(expected, f.get());
      }
    } finally {
      pool.shutdown();
    }
    assertEquals(32, cache.hits() + cache.misses());
  }
}
